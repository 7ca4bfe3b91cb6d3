import { EventEmitter2 } from '@nestjs/event-emitter';
import { SyncAlreadyRunningError, SyncRunner } from '@app/connectors';
import { EMPLOYEE_MANAGER_CHANGED, EMPLOYEE_STATUS_CHANGED } from '@app/employees';
import { startTestApp, TestApp } from '../support/test-app';
import { makeMemoryConnector, person, registerMemoryKind, syncedEmployees } from '../support/connector-sources';

describe('employee sync guarantees', () => {
  let t: TestApp;
  let runner: SyncRunner;

  beforeAll(async () => {
    t = await startTestApp();
    registerMemoryKind(t.app);
    runner = t.app.get(SyncRunner);
  });
  afterAll(() => t.close());

  const errorsOf = (runId: string) => t.dataSource.query(`SELECT external_id, field, message FROM sync_error WHERE run_id = $1 ORDER BY external_id`, [runId]);

  it('creates people, and a second identical run changes nothing', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.rows = [person(tag, 'a', { department: `Dept ${tag}`, jobTitle: `Role ${tag}`, hireDate: '2020-02-03' }), person(tag, 'b', { managerExternalId: 'a' })];
    const first = await runner.run(id);
    expect(first).toMatchObject({ status: 'SUCCEEDED', mode: 'FULL', created: 2, updated: 0, failed: 0 });
    const second = await runner.run(id);
    expect(second).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 2, deactivated: 0, reactivated: 0, failed: 0 });
    const people = await syncedEmployees(t.dataSource, id);
    expect(people.get('b')?.manager_ext).toBe('a');
    expect(people.get('a')?.version).toBe(1);
  });

  it('matches job titles to job roles trimmed and ignoring case, creating one role per name', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    const [role] = await t.dataSource.query(`INSERT INTO job_role (name) VALUES ($1) RETURNING id`, [`Customer Success Engineer ${tag}`]);
    source.rows = [
      person(tag, 'a', { jobTitle: `customer success engineer ${tag} ` }),
      person(tag, 'b', { jobTitle: `  Field Engineer ${tag}` }),
      person(tag, 'c', { jobTitle: `FIELD ENGINEER ${tag}` }),
    ];
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', created: 3, failed: 0 });
    const rows = await t.dataSource.query(
      `SELECT r.external_id, e.job_role_id, j.name FROM external_ref r JOIN employee e ON e.id = r.internal_id JOIN job_role j ON j.id = e.job_role_id
        WHERE r.connector_id = $1 ORDER BY r.external_id`,
      [id],
    );
    expect(rows[0].job_role_id).toBe(role.id);
    expect(rows[1].job_role_id).toBe(rows[2].job_role_id);
    expect(rows[1].name.toLowerCase()).toBe(`field engineer ${tag}`.toLowerCase()); // trimmed; the first spelling seen wins
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', created: 0, updated: 0, unchanged: 3 });
  });

  it('links managers whatever the order of rows and batches', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.batchSize = 2;
    source.rows = [
      person(tag, 'e5', { managerExternalId: 'e4' }), person(tag, 'e4', { managerExternalId: 'e3' }),
      person(tag, 'e3', { managerExternalId: 'e2' }), person(tag, 'e2', { managerExternalId: 'e1' }), person(tag, 'e1'),
    ];
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', created: 5, failed: 0 });
    const people = await syncedEmployees(t.dataSource, id);
    expect(['e1', 'e2', 'e3', 'e4', 'e5'].map((x) => people.get(x)?.manager_ext ?? null)).toEqual([null, 'e1', 'e2', 'e3', 'e4']);
  });

  it('reports manager cycles and unknown managers without failing the run', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.rows = [person(tag, 'x', { managerExternalId: 'y' }), person(tag, 'y', { managerExternalId: 'x' }), person(tag, 'z', { managerExternalId: 'ghost' }), person(tag, 'w', { managerExternalId: 'z' })];
    const run = await runner.run(id);
    expect(run).toMatchObject({ status: 'SUCCEEDED', created: 4 });
    const errors = await errorsOf(run.id);
    expect(errors.map((e: { external_id: string }) => e.external_id)).toEqual(['x', 'y', 'z']);
    expect(errors[0].message).toMatch(/cycle/);
    expect(errors[2].message).toMatch(/Unknown manager "ghost"/);
    const people = await syncedEmployees(t.dataSource, id);
    expect(people.get('x')?.manager_id).toBeNull();
    expect(people.get('w')?.manager_ext).toBe('z');
    // The unknown manager arrives later: the pending link is applied.
    source.rows.push(person(tag, 'ghost'));
    await runner.run(id);
    expect((await syncedEmployees(t.dataSource, id)).get('z')?.manager_ext).toBe('ghost');
  });

  it('deactivates people missing from a full snapshot (never deletes) and reactivates them when they return', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    const events: unknown[] = [];
    const listener = (e: unknown) => void events.push(e);
    t.app.get(EventEmitter2).on(EMPLOYEE_STATUS_CHANGED, listener);
    try {
      source.rows = [person(tag, 'p1'), person(tag, 'p2'), person(tag, 'p3')];
      await runner.run(id);
      const gone = source.rows.pop()!;
      expect(await runner.run(id)).toMatchObject({ deactivated: 1, updated: 0 });
      const p3 = (await syncedEmployees(t.dataSource, id)).get('p3')!;
      expect(p3.status).toBe('TERMINATED');
      expect(events).toContainEqual({ employeeId: p3.id, previousStatus: 'ACTIVE', newStatus: 'TERMINATED' });
      expect(await runner.run(id)).toMatchObject({ deactivated: 0, unchanged: 2 });
      source.rows.push(gone);
      expect(await runner.run(id)).toMatchObject({ reactivated: 1, created: 0 });
      expect((await syncedEmployees(t.dataSource, id)).get('p3')?.status).toBe('ACTIVE');
      expect(events).toContainEqual({ employeeId: p3.id, previousStatus: 'TERMINATED', newStatus: 'ACTIVE' });
    } finally {
      t.app.get(EventEmitter2).off(EMPLOYEE_STATUS_CHANGED, listener);
    }
  });

  it('never overwrites a field HR owns, and keeps HR edits of fields the source did not change', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource, { ownedFields: ['jobTitle'] });
    source.rows = [person(tag, 'o1', { jobTitle: `Engineer ${tag}` })];
    await runner.run(id);
    const before = (await syncedEmployees(t.dataSource, id)).get('o1')!;
    await t.dataSource.query(`UPDATE employee SET last_name = 'Edited by HR', version = version + 1 WHERE id = $1`, [before.id]);
    source.rows = [person(tag, 'o1', { jobTitle: `Manager ${tag}`, firstName: 'Renamed' })];
    expect(await runner.run(id)).toMatchObject({ updated: 1 });
    const after = (await syncedEmployees(t.dataSource, id)).get('o1')!;
    expect(after).toMatchObject({ first_name: 'Renamed', last_name: 'Edited by HR', job_role_id: before.job_role_id });
    expect(after.version).toBe(Number(before.version) + 2);
  });

  it('keeps an HR edit made while the sync runs', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.batchSize = 1;
    source.rows = [person(tag, 'c1'), person(tag, 'c2')];
    await runner.run(id);
    const c2 = (await syncedEmployees(t.dataSource, id)).get('c2')!;
    source.rows = [person(tag, 'c1', { firstName: 'New c1' }), person(tag, 'c2', { firstName: 'New c2' })];
    source.beforeBatch = async () => {
      // HR changes c2's last name after batch 0 committed and before batch 1 is merged.
      await t.dataSource.query(`UPDATE employee SET last_name = 'HR during sync', version = version + 1 WHERE id = $1`, [c2.id]);
    };
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', updated: 2 });
    expect((await syncedEmployees(t.dataSource, id)).get('c2')).toMatchObject({ first_name: 'New c2', last_name: 'HR during sync' });
  });

  it('a run killed mid-way leaves whole batches, and the next run finishes the job without duplicates', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.rows = [person(tag, 'old')];
    await runner.run(id);
    source.batchSize = 2;
    source.rows = [1, 2, 3, 4, 5, 6].map((n) => person(tag, `k${n}`, { managerExternalId: n > 1 ? `k${n - 1}` : null }));
    source.failBeforeBatch = 2;
    const killed = await runner.run(id);
    expect(killed).toMatchObject({ status: 'FAILED', created: 4, deactivated: 0 });
    expect(killed.errorMessage).toMatch(/crashed/);
    let people = await syncedEmployees(t.dataSource, id);
    expect([...people.keys()].sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'old']);
    expect(people.get('old')?.status).toBe('ACTIVE');
    source.failBeforeBatch = null;
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', created: 2, deactivated: 1 });
    people = await syncedEmployees(t.dataSource, id);
    expect([...people.keys()].sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'old']);
    expect(people.get('k6')?.manager_ext).toBe('k5');
    expect(people.get('k2')?.manager_ext).toBe('k1');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM employee WHERE email LIKE $1`, [`%.${tag}@example.test`]);
    expect(n).toBe(7);
  });

  it('runs one sync per connector at a time, and takes over a run whose process died', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.batchSize = 1;
    source.rows = [person(tag, 'l1'), person(tag, 'l2')];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atBatch = new Promise<void>((r) => (reached = r));
    source.beforeBatch = async () => {
      reached();
      await held;
    };
    const first = runner.run(id);
    await atBatch;
    await expect(runner.run(id)).rejects.toBeInstanceOf(SyncAlreadyRunningError);
    release();
    expect(await first).toMatchObject({ status: 'SUCCEEDED', created: 2 });
    source.beforeBatch = null;
    // A RUNNING run with a stale heartbeat (its process was killed) is aborted and replaced.
    const [dead] = await t.dataSource.query(
      `INSERT INTO sync_run (connector_id, started_at, heartbeat_at, status, mode) VALUES ($1, now() - interval '2 hours', now() - interval '2 hours', 'RUNNING', 'FULL') RETURNING id`,
      [id],
    );
    expect(await runner.run(id)).toMatchObject({ status: 'SUCCEEDED', unchanged: 2 });
    const [aborted] = await t.dataSource.query(`SELECT status FROM sync_run WHERE id = $1`, [dead.id]);
    expect(aborted.status).toBe('ABORTED');
  });

  it('a dry run returns the diff and changes nothing', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.rows = [person(tag, 'd1'), person(tag, 'd2', { managerExternalId: 'd1' })];
    await runner.run(id);
    source.rows = [person(tag, 'd1', { lastName: 'Changed' }), person(tag, 'd3', { department: `New dept ${tag}` })];
    const dry = await runner.run(id, { dryRun: true });
    expect(dry).toMatchObject({ status: 'SUCCEEDED', dryRun: true, created: 1, updated: 1, deactivated: 1 });
    const diff = dry.diff as Array<{ action: string; externalId: string; changes: Array<{ field: string; to: string | null }> }>;
    expect(diff.map((d) => `${d.action}:${d.externalId}`).sort()).toEqual(['CREATE:d3', 'DEACTIVATE:d2', 'UPDATE:d1']);
    expect(diff.find((d) => d.externalId === 'd1')?.changes).toEqual([{ field: 'lastName', from: 'Last d1', to: 'Changed' }]);
    const people = await syncedEmployees(t.dataSource, id);
    expect([...people.keys()].sort()).toEqual(['d1', 'd2']);
    expect(people.get('d1')?.last_name).toBe('Last d1');
    expect(people.get('d2')?.status).toBe('ACTIVE');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM department WHERE name = $1`, [`New dept ${tag}`]);
    expect(n).toBe(0);
  });

  it('reports bad rows and email conflicts per record, and applies the rest', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource);
    source.rows = [person(tag, 'v1'), person(tag, 'v2', { email: 'not-an-email' }), person(tag, 'v3', { email: `v1.${tag}@example.test` }), person(tag, 'v4', { email: null })];
    const run = await runner.run(id);
    expect(run).toMatchObject({ created: 1, failed: 3 });
    expect((await errorsOf(run.id)).map((e: { field: string }) => e.field)).toEqual(['email', 'email', 'email']);
  });

  it('adopts an existing employee with the same email instead of duplicating, when HR turned linking on', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource, { linkExistingEmployees: true });
    const [existing] = await t.dataSource.query(`INSERT INTO employee (first_name, last_name, email, roles, version) VALUES ('Pre', 'Existing', $1, '{MANAGER}', 1) RETURNING id`, [`ad.${tag}@example.test`]);
    source.rows = [person(tag, 'ad')];
    expect(await runner.run(id)).toMatchObject({ created: 0, updated: 1 });
    const ad = (await syncedEmployees(t.dataSource, id)).get('ad')!;
    expect(ad).toMatchObject({ id: existing.id, first_name: 'First ad', roles: ['MANAGER'] });
  });

  it('incremental runs start from the cursor and deactivate deleted people', async () => {
    const { id, source, tag } = await makeMemoryConnector(t.dataSource, { incremental: true });
    const managerEvents: unknown[] = [];
    const listener = (e: unknown) => void managerEvents.push(e);
    t.app.get(EventEmitter2).on(EMPLOYEE_MANAGER_CHANGED, listener);
    try {
      source.rows = [person(tag, 'i1'), person(tag, 'i2'), person(tag, 'i3')];
      expect(await runner.run(id)).toMatchObject({ mode: 'FULL', nextCursor: 'c1' });
      source.changes = [person(tag, 'i2', { managerExternalId: 'i1' })];
      source.deleted = ['i3'];
      source.cursor = 'c2';
      const run = await runner.run(id);
      expect(run).toMatchObject({ mode: 'INCREMENTAL', cursor: 'c1', nextCursor: 'c2', updated: 1, deactivated: 1, unchanged: 0 });
      const people = await syncedEmployees(t.dataSource, id);
      expect(people.get('i2')?.manager_ext).toBe('i1');
      expect(people.get('i1')?.status).toBe('ACTIVE');
      expect(people.get('i3')?.status).toBe('TERMINATED');
      expect(managerEvents).toContainEqual({ employeeId: people.get('i2')!.id, previousManagerId: null, newManagerId: people.get('i1')!.id });
    } finally {
      t.app.get(EventEmitter2).off(EMPLOYEE_MANAGER_CHANGED, listener);
    }
  });
});
