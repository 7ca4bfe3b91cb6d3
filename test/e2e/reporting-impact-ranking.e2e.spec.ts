import request from 'supertest';
import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeEmployee } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { makeImpactScenario, makeMetric } from '../support/reporting-fixtures';
import { parseCsv } from '../support/reporting-kpi-fixtures';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TEST = 'ciLow ciHigh standardError degreesOfFreedom pValue tested significant warning';
const RANKING = `query($m: String!) { certificationImpactRanking(metricKey: $m) {
  certificationId summary rankScore paired { n ${TEST} } peers { nCertified nPeers ${TEST} } } }`;
const IMPACT = `query($c: ID!, $m: String!) { certificationImpact(certificationId: $c, metricKey: $m) { summary peers { warning } } }`;

describe('impact ranking counts only real tests', () => {
  let t: TestApp;
  let hr: string;
  let metric: { id: string; key: string };
  let real: Awaited<ReturnType<typeof makeImpactScenario>>;
  let flat: Awaited<ReturnType<typeof makeImpactScenario>>;

  beforeAll(async () => {
    t = await startTestApp({}, new FixedClock(DateTime.fromISO('2030-03-01T12:00:00Z')));
    hr = t.token((await makeEmployee(t.dataSource, { roles: ['HR_ADMIN', 'EMPLOYEE'] })).subject);
    metric = await makeMetric(t.dataSource);
    real = await makeImpactScenario(t.dataSource, { seed: 201, effect: 4, certified: 15, peers: 15, metric });
    flat = await makeImpactScenario(t.dataSource, { seed: 202, effect: 0, certified: 12, peers: 12, metric });
    // Every certified person exactly +4 after earning it, every peer exactly flat: no variation anywhere.
    await t.dataSource.query(
      `UPDATE metric_observation o SET value = CASE WHEN o.period_start > date_trunc('month', c.earned_on) THEN 54 ELSE 50 END
         FROM (SELECT unnest($1::uuid[]) AS employee_id) p LEFT JOIN certification_record c ON c.employee_id = p.employee_id AND c.certification_id = $2
        WHERE o.employee_id = p.employee_id AND o.metric_id = $3`,
      [[...flat.certifiedIds, ...flat.peerIds], flat.certificationId, metric.id],
    );
  });
  afterAll(() => t.close());

  it('groups without variation get no interval, no degrees of freedom and no rank score, and rank below a real significant effect', async () => {
    const res = await t.gql<Any>(RANKING, { m: metric.key }, hr);
    expect(res.errors).toBeUndefined();
    const [first, second] = res.data.certificationImpactRanking;
    expect(first.certificationId).toBe(real.certificationId);
    expect(first.rankScore).toBeGreaterThan(0);
    expect(first.peers).toMatchObject({ tested: true, significant: true });
    expect(second.certificationId).toBe(flat.certificationId);
    expect(second.rankScore).toBeNull();
    for (const test of [second.paired, second.peers]) {
      expect(test).toMatchObject({ ciLow: null, ciHigh: null, degreesOfFreedom: null, pValue: null, tested: false, significant: false, standardError: 0 });
    }
    expect(second.summary).toBe('The values show no variation, so no statistical test was run; check the data. It is not ranked: no statistical test could be run.');
  });

  it('a summary quoting a warning ends with one period', async () => {
    const lone = await makeImpactScenario(t.dataSource, { seed: 203, effect: 4, certified: 12, peers: 1, metric });
    const res = await t.gql<Any>(IMPACT, { c: lone.certificationId, m: metric.key }, hr);
    const { summary, peers } = res.data.certificationImpact;
    expect(peers.warning).toMatch(/^Too few people \(12 certified, \d+ peers?; at least 10 in each needed\) to say anything yet\.$/);
    expect(summary).toBe(`Certified people improved after earning it (significant at 95%), but the comparison with peers is not conclusive: ${peers.warning}`);
    expect(summary).not.toMatch(/\.\./);
  });

  it('the ranking CSV carries standard error, degrees of freedom, improvement and the metric\'s name, unit and direction', async () => {
    const res = await request(t.app.getHttpServer()).get(`/reports/certification-impact-ranking.csv?metricKey=${metric.key}`).set('authorization', `Bearer ${hr}`);
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv(res.text);
    for (const column of ['metricName', 'metricUnit', 'higherIsBetter', 'paired.standardError', 'paired.degreesOfFreedom', 'paired.improvement', 'peers.standardError', 'peers.degreesOfFreedom', 'peers.improvement', 'peers.tested']) {
      expect(header).toContain(column);
    }
    const cell = (row: string[], column: string) => row[header.indexOf(column)];
    const realRow = rows.find((r) => cell(r, 'certificationId') === real.certificationId) as string[];
    expect([cell(realRow, 'metricName'), cell(realRow, 'metricUnit'), cell(realRow, 'higherIsBetter')]).toEqual([`Metric ${metric.key}`, 'points', 'true']);
    expect(Number(cell(realRow, 'peers.degreesOfFreedom'))).toBeGreaterThan(10);
    expect(Number(cell(realRow, 'paired.improvement'))).toBeGreaterThan(2);
    const flatRow = rows.find((r) => cell(r, 'certificationId') === flat.certificationId) as string[];
    expect([cell(flatRow, 'peers.degreesOfFreedom'), cell(flatRow, 'peers.ciLow'), cell(flatRow, 'rankScore'), cell(flatRow, 'peers.tested')]).toEqual(['', '', '', 'false']);
  });
});
