import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConnectorRegistry, HrisPort, HrisPull, SourceEmployee, SyncField, SyncRunner } from '@app/connectors';
import { uniqueName } from './factories';
import { startTestApp, TestApp } from './test-app';

/** An HRIS held in memory by a test: rows, batch size, and hooks to fail or pause between batches. */
export class MemoryHris {
  rows: SourceEmployee[] = [];
  fields: SyncField[] = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location', 'managerExternalId', 'status', 'hireDate'];
  batchSize = 1000;
  /** Throw (simulating a crash) before yielding this batch index (0-based). */
  failBeforeBatch: number | null = null;
  /** Awaited before yielding each batch after the first (a test edits data or holds the run here). */
  beforeBatch: ((index: number) => Promise<void>) | null = null;
  /** For incremental pulls. */
  changes: SourceEmployee[] = [];
  deleted: string[] = [];
  cursor = 'c1';

  private async *batches(rows: SourceEmployee[]): AsyncGenerator<SourceEmployee[]> {
    for (let i = 0, index = 0; i < rows.length; i += this.batchSize, index++) {
      if (this.failBeforeBatch === index) throw new Error(`source crashed before batch ${index}`);
      if (index > 0 && this.beforeBatch) await this.beforeBatch(index);
      yield rows.slice(i, i + this.batchSize).map((r) => ({ ...r }));
    }
  }

  pull(rows: SourceEmployee[], deleted: string[] = []): HrisPull {
    return { fields: this.fields, batches: this.batches(rows), deletedExternalIds: () => deleted, nextCursor: () => this.cursor };
  }

  port(incremental: boolean): HrisPort {
    return {
      kind: 'HRIS',
      fullSnapshot: async () => this.pull(this.rows),
      ...(incremental ? { changesSince: async () => this.pull(this.changes, this.deleted) } : {}),
    };
  }
}

const sources = new Map<string, MemoryHris>();

/** Registers the TEST_MEMORY kind (settings.source names a MemoryHris) once per app. */
export function registerMemoryKind(app: INestApplication): void {
  app.get(ConnectorRegistry).register('TEST_MEMORY', (def) => {
    const source = sources.get(String(def.settings.source));
    if (!source) throw new Error(`no memory source ${String(def.settings.source)}`);
    return source.port(def.settings.incremental === true);
  });
}

/** A connector row of kind TEST_MEMORY with its own MemoryHris. */
export async function makeMemoryConnector(ds: DataSource, settings: Record<string, unknown> = {}): Promise<{ id: string; source: MemoryHris; tag: string }> {
  const source = new MemoryHris();
  const tag = uniqueName('src').replace(/\s+/g, '-').toLowerCase();
  sources.set(tag, source);
  const [row] = await ds.query(`INSERT INTO connector (kind, name, settings) VALUES ('TEST_MEMORY', $1, $2) RETURNING id`, [tag, JSON.stringify({ source: tag, ...settings })]);
  return { id: row.id, source, tag };
}

/** A person of a test's source, with a unique email. */
export function person(tag: string, externalId: string, values: Partial<SourceEmployee> = {}): SourceEmployee {
  return { externalId, firstName: `First ${externalId}`, lastName: `Last ${externalId}`, email: `${externalId}.${tag}@example.test`, status: 'ACTIVE', ...values };
}

/** The employees a connector synced, by external id. */
export async function syncedEmployees(ds: DataSource, connectorId: string): Promise<Map<string, Record<string, unknown> & { id: string; manager_ext: string | null }>> {
  const rows = await ds.query(
    `SELECT r.external_id, e.*, m.external_id AS manager_ext FROM external_ref r JOIN employee e ON e.id = r.internal_id
     LEFT JOIN external_ref m ON m.connector_id = r.connector_id AND m.entity = 'employee' AND m.internal_id = e.manager_id
     WHERE r.connector_id = $1 AND r.entity = 'employee'`,
    [connectorId],
  );
  return new Map(rows.map((r: { external_id: string }) => [r.external_id, r]));
}

/** The sync errors of a run, by external id. */
export function runErrors(ds: DataSource, runId: string): Promise<Array<{ external_id: string; field: string; message: string }>> {
  return ds.query(`SELECT external_id, field, message FROM sync_error WHERE run_id = $1 ORDER BY external_id`, [runId]);
}

/** For a describe block: the app (with the TEST_MEMORY kind) started before its tests and closed after them. */
export function memorySyncApp(): { readonly t: TestApp; readonly runner: SyncRunner } {
  let app: TestApp | undefined;
  beforeAll(async () => registerMemoryKind((app = await startTestApp()).app));
  afterAll(() => app?.close());
  const started = () => app ?? (() => { throw new Error('memorySyncApp is used before its beforeAll ran'); })();
  return { get t() { return started(); }, get runner() { return started().app.get(SyncRunner); } };
}
