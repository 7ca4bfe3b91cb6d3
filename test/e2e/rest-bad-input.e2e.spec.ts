import request from 'supertest';
import { makeEmployee } from '../support/factories';
import { SCIM_ERROR, SCIM_USER, scimClient, scimConnector } from '../support/scim-client';
import { startTestApp, TestApp } from '../support/test-app';

/** REST and SCIM answer bad query, path and body values with 400 naming them (SCIM: invalidValue), never 500. */
describe('bad input to REST and SCIM', () => {
  let t: TestApp;
  let hr: string;

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
  });
  afterAll(() => t.close());

  const get = (path: string) => request(t.app.getHttpServer()).get(path).set('authorization', `Bearer ${hr}`);
  /** Each [path, field]: 400 BAD_USER_INPUT naming the field. */
  const expectRefused = async (cases: Array<[string, string]>) => {
    for (const [path, field] of cases) {
      const res = await get(path);
      expect({ path, status: res.status, body: res.body }).toMatchObject({ path, status: 400, body: { code: 'BAD_USER_INPUT', field } });
    }
  };

  it('payroll and report CSVs refuse impossible and out-of-range dates, naming the parameter', async () => {
    await expectRefused([
      ['/incentives/payroll.csv?from=2025-02-30', 'from'],
      ['/incentives/payroll.csv?from=2025-01-01&to=2025-13-01', 'to'],
      ['/incentives/payroll.csv?from=0000-01-01', 'from'],
      ['/reports/certification-spend.csv?from=2025-02-30&to=2025-06-30', 'from'],
      ['/reports/kpi-series.csv?from=2025-01-01&to=1899-12-31', 'to'],
    ]);
    expect((await get('/incentives/payroll.csv?from=2025-02-28&to=2025-03-31')).status).toBe(200);
  });

  it('query and path parameters with NUL, control characters or malformed ids are 400 naming them', async () => {
    await expectRefused([
      ['/incentives/payroll.csv?from=2025-01-01%00', 'from'],
      ['/reports/certification-impact-ranking.csv?metricKey=a%07b', 'metricKey'],
      ['/snapshots/abc.html', 'employeeId'],
      ['/snapshots/%00.html', 'employeeId'],
    ]);
  });

  it('SCIM: a NUL in userName, a NUL in a filter and an absurd startIndex are 400 invalidValue', async () => {
    const { token } = await scimConnector(t, hr);
    const scim = scimClient(t, token);
    const created = await scim.send('post', '/Users', { schemas: [SCIM_USER], userName: 'nul\u0000@example.test', name: { givenName: 'N', familyName: 'Ul' }, emails: [{ value: 'nul@example.test', primary: true }], active: true });
    expect(created.status).toBe(400);
    expect(JSON.parse(created.text)).toMatchObject({ schemas: [SCIM_ERROR], status: '400', scimType: 'invalidValue', detail: expect.stringMatching(/^body\.userName must not contain NUL/) });
    for (const path of ['/Users?startIndex=99999999999999999999', `/Users?filter=${encodeURIComponent('userName eq "a\u0000"')}`, '/Groups?startIndex=2147483648']) {
      const res = await scim.scim('get', path);
      expect({ path, status: res.status, body: JSON.parse(res.text) }).toMatchObject({ path, status: 400, body: { status: '400', scimType: 'invalidValue' } });
    }
    for (const path of ['/Users/abc', '/Users/%00', '/Groups/not-an-id']) expect((await scim.scim('get', path)).status).toBeLessThan(500);
    // RFC 7644 §3.4.2.4: below 1 is 1.
    expect(JSON.parse((await scim.scim('get', '/Users?startIndex=-5')).text)).toMatchObject({ startIndex: 1 });
  });
});
