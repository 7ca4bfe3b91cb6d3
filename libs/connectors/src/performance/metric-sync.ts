import { Injectable } from '@nestjs/common';
import { EMPLOYEE_VIEW } from '@app/employees';
import { TransactionHost } from '@app/persistence';
import { METRIC_DEFINITION_VIEW, MetricObservationWriteRepository, ObservationValue } from '@app/performance-metrics';
import { SourceObservation } from '../core/ports';
import { addCounts, RowProblem, Sql, SyncCounts, zeroCounts } from '../sync/sync-types';
import { checkObservation } from './observation-checks';

export interface MetricSyncOptions {
  connectorId: string;
  runId: string | null;
  dryRun: boolean;
  /** How employees are identified: by email (default) or employee number. */
  employeeMatch?: 'email' | 'employeeNumber';
  onBatch?: (counts: SyncCounts) => Promise<void>;
}

class DryRunRollback extends Error {
  constructor(readonly counts: SyncCounts) {
    super('dry run');
  }
}

/**
 * Applies a source's observations, one transaction per batch, set-based: stage with one INSERT … unnest, find the
 * employees and metrics through the views their libs publish, report unknown ones and duplicates as row errors
 * (sync_error, per connector and run), then upsert the rest through @app/performance-metrics' port, which writes only
 * values that differ (a repeat run changes nothing).
 */
@Injectable()
export class MetricSync {
  constructor(
    private readonly tx: TransactionHost,
    private readonly observations: MetricObservationWriteRepository,
  ) {}

  async apply(pull: { batches: AsyncIterable<SourceObservation[]>; nextCursor?(): string | null }, options: MetricSyncOptions): Promise<{ counts: SyncCounts; nextCursor: string | null }> {
    const sql: Sql = (text, params) => this.tx.query(text, params);
    const run = async () => {
      const counts = zeroCounts();
      for await (const batch of pull.batches) {
        const ok: SourceObservation[] = [];
        const problems: RowProblem[] = [];
        for (const o of batch) {
          const p = checkObservation(o);
          if (p) problems.push(p);
          else ok.push(o);
        }
        await this.tx.run(async () => {
          const c = await this.merge(sql, options, ok, problems);
          addCounts(counts, c);
          if (!options.dryRun && options.onBatch) await options.onBatch(c);
        });
      }
      return counts;
    };
    if (!options.dryRun) return { counts: await run(), nextCursor: pull.nextCursor?.() ?? null };
    try {
      await this.tx.run(async () => {
        throw new DryRunRollback(await run());
      });
    } catch (e) {
      if (e instanceof DryRunRollback) return { counts: e.counts, nextCursor: null };
      throw e;
    }
    throw new Error('unreachable');
  }

  private async merge(sql: Sql, options: MetricSyncOptions, rows: SourceObservation[], problems: RowProblem[]): Promise<SyncCounts> {
    const failed = await stageObservations(sql, options, rows, problems);
    const found = await sql<ObservationValue>(
      `SELECT employee_id AS "employeeId", metric_id AS "metricId", period, to_char(period_start, 'YYYY-MM-DD') AS "periodStart", value
       FROM sync_obs WHERE err IS NULL ORDER BY seq`,
    );
    const written = await this.observations.upsert(options.connectorId, found, options.dryRun);
    return { ...zeroCounts(), ...written, failed };
  }
}

/**
 * Stages one batch in sync_obs with the employee and metric ids it names, and records its row errors (bad values,
 * unknown employees and metrics, a key repeated later in the batch) in sync_error; returns how many failed.
 */
async function stageObservations(sql: Sql, options: MetricSyncOptions, rows: SourceObservation[], problems: RowProblem[]): Promise<number> {
  await sql(`DROP TABLE IF EXISTS sync_obs`);
  await sql(`CREATE TEMP TABLE sync_obs (seq int, emp_key text, line int, metric_key text, period text, period_start date, value double precision,
    employee_id uuid, metric_id uuid, err_field text, err text) ON COMMIT DROP`);
  const all = [
    ...rows.map((o) => ({ o, p: null as RowProblem | null })),
    ...problems.map((p) => ({ o: { employeeExternalId: p.externalId ?? '', line: p.line } as SourceObservation, p })),
  ];
  await sql(
    `INSERT INTO sync_obs (seq, emp_key, line, metric_key, period, period_start, value, err_field, err)
     SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::text[], $5::text[], $6::date[], $7::float8[], $8::text[], $9::text[])`,
    [
      all.map((_, i) => i), all.map((x) => x.o.employeeExternalId), all.map((x) => x.o.line ?? null), all.map((x) => x.o.metricKey ?? null),
      all.map((x) => (x.p ? null : x.o.period)), all.map((x) => (x.p ? null : x.o.periodStart)), all.map((x) => (x.p ? null : x.o.value)),
      all.map((x) => x.p?.field ?? null), all.map((x) => x.p?.message ?? null),
    ],
  );
  const column = options.employeeMatch === 'employeeNumber' ? 'employee_number' : 'email';
  await sql(`UPDATE sync_obs s SET employee_id = e.id FROM ${EMPLOYEE_VIEW} e WHERE e.${column} = s.emp_key AND s.err IS NULL`);
  await sql(`UPDATE sync_obs s SET metric_id = m.id FROM ${METRIC_DEFINITION_VIEW} m WHERE m.key = s.metric_key AND s.err IS NULL`);
  await sql(`UPDATE sync_obs SET err_field = 'employee', err = 'Unknown employee "' || emp_key || '"' WHERE err IS NULL AND employee_id IS NULL`);
  await sql(`UPDATE sync_obs SET err_field = 'metric', err = 'Unknown metric "' || metric_key || '"' WHERE err IS NULL AND metric_id IS NULL`);
  await sql(
    `UPDATE sync_obs s SET err_field = 'row', err = 'The same employee, metric and period appear twice in one batch; the last one is used'
     WHERE s.err IS NULL AND EXISTS (SELECT 1 FROM sync_obs o WHERE o.err IS NULL AND o.seq > s.seq AND o.employee_id = s.employee_id
       AND o.metric_id = s.metric_id AND o.period = s.period AND o.period_start = s.period_start)`,
  );
  const [{ failed }] = await sql<{ failed: string }>(
    `WITH recorded AS (
       INSERT INTO sync_error (connector_id, run_id, external_id, line, field, message, payload)
       SELECT $1, $2, nullif(emp_key, ''), line, err_field, err, jsonb_build_object('metric', metric_key, 'period', period, 'periodStart', period_start, 'value', value)
       FROM sync_obs WHERE err IS NOT NULL RETURNING 1
     )
     SELECT count(*) AS failed FROM recorded`,
    [options.connectorId, options.runId],
  );
  return Number(failed);
}

