import request from 'supertest';
import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('CSV import (HTTP upload)', () => {
  let t: TestApp;
  let hr: string;
  let employee: string;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await makeOrg(t.dataSource);
    hr = t.token(org.hr.subject);
    employee = t.token(org.alice.subject);
  });
  afterAll(() => t.close());

  const MAPPING = JSON.stringify({ 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', 'Work Email': 'email', Manager: 'managerExternalId', Department: 'department' });

  async function csvConnector(): Promise<{ id: string; tag: string }> {
    const tag = uniqueName('csv').replace(/\s+/g, '-').toLowerCase();
    const [row] = await t.dataSource.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [tag]);
    return { id: row.id, tag };
  }

  const upload = (id: string, csv: string, query: Record<string, string>, token: string | null = hr) => {
    const req = request(t.app.getHttpServer()).post(`/connectors/${id}/csv`).query({ mapping: MAPPING, ...query }).set('content-type', 'text/csv');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send(csv);
  };

  const count = async (tag: string) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM employee WHERE email LIKE $1`, [`%.${tag}@example.test`]))[0].n;

  it('previews with per-line errors and a diff, applying nothing', async () => {
    const { id, tag } = await csvConnector();
    const csv = `Employee ID,First Name,Last Name,Work Email,Manager,Department\n1,Ada,Lovelace,ada.${tag}@example.test,,R&D ${tag}\n2,Alan,Turing,alan.${tag}@example.test,1,R&D ${tag}\n3,,Hopper,grace.${tag}@example.test,1,\n`;
    const res = await upload(id, csv, { mode: 'preview' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ applied: false, totalRows: 3, validRows: 2, invalidRows: 1, errors: [{ line: 4, field: 'firstName' }] });
    expect(res.body.run).toMatchObject({ dryRun: true, created: 2 });
    // Each batch of a preview is compared with the data as it is, in its own rolled-back transaction: the new
    // manager link shows on the CREATE entry (the link itself is made after all batches, by an apply).
    expect(res.body.run.diff.map((d: { action: string; externalId: string }) => `${d.action}:${d.externalId}`)).toEqual(['CREATE:1', 'CREATE:2']);
    expect(res.body.run.diff[1].changes).toContainEqual({ field: 'managerExternalId', from: null, to: '1' });
    expect(await count(tag)).toBe(0);
  });

  it('a file with errors applies nothing unless HR applies only the valid rows', async () => {
    const { id, tag } = await csvConnector();
    const csv = `Employee ID,First Name,Last Name,Work Email,Manager,Department\n1,Ada,Lovelace,ada.${tag}@example.test,,\n2,Alan,Turing,not-an-email,1,\n3,Grace,Hopper,grace.${tag}@example.test,1,\n`;
    const refused = await upload(id, csv, { mode: 'apply' });
    expect(refused.body).toMatchObject({ applied: false, invalidRows: 1, errors: [{ line: 3, field: 'email' }], run: null });
    expect(await count(tag)).toBe(0);
    const applied = await upload(id, csv, { mode: 'apply', validOnly: 'true' });
    expect(applied.body).toMatchObject({ applied: true, run: { status: 'SUCCEEDED', created: 2 } });
    expect(await count(tag)).toBe(2);
    const again = await upload(id, csv, { mode: 'apply', validOnly: 'true' });
    expect(again.body.run).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('streams a large file in batches, and a full file deactivates people missing from it', async () => {
    const { id, tag } = await csvConnector();
    const n = 5000;
    const lines = ['Employee ID,First Name,Last Name,Work Email,Manager,Department'];
    for (let i = 0; i < n; i++) lines.push(`${i},F${i},L${i},p${i}.${tag}@example.test,${i === 0 ? '' : Math.floor((i - 1) / 10)},Dept ${tag}`);
    const first = await upload(id, lines.join('\n'), { mode: 'apply', full: 'true' });
    expect(first.body).toMatchObject({ applied: true, totalRows: n, run: { created: n, failed: 0 } });
    const second = await upload(id, lines.slice(0, -1).join('\n'), { mode: 'apply', full: 'true' });
    expect(second.body.run).toMatchObject({ created: 0, updated: 0, unchanged: n - 1, deactivated: 1 });
    const [last] = await t.dataSource.query(`SELECT status, manager_id IS NOT NULL AS has_manager FROM employee WHERE email = $1`, [`p${n - 1}.${tag}@example.test`]);
    expect(last).toEqual({ status: 'TERMINATED', has_manager: true });
  }, 180000);

  it('refuses a bad mapping, a non-CSV connector and anyone but HR', async () => {
    const { id } = await csvConnector();
    const bad = await request(t.app.getHttpServer()).post(`/connectors/${id}/csv`).query({ mapping: JSON.stringify({ A: 'nonsense' }) }).set('authorization', `Bearer ${hr}`).set('content-type', 'text/csv').send('A\n1\n');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('mapping');
    expect((await upload(id, 'x', { mode: 'apply' }, employee)).status).toBe(403);
    expect((await upload(id, 'x', { mode: 'apply' }, null)).status).toBe(401);
  });
});
