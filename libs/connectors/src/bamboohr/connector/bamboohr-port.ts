import { BambooHrClient, formatBambooTimestamp } from '../client';
import { HrisPort, HrisPull, PullContext, SourceEmployee } from '../../core/ports';
import { BambooHrSettings } from './bamboohr-settings';
import { bambooHrRequestFields, bambooHrSyncFields, chunks, toSourceEmployees } from './bamboohr-records';

/**
 * BambooHR as an HRIS port.
 * - Full snapshot: one custom report of every employee (active and inactive), or GET /v1/employees page by page
 *   (settings.fullSource = 'list'; each page is applied as its own batches, so a failure keeps earlier pages).
 *   The next cursor is the instant the pull started.
 * - Changes since the cursor: GET /v1/employees/changed; deleted ids are deactivated, inserted/updated ones are
 *   fetched with one custom report filtered on lastChanged. The next cursor is the response's `latest`.
 * Managers come from supervisorEId.
 */
export class BambooHrPort implements HrisPort {
  readonly kind = 'HRIS' as const;

  constructor(
    private readonly client: BambooHrClient,
    private readonly settings: BambooHrSettings,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async fullSnapshot(ctx: PullContext): Promise<HrisPull> {
    const cursor = formatBambooTimestamp(this.now());
    return { fields: bambooHrSyncFields(this.settings), batches: this.snapshotBatches(ctx), nextCursor: () => cursor };
  }

  async changesSince(cursor: string, ctx: PullContext): Promise<HrisPull> {
    const changed = await this.client.getChangedEmployees(cursor, { signal: ctx.signal });
    const deleted = changed.employees.filter((e) => e.action.toLowerCase() === 'deleted').map((e) => e.id);
    const upserted = new Set(changed.employees.filter((e) => e.action.toLowerCase() !== 'deleted').map((e) => e.id));
    const next = changed.latest ?? cursor;
    return {
      fields: bambooHrSyncFields(this.settings),
      batches: this.changedBatches(cursor, upserted, ctx),
      deletedExternalIds: () => deleted.filter((id) => !upserted.has(id)),
      nextCursor: () => next,
    };
  }

  private async *snapshotBatches(ctx: PullContext): AsyncGenerator<SourceEmployee[]> {
    const { all, custom } = bambooHrRequestFields(this.settings);
    if (this.settings.fullSource === 'list') {
      for await (const page of this.client.listEmployeePages({ fields: all, pageSize: this.settings.pageSize, signal: ctx.signal })) {
        yield* chunks(toSourceEmployees(page, this.settings, custom), ctx.batchSize);
      }
      return;
    }
    const report = await this.client.runCustomReport(all, { signal: ctx.signal });
    yield* chunks(toSourceEmployees(report.employees, this.settings, custom), ctx.batchSize);
  }

  private async *changedBatches(cursor: string, ids: ReadonlySet<string>, ctx: PullContext): AsyncGenerator<SourceEmployee[]> {
    if (ids.size === 0) return;
    const { all, custom } = bambooHrRequestFields(this.settings);
    const report = await this.client.runCustomReport(all, { lastChanged: cursor, signal: ctx.signal });
    const rows = report.employees.filter((row) => ids.has(String(row.id ?? row.employeeId ?? '')));
    yield* chunks(toSourceEmployees(rows, this.settings, custom), ctx.batchSize);
  }
}
