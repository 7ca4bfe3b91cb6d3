import { makeMemoryConnector, memorySyncApp, person, runErrors, syncedEmployees } from '../support/connector-sources';

/** What a connector may take over: only employees nobody links, only when HR allows it, never clearing, never an HR admin's status. */
describe('employee sync ownership', () => {
  const app = memorySyncApp();
  const errorsOf = (runId: string) => runErrors(app.t.dataSource, runId);
  const hrMade = async (email: string, roles = '{EMPLOYEE}', extra = '') =>
    (await app.t.dataSource.query(
      `INSERT INTO employee (first_name, last_name, email, roles, employee_number, department_id, version)
       VALUES ('Hr', 'Made', $1, $2, $3, (SELECT id FROM department ORDER BY id LIMIT 1), 1) RETURNING *`,
      [email, roles, `EN-${email}${extra}`],
    ))[0] as { id: string; department_id: string | null; employee_number: string };

  it('does not link an employee HR created unless the connector allows it: the row is an error naming the setting', async () => {
    const { id, source, tag } = await makeMemoryConnector(app.t.dataSource);
    await app.t.dataSource.query(`INSERT INTO department (name) VALUES ($1) ON CONFLICT DO NOTHING`, [`Dept ${tag}`]);
    const existing = await hrMade(`off.${tag}@example.test`);
    source.rows = [person(tag, 'off', { email: `OFF.${tag}@EXAMPLE.TEST` })];
    const run = await app.runner.run(id);
    expect(run).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect(await errorsOf(run.id)).toEqual([{ external_id: 'off', field: 'email', message: expect.stringMatching(/linkExistingEmployees/) }]);
    expect((await app.t.dataSource.query(`SELECT first_name FROM employee WHERE id = $1`, [existing.id]))[0].first_name).toBe('Hr');
  });

  it('links (case-insensitively) when allowed, without clearing the fields the source does not carry', async () => {
    const { id, source, tag } = await makeMemoryConnector(app.t.dataSource, { linkExistingEmployees: true });
    const existing = await hrMade(`keep.${tag}@example.test`);
    expect(existing.department_id).not.toBeNull();
    source.rows = [person(tag, 'keep', { email: `Keep.${tag}@example.test`, department: null, employeeNumber: null })];
    expect(await app.runner.run(id)).toMatchObject({ created: 0, updated: 1, failed: 0 });
    const linked = (await syncedEmployees(app.t.dataSource, id)).get('keep')!;
    expect(linked).toMatchObject({ id: existing.id, first_name: 'First keep', department_id: existing.department_id, employee_number: existing.employee_number });
  });

  it('never links an employee another connector links, even when allowed', async () => {
    const first = await makeMemoryConnector(app.t.dataSource);
    first.source.rows = [person(first.tag, 'owned')];
    await app.runner.run(first.id);
    const second = await makeMemoryConnector(app.t.dataSource, { linkExistingEmployees: true });
    second.source.rows = [person(first.tag, 'other', { email: `OWNED.${first.tag}@example.test` })];
    const run = await app.runner.run(second.id);
    expect(run).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect((await errorsOf(run.id))[0]).toMatchObject({ field: 'email', message: expect.stringMatching(/linked to a record of a connector/) });
  });

  it('refuses two rows of one batch whose emails differ only in case', async () => {
    const { id, source, tag } = await makeMemoryConnector(app.t.dataSource);
    source.rows = [person(tag, 'c1', { email: `case.${tag}@example.test` }), person(tag, 'c2', { email: `CASE.${tag}@example.test` })];
    const run = await app.runner.run(id);
    expect(run).toMatchObject({ created: 1, failed: 1 });
    expect(await errorsOf(run.id)).toEqual([{ external_id: 'c2', field: 'email', message: 'Another employee already uses this email' }]);
  });

  it('never changes an HR admin\'s status: a TERMINATED row is an error, a full snapshot without them does not deactivate them', async () => {
    const { id, source, tag } = await makeMemoryConnector(app.t.dataSource, { linkExistingEmployees: true });
    const admin = await hrMade(`admin.${tag}@example.test`, '{HR_ADMIN}');
    source.rows = [person(tag, 'admin'), person(tag, 'peer')];
    expect(await app.runner.run(id)).toMatchObject({ updated: 1, created: 1, failed: 0 });
    source.rows = [person(tag, 'admin', { status: 'TERMINATED', firstName: 'Renamed' }), person(tag, 'peer')];
    const refused = await app.runner.run(id);
    expect(refused).toMatchObject({ failed: 1 });
    expect(await errorsOf(refused.id)).toEqual([{ external_id: 'admin', field: 'status', message: expect.stringMatching(/HR admin/) }]);
    source.rows = [person(tag, 'peer')];
    const missing = await app.runner.run(id);
    expect(missing).toMatchObject({ deactivated: 0 });
    expect(await errorsOf(missing.id)).toEqual([{ external_id: 'admin', field: 'status', message: expect.stringMatching(/HR admin: their status is not changed/) }]);
    expect((await app.t.dataSource.query(`SELECT status, roles FROM employee WHERE id = $1`, [admin.id]))[0]).toEqual({ status: 'ACTIVE', roles: ['HR_ADMIN'] });
  });
});
