import { DataSource } from 'typeorm';
import { Viewer } from '@app/shared';
import { buildDataSourceOptions } from '@app/persistence';
import { ImpactService } from '@app/reporting';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeEmployee } from '../support/factories';
import { makeImpactScenario } from '../support/reporting-fixtures';
import { impactServiceOn } from '../support/reporting-services';

describe('certification impact on real SQL (seeded synthetic data)', () => {
  let ds: DataSource;
  let service: ImpactService;
  let hr: Viewer;

  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 2));
    await ds.initialize();
    service = impactServiceOn(ds);
    const h = await makeEmployee(ds, { roles: ['HR_ADMIN', 'EMPLOYEE'] });
    hr = { employeeId: h.id, roles: ['HR_ADMIN', 'EMPLOYEE'], subject: h.subject };
  });
  afterAll(() => ds.destroy());

  it('recovers an injected effect of +4 inside its 95% intervals, paired and against peers, and calls it significant', async () => {
    const s = await makeImpactScenario(ds, { seed: 42, effect: 4, certified: 30, peers: 30 });
    const r = await service.certificationImpact(hr, s.certificationId, { metricKey: s.metric.key, managerId: s.managerId });
    const { paired, peers } = r.analysis;
    expect(paired.n).toBe(30);
    expect(paired.ci95![0]).toBeLessThan(4);
    expect(paired.ci95![1]).toBeGreaterThan(4);
    expect(paired.significant).toBe(true);
    expect(paired.verdict).toBe('improved');
    expect(peers.nA).toBe(30);
    // The 30 never-certified peers, plus certified people who earned it after an earlier cohort's window (not yet certified then).
    expect(peers.nB).toBeGreaterThanOrEqual(30);
    expect(peers.nB).toBeLessThan(60);
    expect(peers.ci95![0]).toBeLessThan(4);
    expect(peers.ci95![1]).toBeGreaterThan(4);
    expect(peers.verdict).toBe('improved');
    expect(r.analysis.summary).toMatch(/improved compared with not-yet-certified peers/);
  });

  it('does not call a null effect significant', async () => {
    const s = await makeImpactScenario(ds, { seed: 7, effect: 0, certified: 30, peers: 30 });
    const r = await service.certificationImpact(hr, s.certificationId, { metricKey: s.metric.key, managerId: s.managerId });
    expect(r.analysis.paired.significant).toBe(false);
    expect(r.analysis.peers.significant).toBe(false);
    expect(r.analysis.paired.ci95![0]).toBeLessThan(0);
    expect(r.analysis.paired.ci95![1]).toBeGreaterThan(0);
    expect(r.analysis.summary).toMatch(/No significant difference/);
  });

  it('a lower-is-better metric that went down is an improvement', async () => {
    const s = await makeImpactScenario(ds, { seed: 11, effect: -5, certified: 20, peers: 20, higherIsBetter: false });
    const r = await service.certificationImpact(hr, s.certificationId, { metricKey: s.metric.key, managerId: s.managerId });
    expect(r.analysis.paired.meanDifference!).toBeLessThan(0);
    expect(r.analysis.paired.verdict).toBe('improved');
    expect(r.analysis.peers.verdict).toBe('improved');
  });

  it('warns plainly and concludes nothing when samples are too small', async () => {
    const s = await makeImpactScenario(ds, { seed: 3, effect: 10, certified: 4, peers: 3 });
    const r = await service.certificationImpact(hr, s.certificationId, { metricKey: s.metric.key, managerId: s.managerId });
    expect(r.analysis.paired.n).toBe(4);
    expect(r.analysis.paired.significant).toBe(false);
    expect(r.analysis.paired.warning).toMatch(/Too few people \(4; at least 10 needed\)/);
    expect(r.analysis.peers.warning).toMatch(/Too few people/);
    expect(r.analysis.summary).toMatch(/Too few people/);
  });

  it('leaves out months under a temporary metric adjustment: same result as if those observations did not exist', async () => {
    const s = await makeImpactScenario(ds, { seed: 5, effect: 0, certified: 12, peers: 12 });
    const target = s.certifiedIds[0];
    const afterMonth = (await ds.query(`SELECT (date_trunc('month', earned_on) + interval '1 month')::date::text AS m FROM certification_record WHERE employee_id = $1`, [target]))[0].m;
    // A relaxed target during practice: the metric collapses in that month.
    await ds.query(`UPDATE metric_observation SET value = value - 400 WHERE employee_id = $1 AND metric_id = $2 AND period_start = $3`, [target, s.metric.id, afterMonth]);
    const query = { metricKey: s.metric.key, managerId: s.managerId };
    const skewed = await service.certificationImpact(hr, s.certificationId, query);

    const [budget] = await ds.query(
      `INSERT INTO practice_budget (employee_id, proposed_by_id, program, hours, period_start, period_end, status) VALUES ($1, $2, 'Practice', 8, $3, $3::date + 20, 'APPROVED') RETURNING id`,
      [target, s.managerId, afterMonth],
    );
    await ds.query(
      `INSERT INTO metric_adjustment (employee_id, metric_key, change_percent, starts_on, ends_on, budget_id, created_by_id) VALUES ($1, $2, -20, $3::date + 3, $3::date + 20, $4, $5)`,
      [target, s.metric.key, afterMonth, budget.id, s.managerId],
    );
    const adjusted = await service.certificationImpact(hr, s.certificationId, query);
    expect(adjusted.analysis.paired.meanDifference).not.toBeCloseTo(skewed.analysis.paired.meanDifference!, 3);

    await ds.query(`DELETE FROM metric_observation WHERE employee_id = $1 AND metric_id = $2 AND period_start = $3`, [target, s.metric.id, afterMonth]);
    const without = await service.certificationImpact(hr, s.certificationId, query);
    expect(adjusted.analysis.paired.meanDifference).toBeCloseTo(without.analysis.paired.meanDifference!, 10);
    expect(adjusted.analysis.paired.n).toBe(12);
  });

  it('ranks certifications by conservative improvement within a team, and a manager only sees their line', async () => {
    const managerRow = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    const manager: Viewer = { employeeId: managerRow.id, roles: ['MANAGER', 'EMPLOYEE'], subject: managerRow.subject };
    const strong = await makeImpactScenario(ds, { seed: 21, effect: 6, certified: 15, peers: 15, managerId: managerRow.id });
    const weak = await makeImpactScenario(ds, { seed: 22, effect: 0, certified: 15, peers: 15, managerId: managerRow.id, metric: strong.metric });
    // Same certification and metric outside the manager's line, with a large effect.
    await makeImpactScenario(ds, { seed: 23, effect: 30, certified: 15, peers: 5, certificationId: strong.certificationId, metric: strong.metric });

    const ranked = await service.ranking(manager, { metricKey: strong.metric.key });
    expect(ranked.map((r) => r.certificationId)).toEqual([strong.certificationId, weak.certificationId]);
    const mine = ranked[0].analysis;
    expect(mine.paired.n).toBe(15);
    expect(mine.paired.ci95![1]).toBeLessThan(30);

    const all = await service.certificationImpact(hr, strong.certificationId, { metricKey: strong.metric.key });
    expect(all.analysis.paired.n).toBe(30);
  });
});
