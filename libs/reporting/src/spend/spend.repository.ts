import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { KpiDimension } from '../kpi/dimension';
import type { Population } from '../scope/report-scope';
import { spendSql } from './spend.sql';

/** The spend statement (spend.sql), run with the population's parameters followed by the quarters' bounds. */
@Injectable()
export class SpendRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** One row per quarter from `from` to `to` (first days of quarters) and group. */
  @GenerateSql({ params: ['DEPARTMENT', SqlExample.ANYONE, SqlExample.DATE, SqlExample.DATE_2] })
  perQuarter(dimension: KpiDimension, population: Population, from: string, to: string): Promise<Array<Record<string, unknown>>> {
    const params = [...population.params, from, to];
    const n = params.length;
    return this.tx.query<Record<string, unknown>>(spendSql(dimension, { population: population.sql, from: `$${n - 1}`, to: `$${n}` }), params);
  }
}
