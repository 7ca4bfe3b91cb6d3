import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';

describe('CSV import: one validation for preview and apply, and a size limit', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp({ CSV_UPLOAD_LIMIT: '64kb' });
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
  });
  afterAll(() => t.close());

  const MAPPING = JSON.stringify({ 'Employee ID': 'externalId', 'First Name': 'firstName', 'Last Name': 'lastName', 'Work Email': 'email', Manager: 'managerExternalId', 'Hire Date': 'hireDate' });
  const HEADER = 'Employee ID,First Name,Last Name,Work Email,Manager,Hire Date';

  async function csvConnector(): Promise<{ id: string; tag: string }> {
    const tag = uniqueName('csvchk').replace(/\s+/g, '-').toLowerCase();
    const [row] = await t.dataSource.query(`INSERT INTO connector (kind, name) VALUES ('CSV', $1) RETURNING id`, [tag]);
    return { id: row.id, tag };
  }

  const upload = (id: string, csv: string, query: Record<string, string>) =>
    request(t.app.getHttpServer()).post(`/connectors/${id}/csv`).query({ mapping: MAPPING, ...query }).set('content-type', 'text/csv').set('authorization', `Bearer ${hr}`).send(csv);

  const errorsOfRun = async (runId: string) => t.dataSource.query(`SELECT line, field FROM sync_error WHERE run_id = $1`, [runId]);

  it('preview lists, with their lines, every error apply raises: missing email, duplicate email, bad date, unknown manager', async () => {
    const { id, tag } = await csvConnector();
    const csv = [
      HEADER,
      `1,Ada,Lovelace,maya.${tag}@example.test,,2020-01-15`,
      `2,Alan,Turing,,1,2020-01-15`, // a new person without email
      `3,Grace,Hopper,MAYA.${tag}@EXAMPLE.TEST,1,`, // the same email as line 2, other case
      `4,Edsger,Dijkstra,edsger.${tag}@example.test,1,2025-02-30`, // no such date
      `5,Barbara,Liskov,barbara.${tag}@example.test,ghost,`, // nobody has external id "ghost"
      `6,Donald,Knuth,donald.${tag}@example.test,5,`, // a refused manager: this row would meet an unknown manager too
      `7,Ken,Thompson,ken.${tag}@example.test,8,`, // a manager further down the file is fine
      `8,Dennis,Ritchie,dennis.${tag}@example.test,1,`,
    ].join('\n');
    const expected = [
      { line: 3, field: 'email', message: 'A new employee needs an email.', code: 'EMAIL_REQUIRED' },
      { line: 4, field: 'email', message: `Duplicate email "MAYA.${tag}@EXAMPLE.TEST" (first on line 2).` },
      { line: 5, field: 'hireDate', message: '"2025-02-30" is not a date in the form YYYY-MM-DD.' },
      { line: 6, field: 'managerExternalId', message: 'Unknown manager "ghost": not a valid record of this file or pull, nor synced before.', code: 'UNKNOWN_MANAGER' },
      { line: 7, field: 'managerExternalId', message: 'Manager "5" is refused (line 6).' },
    ];
    const preview = await upload(id, csv, { mode: 'preview' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ applied: false, totalRows: 8, validRows: 3, invalidRows: 5, errorCount: 5, errors: expected });

    const refused = await upload(id, csv, { mode: 'apply' });
    expect(refused.body).toMatchObject({ applied: false, run: null, errors: expected });

    // Applying the valid rows: the sync itself finds nothing preview did not list.
    const applied = await upload(id, csv, { mode: 'apply', validOnly: 'true' });
    expect(applied.body).toMatchObject({ applied: true, run: { status: 'SUCCEEDED', created: 3, failed: 0 } });
    expect(await errorsOfRun(applied.body.run.id)).toEqual([]);
  });

  it('a person the connector already synced needs no email in a later file, and a synced manager is known', async () => {
    const { id, tag } = await csvConnector();
    const first = await upload(id, `${HEADER}\n1,Ada,Lovelace,ada.${tag}@example.test,,\n`, { mode: 'apply' });
    expect(first.body).toMatchObject({ applied: true, run: { created: 1 } });
    const later = await upload(id, `${HEADER}\n1,Ada,Lovelace,,,\n2,Alan,Turing,alan.${tag}@example.test,1,\n`, { mode: 'preview' });
    expect(later.body).toMatchObject({ errorCount: 0, validRows: 2 });
  });

  it('answers 413 naming the limit above CSV_UPLOAD_LIMIT, declared or streamed, and stays up', async () => {
    const { id, tag } = await csvConnector();
    const big = [HEADER, ...Array.from({ length: 2000 }, (_, i) => `${i},F${i},L${i},p${i}.${tag}@example.test,,`)].join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(64 * 1024);
    const declared = await upload(id, big, { mode: 'preview' });
    expect(declared.status).toBe(413);
    expect(declared.body.message).toMatch(/upload limit of 64 KB \(CSV_UPLOAD_LIMIT\)/);

    // Chunked, without a Content-Length: cut off when the limit is passed.
    await t.app.listen(0, '127.0.0.1');
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    const streamed = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port, method: 'POST', path: `/connectors/${id}/csv?mode=preview&mapping=${encodeURIComponent(MAPPING)}`, headers: { 'content-type': 'text/csv', authorization: `Bearer ${hr}`, 'transfer-encoding': 'chunked' } },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 8192) req.write(big.slice(i, i + 8192));
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).message).toMatch(/CSV_UPLOAD_LIMIT/);

    const small = await upload(id, `${HEADER}\n1,Ada,Lovelace,ada.${tag}@example.test,,\n`, { mode: 'preview' });
    expect(small.status).toBe(200);
    expect((await request(t.app.getHttpServer()).get('/health')).status).toBe(200);
  });
});
