import request from 'supertest';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeImpactScenario } from '../support/reporting-fixtures';
import { makeKpiScenario, parseCsv } from '../support/reporting-kpi-fixtures';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEST = `meanDifference ciLow ciHigh standardError degreesOfFreedom pValue tested significant improvement verdict warning`;
const IMPACT_FIELDS = `certificationId certificationName requiredHere metricKey metricName metricUnit higherIsBetter beforeMonths afterMonths
  paired { n meanBefore meanAfter ${TEST} } peers { nCertified nPeers meanChangeCertified meanChangePeers ${TEST} } summary rankScore`;
const IMPACT = `query($c: ID!, $m: String!, $mgr: ID) { certificationImpact(certificationId: $c, metricKey: $m, managerId: $mgr) { ${IMPACT_FIELDS} } }`;
const RANKING = `query($m: String!) { certificationImpactRanking(metricKey: $m) { ${IMPACT_FIELDS} } }`;
const KPI_FIELDS = `groupId groupName headcount assignments completed completionRate timeToCompetencyMedianDays timeToCompetencyP90Days
  renewalsDue renewalsOnTime renewalOnTimeRate expiredCount practiceBudgetHours practiceHoursUsed practiceBudgetUse
  playbookStepsDue playbookStepsOnTime playbookStepsOnTimeRate dropOffLevel dropOffCount dropOffStep dropOffStepKind dropOffStepCount`;
const KPIS = `query($d: KpiDimension!, $dept: ID) { kpis(dimension: $d, departmentId: $dept) { ${KPI_FIELDS} } }`;
const SERIES = `query($dept: ID) { kpiSeries(dimension: NONE, departmentId: $dept, from: "2030-01-01", to: "2030-02-28") {
  month levelsReached timeToCompetencyMedianDays renewalsDue renewalsOnTime practiceHours playbookStepsDue playbookStepsOnTime } }`;
const SPEND = `query($dept: ID) { certificationSpend(dimension: DEPARTMENT, departmentId: $dept, from: "2029-10-01", to: "2029-12-31") {
  quarter groupId certificationsEarned certificationSpend costPerCertification } }`;

const pick = (obj: Any, path: string): unknown => path.split('.').reduce<Any>((o, k) => o?.[k], obj);
const asCell = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('outcome reports over GraphQL and CSV', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-03-01T12:00:00Z'));
  let t: TestApp;
  let hrToken: string;

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    hrToken = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
  });
  afterAll(() => t.close());

  const csv = (path: string, token: string | null) => {
    const req = request(t.app.getHttpServer()).get(path);
    if (token) req.set('authorization', `Bearer ${token}`);
    return req;
  };

  describe('certification impact', () => {
    let team: Awaited<ReturnType<typeof makeImpactScenario>>;
    let managerToken: string;

    beforeAll(async () => {
      team = await makeImpactScenario(t.dataSource, { seed: 101, effect: 4, certified: 15, peers: 15 });
      // The same certification and metric elsewhere in the organization, without effect.
      await makeImpactScenario(t.dataSource, { seed: 102, effect: 0, certified: 10, peers: 10, certificationId: team.certificationId, metric: team.metric });
      managerToken = t.token(team.manager!.subject);
    });

    it("a manager's impact is computed over their line only; HR's over everyone", async () => {
      const mine = await t.gql<Any>(IMPACT, { c: team.certificationId, m: team.metric.key }, managerToken);
      expect(mine.errors).toBeUndefined();
      expect(mine.data.certificationImpact.paired.n).toBe(15);
      expect(mine.data.certificationImpact.paired.verdict).toBe('IMPROVED');
      expect(mine.data.certificationImpact.paired.ciLow).toBeLessThan(4);
      expect(mine.data.certificationImpact.paired.ciHigh).toBeGreaterThan(4);
      const all = await t.gql<Any>(IMPACT, { c: team.certificationId, m: team.metric.key }, hrToken);
      expect(all.data.certificationImpact.paired.n).toBe(25);
    });

    it('an employee cannot call the reports (GraphQL and CSV); a manager cannot name a line outside their own', async () => {
      const employeeToken = t.token((await makeEmployee(t.dataSource, { managerId: team.managerId })).subject);
      const gql = await t.gql(IMPACT, { c: team.certificationId, m: team.metric.key }, employeeToken);
      expect(gql.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const kpis = await t.gql(KPIS, { d: 'DEPARTMENT' }, employeeToken);
      expect(kpis.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const res = await csv(`/reports/kpis.csv`, employeeToken);
      expect(res.status).toBe(403);
      expect((await csv(`/reports/kpis.csv`, null)).status).toBe(401);
      const outside = await t.gql(IMPACT, { c: team.certificationId, m: team.metric.key, mgr: (await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] })).id }, managerToken);
      expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('bad input names the field; an unknown certification is NOT_FOUND', async () => {
      const badMetric = await t.gql(IMPACT, { c: team.certificationId, m: 'no-such-metric' }, hrToken);
      expect(badMetric.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metricKey' });
      const unknown = await t.gql(IMPACT, { c: '00000000-0000-4000-8000-000000000000', m: team.metric.key }, hrToken);
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const res = await csv(`/reports/certification-impact.csv?certificationId=${team.certificationId}&metricKey=${team.metric.key}&beforeMonths=x`, hrToken);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beforeMonths' });
    });

    it('CSV export carries exactly the GraphQL numbers, with the same scoping', async () => {
      const gql = await t.gql<Any>(RANKING, { m: team.metric.key }, managerToken);
      const res = await csv(`/reports/certification-impact-ranking.csv?metricKey=${encodeURIComponent(team.metric.key)}`, managerToken);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/csv/);
      const [header, ...rows] = parseCsv(res.text);
      expect(rows).toHaveLength(gql.data.certificationImpactRanking.length);
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((row, i) => header.forEach((column, j) => expect([column, row[j]]).toEqual([column, asCell(pick(gql.data.certificationImpactRanking[i], column))])));
      expect(row(header, rows[0], 'paired.n')).toBe('15');
    });
  });

  describe('KPIs, series and spend', () => {
    let s: Awaited<ReturnType<typeof makeKpiScenario>>;
    beforeAll(async () => {
      s = await makeKpiScenario(t.dataSource);
    });

    it('computes completion, time to competency, renewals, expiry, practice use, playbook steps and drop-off per department', async () => {
      const res = await t.gql<Any>(KPIS, { d: 'DEPARTMENT', dept: s.departmentId }, hrToken);
      expect(res.errors).toBeUndefined();
      expect(res.data.kpis).toEqual([
        expect.objectContaining({
          groupId: s.departmentId, headcount: 3, assignments: 3, completed: 2, completionRate: 2 / 3,
          timeToCompetencyMedianDays: 25, timeToCompetencyP90Days: 37,
          renewalsDue: 2, renewalsOnTime: 1, renewalOnTimeRate: 0.5, expiredCount: 1,
          practiceBudgetHours: 10, practiceHoursUsed: 5, practiceBudgetUse: 0.5,
          playbookStepsDue: 2, playbookStepsOnTime: 1, playbookStepsOnTimeRate: 0.5, dropOffLevel: 'PROFICIENT', dropOffCount: 1,
        }),
      ]);
    });

    it("groups by manager, and a manager's KPIs cover their line only", async () => {
      const hr = await t.gql<Any>(KPIS, { d: 'MANAGER', dept: s.departmentId }, hrToken);
      expect(hr.data.kpis).toEqual([expect.objectContaining({ groupId: s.manager.id, headcount: 3 })]);
      const otherManager = await makeEmployee(t.dataSource, { roles: ['MANAGER', 'EMPLOYEE'] });
      const other = await t.gql<Any>(KPIS, { d: 'DEPARTMENT', dept: s.departmentId }, t.token(otherManager.subject));
      expect(other.data.kpis).toEqual([]);
      const own = await t.gql<Any>(KPIS, { d: 'DEPARTMENT' }, t.token(s.manager.subject));
      expect(own.data.kpis).toEqual([expect.objectContaining({ groupId: s.departmentId, headcount: 3, completed: 2 })]);
    });

    it('gives a monthly series', async () => {
      const res = await t.gql<Any>(SERIES, { dept: s.departmentId }, hrToken);
      expect(res.data.kpiSeries).toEqual([
        { month: '2030-01-01', levelsReached: 1, timeToCompetencyMedianDays: 10, renewalsDue: 1, renewalsOnTime: 1, practiceHours: 2, playbookStepsDue: 0, playbookStepsOnTime: 0 },
        { month: '2030-02-01', levelsReached: 1, timeToCompetencyMedianDays: 40, renewalsDue: 0, renewalsOnTime: 0, practiceHours: 3, playbookStepsDue: 2, playbookStepsOnTime: 1 },
      ]);
    });

    it('gives spend vs certifications earned per quarter and department, and the same numbers as CSV', async () => {
      const res = await t.gql<Any>(SPEND, { dept: s.departmentId }, hrToken);
      expect(res.data.certificationSpend).toEqual([{ quarter: '2029-10-01', groupId: s.departmentId, certificationsEarned: 1, certificationSpend: 300, costPerCertification: 300 }]);
      const file = await csv(`/reports/certification-spend.csv?departmentId=${s.departmentId}&from=2029-10-01&to=2029-12-31`, hrToken);
      const [header, line] = parseCsv(file.text);
      expect(row(header, line, 'certificationSpend')).toBe('300');
      expect(row(header, line, 'costPerCertification')).toBe('300');
      const kpiGql = await t.gql<Any>(KPIS, { d: 'DEPARTMENT', dept: s.departmentId }, hrToken);
      const kpiCsv = parseCsv((await csv(`/reports/kpis.csv?dimension=DEPARTMENT&departmentId=${s.departmentId}`, hrToken)).text);
      kpiCsv[0].forEach((column, j) => expect([column, kpiCsv[1][j]]).toEqual([column, asCell(kpiGql.data.kpis[0][column])]));
    });

    it('a cancelled run\'s open steps are no longer due: neither in the KPIs nor in the monthly series', async () => {
      const [run] = await t.dataSource.query(
        `INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date, status, cancelled_at, cancel_reason)
         SELECT template_id, employee_id, manager_id, started_by_id, 'Cancelled', '2030-02-05', 'CANCELLED', '2030-02-20T10:00:00Z', 'postponed'
           FROM playbook_run WHERE employee_id = ANY($1::uuid[]) LIMIT 1 RETURNING id`,
        [s.people.map((p) => p.id)],
      );
      await t.dataSource.query(`INSERT INTO playbook_run_step (run_id, position, kind, title, due_on) VALUES ($1, 1, 'BEFORE', 'Set expectations', '2030-02-03')`, [run.id]);
      const kpis = await t.gql<Any>(KPIS, { d: 'DEPARTMENT', dept: s.departmentId }, hrToken);
      expect(kpis.data.kpis[0]).toMatchObject({ playbookStepsDue: 2, playbookStepsOnTime: 1 });
      const series = await t.gql<Any>(SERIES, { dept: s.departmentId }, hrToken);
      expect(series.data.kpiSeries[1]).toMatchObject({ month: '2030-02-01', playbookStepsDue: 2, playbookStepsOnTime: 1 });
    });
  });
});

function row(header: string[], line: string[], column: string): string {
  return line[header.indexOf(column)];
}
