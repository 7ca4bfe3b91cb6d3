import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@app/persistence';
import { CertificationRecordRepository, CertificationRepository } from '@app/certifications';
import { MetricDefinition, MetricObservationWriteRepository, MetricRepository, ObservationValue } from '@app/performance-metrics';
import { mulberry32, normalSampler } from '../../libs/reporting/src/domain/stats/testing/random';
import { makeEmployee, makeJobRole, MadeEmployee, uniqueName } from './factories';

export interface ImpactScenarioOptions {
  seed: number;
  /** Added to a certified person's metric in every month after the month they earned it. */
  effect: number;
  certified: number;
  peers: number;
  /** Reporting line the people are put in (a new manager when absent). */
  managerId?: string;
  jobRoleId?: string;
  certificationId?: string;
  metric?: { id: string; key: string };
  higherIsBetter?: boolean;
  /** First month of the 24 monthly observations. */
  firstMonth?: string;
}

export interface ImpactScenario {
  manager: MadeEmployee | null;
  managerId: string;
  jobRoleId: string;
  certificationId: string;
  metric: { id: string; key: string };
  certifiedIds: string[];
  peerIds: string[];
  /** Month each certified person earned it (yyyy-MM-dd of the 15th). */
  earnedOn: Map<string, string>;
}

export async function makeMetric(ds: DataSource, higherIsBetter = true): Promise<{ id: string; key: string }> {
  const key = uniqueName('metric').replace(/\W+/g, '_').toLowerCase();
  const row = await new MetricRepository(new TransactionHost(ds)).save(Object.assign(new MetricDefinition(), { key, name: `Metric ${key}`, unit: 'points', higherIsBetter }));
  return { id: row.id, key };
}

export async function makeReportingCertification(ds: DataSource, cost = 300): Promise<string> {
  return (await new CertificationRepository(new TransactionHost(ds)).insert({ name: uniqueName('Cert'), issuer: 'Test issuer', costAmount: String(cost), costCurrency: 'EUR' })).id;
}

/**
 * People with 24 monthly observations drawn from a seeded PRNG: a personal level N(50, 5) plus
 * noise N(0, 2), plus `effect` after earning for the certified (earned on the 15th of one of the
 * months 13..18, spread evenly). Peers share the job role and are never certified.
 */
export async function makeImpactScenario(ds: DataSource, o: ImpactScenarioOptions): Promise<ImpactScenario> {
  const normal = normalSampler(mulberry32(o.seed));
  const manager = o.managerId ? null : await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
  const managerId = o.managerId ?? (manager as MadeEmployee).id;
  const jobRoleId = o.jobRoleId ?? (await makeJobRole(ds));
  const certificationId = o.certificationId ?? (await makeReportingCertification(ds));
  const metric = o.metric ?? (await makeMetric(ds, o.higherIsBetter ?? true));
  const first = DateTime.fromISO(o.firstMonth ?? '2028-01-01');
  const people: string[] = [];
  for (let i = 0; i < o.certified + o.peers; i++) people.push((await makeEmployee(ds, { managerId, jobRoleId })).id);
  const certifiedIds = people.slice(0, o.certified);
  const peerIds = people.slice(o.certified);
  const earnedOn = new Map<string, string>();
  certifiedIds.forEach((id, i) => earnedOn.set(id, first.plus({ months: 12 + (i % 6), days: 14 }).toISODate() as string));
  const records = new CertificationRecordRepository(new TransactionHost(ds));
  for (const employeeId of certifiedIds) {
    await records.insert({
      id: randomUUID(), employeeId, certificationId, earnedOn: earnedOn.get(employeeId) as string, extendedUntil: null, renewsId: null, credentialId: null, credentialUrl: null, evidenceUrl: null,
    });
  }
  const observations: ObservationValue[] = [];
  for (const id of people) {
    const level = normal(50, 5);
    const earned = earnedOn.get(id);
    const eventMonth = earned ? DateTime.fromISO(earned).startOf('month') : null;
    for (let m = 0; m < 24; m++) {
      const month = first.plus({ months: m });
      observations.push({ employeeId: id, metricId: metric.id, period: 'MONTH', periodStart: month.toISODate() as string, value: level + normal(0, 2) + (eventMonth && month > eventMonth ? o.effect : 0) });
    }
  }
  await new MetricObservationWriteRepository(new TransactionHost(ds)).upsert(null, observations, false);
  return { manager, managerId, jobRoleId, certificationId, metric, certifiedIds, peerIds, earnedOn };
}
