import { GraphQLSchemaHost } from '@nestjs/graphql';
import { makeOrg } from '../support/factories';
import { entriesOf, probe, ProbedResponse } from '../support/audit-probe';
import { everyMutation, SchemaCall } from '../support/schema-calls';
import { startTestApp, TestApp } from '../support/test-app';

/** The outcome an error code must be audited with (a NOT_FOUND is DENIED when the object exists but is out of sight). */
const OUTCOMES: Record<string, string[]> = {
  FORBIDDEN: ['DENIED'],
  NOT_FOUND: ['NOT_FOUND', 'DENIED'],
  BAD_USER_INPUT: ['INVALID'],
  UNAUTHENTICATED: ['UNAUTHENTICATED'],
  CONFLICT: ['REFUSED'],
  INTERNAL_SERVER_ERROR: ['FAILED'],
};

/** The code of a refusal (an error, or a union error result), or null when the call succeeded. */
function refusalOf(call: SchemaCall, res: ProbedResponse): { expected: string[]; what: string } | null {
  const code = res.body.errors?.[0]?.extensions?.code;
  if (code) return { expected: OUTCOMES[code] ?? [`(unmapped code ${code})`], what: code };
  const typename = (res.body.data?.[call.field] as { __typename?: string } | null)?.__typename ?? '';
  if (typename.endsWith('Refused')) return { expected: ['DENIED'], what: typename };
  if (typename.endsWith('Error')) return { expected: ['REFUSED'], what: typename };
  return null;
}

/**
 * Schema-driven: every mutation (read from the schema, so a new one is covered by itself) is called by an employee
 * with ids that are not theirs, and without a token. Each refusal must leave an entry with its true outcome.
 */
describe('every mutation\'s refusals are audited', () => {
  let t: TestApp;
  let calls: SchemaCall[];
  let employee: string;

  beforeAll(async () => {
    t = await startTestApp();
    const org = await makeOrg(t.dataSource);
    employee = t.token(org.alice.subject);
    calls = everyMutation(t.app.get(GraphQLSchemaHost).schema);
  });
  afterAll(() => t.close());

  async function walk(token: string | null): Promise<{ missing: string[]; served: string[] }> {
    const missing: string[] = [];
    const served: string[] = [];
    for (const [i, call] of calls.entries()) {
      // Anonymous calls come from addresses of their own: the per-address cap on anonymous entries is tested elsewhere.
      const res = await probe(t, { query: call.query, variables: call.variables, token, address: token ? undefined : `10.9.${i >> 8}.${i & 255}` });
      const refusal = refusalOf(call, res);
      if (!refusal) {
        served.push(call.field);
        continue;
      }
      const outcomes = (await entriesOf(t, res.requestId)).map((e) => e.outcome);
      if (!outcomes.some((o) => refusal.expected.includes(o))) missing.push(`${call.field}: ${refusal.what} audited as [${outcomes.join(', ')}]`);
    }
    return { missing, served };
  }

  it('reads every mutation from the schema', () => {
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.map((c) => c.field)).toEqual(expect.arrayContaining(['recordCertification', 'decidePracticeBudget', 'runConnectorSync', 'startPlaybookRun']));
  });

  it('as an employee aiming at ids that are not theirs: each refusal has an entry with its true outcome', async () => {
    const { missing, served } = await walk(employee);
    expect(missing).toEqual([]);
    // Only self-service mutations (createMyCalendarFeed, updateMyNotificationPreferences…) may be served.
    expect(served.filter((f) => !f.includes('My'))).toEqual([]);
  });

  it('without a token: every mutation is UNAUTHENTICATED, and audited so', async () => {
    const { missing, served } = await walk(null);
    expect(missing).toEqual([]);
    expect(served).toEqual([]);
  });
});
