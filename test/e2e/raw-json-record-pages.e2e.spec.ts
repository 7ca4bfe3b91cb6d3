import { DateTime } from 'luxon';
import { FixedClock } from '@app/shared';
import { makeOrg } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { statementsOf } from '../support/statement-texts';
import { holdCert, makeCert } from '../support/snapshot-fixtures';

/** Plain: each record read as JSON text in the page's one statement (raw-json.ts). */
const PLAIN = `__typename id employeeId certificationId status daysLeft effectiveDeadline earnedOn expiresOn windowOpensOn graceEndsOn extendedUntil
  extensionReason renewsId supersededById credentialId credentialUrl evidenceUrl
  certification { __typename id name issuer validityAmount } employee { __typename id displayName email }`;
/** Not plain (a timestamp, an alias): through the resolvers. */
const RESOLVED = `id createdAt d: daysLeft certification { name } employee { displayName }`;

type Node = { id: string };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Node[] };

const RENEWALS = (fields: string) => `query($after: String) { renewalsDue(withinDays: 400, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`;
const RECORDS = (fields: string) => `query($after: String) { certificationRecords(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`;

describe('certification record pages read as JSON text answer exactly as each record read alone', () => {
  const clock = new FixedClock(DateTime.fromISO('2030-01-15T12:00:00Z'));
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  beforeAll(async () => {
    t = await startTestApp({}, clock);
    org = await makeOrg(t.dataSource);
    const cert = await makeCert(t.dataSource);
    await holdCert(t.dataSource, org.alice.id, cert.id, '2027-01-10', '2030-02-10', '2029-12-10', '2030-03-12');
    await holdCert(t.dataSource, org.alice.id, (await makeCert(t.dataSource)).id, '2027-01-10', '2030-06-10', '2030-04-10', '2030-07-10');
    await holdCert(t.dataSource, org.bob.id, cert.id, '2027-03-01', '2030-01-20', '2029-11-20', '2030-02-19');
    await holdCert(t.dataSource, org.outsider.id, cert.id, '2027-03-01', '2030-01-25', '2029-11-25', '2030-02-24');
  });
  afterAll(() => t.close());

  it.each([
    ['renewalsDue', RENEWALS],
    ['certificationRecords', RECORDS],
  ] as const)('%s: each record, page by page, is byte for byte that record read alone, in the line only', async (root, query) => {
    const token = t.token(org.manager.subject);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      let res!: Awaited<ReturnType<typeof t.gql<Record<string, Page>>>>;
      const statements = await statementsOf(t.dataSource, async () => (res = await t.gql<Record<string, Page>>(query(PLAIN), { after }, token)));
      expect(res.errors).toBeUndefined();
      expect(statements.some((s) => s.includes('node_json'))).toBe(true);
      const viaResolvers = await t.gql<Record<string, Page>>(query(RESOLVED), { after }, token);
      expect(res.data[root].nodes.map((n) => n.id)).toEqual(viaResolvers.data[root].nodes.map((n) => n.id));
      expect(res.data[root].pageInfo).toEqual(viaResolvers.data[root].pageInfo);
      expect(res.data[root].totalCount).toBe(3);
      for (const node of res.data[root].nodes) {
        const alone = await t.gql<{ certificationRecord: Node }>(`query($id: ID!) { certificationRecord(id: $id) { ${PLAIN} } }`, { id: node.id }, token);
        expect(JSON.stringify(node)).toBe(JSON.stringify(alone.data.certificationRecord));
        seen.push(node.id);
      }
      after = res.data[root].pageInfo.hasNextPage ? res.data[root].pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(3);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM certification_record WHERE id = ANY($1) AND employee_id = ANY($2)`, [seen, [org.alice.id, org.bob.id]]);
    expect(n).toBe(3);
  });

  it('a selection through the resolvers reads no JSON text', async () => {
    const statements = await statementsOf(t.dataSource, () => t.gql(RENEWALS(RESOLVED), {}, t.token(org.manager.subject)));
    expect(statements.some((s) => s.includes('node_json'))).toBe(false);
  });

  it('reads as JSON text a selection that needs nothing of today, for HR without a filter', async () => {
    let res!: Awaited<ReturnType<typeof t.gql<{ certificationRecords: Page }>>>;
    const statements = await statementsOf(t.dataSource, async () => (res = await t.gql<{ certificationRecords: Page }>(`{ certificationRecords(first: 1) { nodes { id } } }`, {}, t.token(org.hr.subject))));
    expect(res.errors).toBeUndefined();
    expect(res.data.certificationRecords.nodes).toHaveLength(1);
    expect(statements.some((s) => s.includes('node_json'))).toBe(true);
  });

  it('myCertifications: read as JSON text in one statement, byte for byte what the resolvers answer', async () => {
    // Cost and hours as the console asks for them: numeric columns, written as JavaScript writes the Numbers made of them.
    await t.dataSource.query(`UPDATE certification SET estimated_hours = 12.5, cost_amount = 1234.50 WHERE id IN (SELECT certification_id FROM certification_record WHERE employee_id = $1 ORDER BY earned_on LIMIT 1)`, [org.alice.id]);
    await t.dataSource.query(`UPDATE certification SET estimated_hours = 0.1, cost_amount = 0.07 WHERE id IN (SELECT certification_id FROM certification_record WHERE employee_id = $1 ORDER BY expires_on DESC LIMIT 1)`, [org.alice.id]);
    const fields = `__typename status daysLeft effectiveDeadline renewalRequirements studyGuideUrl estimatedHours costAmount costCurrency payoff
      record { __typename id earnedOn expiresOn status certification { name costAmount } employee { displayName } } certification { __typename id name issuer estimatedHours }`;
    const token = t.token(org.alice.subject);
    let raw!: Awaited<ReturnType<typeof t.gql<{ myCertifications: Array<Record<string, unknown>> }>>>;
    const statements = await statementsOf(t.dataSource, async () => (raw = await t.gql<{ myCertifications: Array<Record<string, unknown>> }>(`{ myCertifications { ${fields} } }`, {}, token)));
    expect(raw.errors).toBeUndefined();
    expect(statements.filter((s) => s.includes('certification_record'))).toEqual([expect.stringContaining('json_build_object')]);
    // An alias sends the same selection through the resolvers; without the aliased field, the answers are the same text.
    const resolved = await t.gql<{ myCertifications: Array<Record<string, unknown>> }>(`{ myCertifications { ${fields} cost: costAmount } }`, {}, token);
    expect(JSON.stringify(raw.data)).toContain('"costAmount":1234.5');
    expect(raw.data.myCertifications).toHaveLength(2);
    expect(JSON.stringify(raw.data.myCertifications)).toBe(JSON.stringify(resolved.data.myCertifications.map(({ cost: _cost, ...rest }) => rest)));
  });
});
