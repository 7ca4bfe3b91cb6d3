import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { KpiDimension } from './dimension';
import type { Population } from '../scope/report-scope';
import { kpiSeriesSql, kpiSnapshotSql } from './kpi.sql';

/** The KPI statements (kpi.sql), run with the population's parameters followed by their own. */
@Injectable()
export class KpiRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One row per group as of `today`. */
  @GenerateSql({ params: ['DEPARTMENT', SqlExample.ANYONE, SqlExample.DATE, 'Europe/Berlin'] })
  snapshot(dimension: KpiDimension, population: Population, today: string, timeZone: string): Promise<Array<Record<string, unknown>>> {
    const params = [...population.params, today, timeZone];
    const n = params.length;
    return this.tx.query<Record<string, unknown>>(kpiSnapshotSql(dimension, { population: population.sql, today: `$${n - 1}`, timeZone: `$${n}` }), params);
  }

  /** One row per month from `from` to `to` (first days of months) and group. */
  @GenerateSql({ params: ['DEPARTMENT', SqlExample.ANYONE, SqlExample.DATE, 'Europe/Berlin', SqlExample.DATE, SqlExample.DATE_2] })
  series(dimension: KpiDimension, population: Population, today: string, timeZone: string, from: string, to: string): Promise<Array<Record<string, unknown>>> {
    const params = [...population.params, today, timeZone, from, to];
    const n = params.length;
    const sql = kpiSeriesSql(dimension, { population: population.sql, today: `$${n - 3}`, timeZone: `$${n - 2}`, from: `$${n - 1}`, to: `$${n}` });
    return this.tx.query<Record<string, unknown>>(sql, params);
  }
}
