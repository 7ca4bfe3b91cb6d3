import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AppConfig, badInput, Viewer } from '@app/shared';
import { PopulationFilter, ReportScope } from '../scope/report-scope';
import { KpiDimension } from '../kpi/dimension';
import { SpendRepository } from './spend.repository';

export interface SpendRow {
  /** First day of the quarter, yyyy-MM-dd. */
  quarter: string;
  groupId: string | null;
  groupName: string;
  /** Exam attempts dated in the quarter, and how many passed. */
  attempts: number;
  passed: number;
  /** passed / attempts; null without a recorded attempt (never a made-up number). */
  passRate: number | null;
  /** Unrevoked awards earned in the quarter (renewals included). */
  certificationsEarned: number;
  /** Attempt costs (each attempt's own, else the catalog cost) plus the catalog cost of awards no attempt is linked to. */
  certificationSpend: number;
  /** Practice hours logged in the quarter. */
  practiceHours: number;
  /** practiceHours × PRACTICE_HOUR_COST (the only training cost the service records). */
  trainingSpend: number;
  totalSpend: number;
  /** totalSpend / certificationsEarned; null when none was earned. */
  costPerCertification: number | null;
  /** Awards earned with no known cost (neither their attempt nor the catalog has one). */
  earnedWithoutCost: number;
  /** Attempts with no known cost (neither their own nor the catalog's). */
  attemptsWithoutCost: number;
}

/**
 * Training and certification spend against certifications earned and the pass rate, per quarter and group
 * (department by default), over the viewer's report scope.
 */
@Injectable()
export class SpendService {
  constructor(
    private readonly spends: SpendRepository,
    private readonly scope: ReportScope,
    private readonly config: AppConfig,
  ) {}

  async spend(viewer: Viewer, dimension: KpiDimension, from: string, to: string, filter: PopulationFilter): Promise<SpendRow[]> {
    const start = DateTime.fromISO(from).startOf('quarter');
    const end = DateTime.fromISO(to).startOf('quarter');
    if (!start.isValid) throw badInput('from', 'from must be a date yyyy-MM-dd');
    if (!end.isValid || end < start) throw badInput('to', 'to must be a date on or after from');
    if (end.diff(start, 'months').months > 120) throw badInput('to', 'At most 40 quarters');
    const params: unknown[] = [];
    const population = await this.scope.population(viewer, filter, 'e', params);
    const rows = await this.spends.perQuarter(dimension, { sql: population, params }, start.toISODate() as string, end.toISODate() as string);
    const hourCost = this.config.PRACTICE_HOUR_COST;
    return rows.map((r) => {
      const [earned, attempts, passed] = [Number(r.earned), Number(r.attempts), Number(r.passed)];
      const certificationSpend = Number(r.award_spend) + Number(r.attempt_spend);
      const practiceHours = Number(r.practice_hours);
      const trainingSpend = practiceHours * hourCost;
      const totalSpend = certificationSpend + trainingSpend;
      return {
        quarter: r.quarter as string,
        groupId: (r.group_id as string | null) ?? null,
        groupName: r.group_name as string,
        attempts,
        passed,
        passRate: attempts > 0 ? passed / attempts : null,
        certificationsEarned: earned,
        certificationSpend,
        practiceHours,
        trainingSpend,
        totalSpend,
        costPerCertification: earned > 0 ? totalSpend / earned : null,
        earnedWithoutCost: Number(r.earned_no_cost),
        attemptsWithoutCost: Number(r.attempts_no_cost),
      };
    });
  }
}
