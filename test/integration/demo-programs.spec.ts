import request from 'supertest';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/shared';
import { createApp } from '../../apps/api/src/bootstrap';
import { loadDemoOrganizationIfEmpty } from '../../apps/api/src/demo/demo-seed';
import { DEMO_IMPACT_CERTIFICATION, DEMO_METRIC_KEY } from '../../apps/api/src/demo/demo-programs';
import { emptyDatabase } from '../support/empty-database';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('demo organization: programs HR runs', () => {
  it('shows incentive rules with awards, a SCIM connector with a sync run, a CSV import with a bad line, and a significant certification impact', async () => {
    const db = await emptyDatabase();
    const config = loadConfig({ NODE_ENV: 'development', DATABASE_URL: db.url });
    const app = await createApp({ config, databaseUrl: db.url, logger: pino({ level: 'silent' }) });
    try {
      const tokens = await loadDemoOrganizationIfEmpty(app, config);
      const hr = tokens?.find((t) => t.label === 'HR admin')?.token as string;
      const gql = async (query: string, variables: Any = {}): Promise<Any> => {
        const res = await request(app.getHttpServer()).post('/graphql').set('authorization', `Bearer ${hr}`).send({ query, variables });
        expect(res.body.errors).toBeUndefined();
        return res.body.data;
      };

      const { incentiveRules } = await gql('{ incentiveRules { name kind amountRecurrence } }');
      expect(incentiveRules.map((r: Any) => r.kind).sort()).toEqual(['BONUS', 'ELIGIBILITY', 'PAY_STEP']);
      expect(incentiveRules.find((r: Any) => r.kind === 'PAY_STEP').amountRecurrence).toBe('RECURRING');
      const { incentiveAwards } = await gql('{ incentiveAwards { status rule { name } employee { displayName } } }');
      expect(new Set(incentiveAwards.map((a: Any) => a.status))).toEqual(new Set(['APPROVED', 'PENDING']));
      const { incentiveAwardsAwaitingApproval: waiting } = await gql('{ incentiveAwardsAwaitingApproval { rule { name } employee { displayName } } }');
      expect(waiting.length).toBeGreaterThan(0);
      expect(waiting[0].employee.displayName).toEqual(expect.any(String));
      const { recognitionAudit } = await gql('{ recognitionAudit { total referencingNewSkill } }');
      expect(recognitionAudit.reduce((n: number, r: Any) => n + r.referencingNewSkill, 0)).toBeGreaterThan(0);

      const { connectors } = await gql('{ connectors { id kind name } }');
      const byKind = (kind: string) => connectors.find((c: Any) => c.kind === kind);
      const scimRuns = (await gql('query($id: ID!) { syncRuns(connectorId: $id) { status created updated } }', { id: byKind('SCIM').id })).syncRuns;
      expect(scimRuns).toEqual([{ status: 'SUCCEEDED', created: 4, updated: 6 }]);
      const [csvRun] = (await gql('query($id: ID!) { syncRuns(connectorId: $id) { id mode failed } }', { id: byKind('CSV').id })).syncRuns;
      expect(csvRun).toMatchObject({ mode: 'UPLOAD', failed: 1 });
      const { syncErrors } = await gql('query($id: ID!) { syncErrors(runId: $id) { line field message } }', { id: csvRun.id });
      expect(syncErrors).toEqual([{ line: 5, field: 'email', message: 'email must be an email address' }]);

      const [cert] = await app.get(DataSource).query(`SELECT id FROM certification WHERE name = $1`, [DEMO_IMPACT_CERTIFICATION]);
      const { certificationImpact: impact } = await gql(
        'query($c: ID!, $m: String!) { certificationImpact(certificationId: $c, metricKey: $m) { summary rankScore paired { n significant verdict ciLow } peers { nPeers tested } } }',
        { c: cert.id, m: DEMO_METRIC_KEY },
      );
      expect(impact.paired).toMatchObject({ significant: true, verdict: 'IMPROVED' });
      expect(impact.paired.n).toBeGreaterThanOrEqual(10);
      expect(impact.paired.ciLow).toBeGreaterThan(0);
      expect(impact.rankScore).toBeGreaterThan(0);
      expect(impact.summary).toMatch(/^Certified people improved/);
    } finally {
      await app.close();
      await db.drop();
    }
  }, 180_000); // a new database, every migration and the whole demo: about a minute on a busy machine
});
