import { AuditService } from '@app/auth';
import type { Viewer } from '@app/shared';
import { makeOrg, uniqueName } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import { statementsOf } from '../support/statement-texts';

/** Plain: every field read as JSON text in the page's one statement (raw-json.ts). */
const PLAIN = `__typename id at actorKind actorId actorSubject action entityType entityId outcome before after requestId detail`;
/** An audit log query for `args`: PLAIN, or the same fields through a fragment (answered by the resolvers). */
const query = (args: string, mode: 'raw' | 'resolved') =>
  mode === 'raw' ? `{ auditLog(${args}) { ${PLAIN} } }` : `{ auditLog(${args}) { ...E } } fragment E on AuditEntry { ${PLAIN} }`;

type Entry = { id: string; at: string; entityId: string | null };

describe('a page of the audit log read as JSON text answers exactly as the resolvers do', () => {
  let t: TestApp;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  const entity = uniqueName('probe');
  beforeAll(async () => {
    t = await startTestApp();
    org = await makeOrg(t.dataSource);
    const audit = t.app.get(AuditService);
    const hr: Viewer = { employeeId: org.hr.id, subject: org.hr.subject, roles: ['HR_ADMIN'] };
    // Numbers as jsonb keeps them (1.50, 1e2), text with quotes, unicode and control characters, nested values, nulls.
    await audit.recordChange(hr, 'updateEmployee', 'Probe', entity, { level: 1.5, big: 100, note: 'a "quoted" \\ line\nnext' }, { level: 2, tags: ['é', '日本', null], nested: { deep: { x: true } } });
    await audit.recordChange({ connectorId: org.hr.id, connectorName: 'Entra ID' }, 'scimPatchUser', 'Probe', entity, null, { a: 3 });
    await audit.recordChange(null, 'evaluateIncentives', 'Probe', entity, null, null);
    await audit.recordRefusal(hr, 'INVALID', 'call', 'Probe', entity, { code: 'BAD_USER_INPUT', field: 'email' });
    await t.dataSource.query(`UPDATE audit_entry SET before = '{"ratio": 1.50, "hundred": 1e2}'::jsonb WHERE entity_id = $1 AND actor_kind = 'SYSTEM'`, [entity]);
  });
  afterAll(() => t.close());

  const read = async (args: string, mode: 'raw' | 'resolved') => {
    let res!: Awaited<ReturnType<typeof t.gql<{ auditLog: Entry[] }>>>;
    const statements = await statementsOf(t.dataSource, async () => (res = await t.gql<{ auditLog: Entry[] }>(query(args, mode), {}, t.token(org.hr.subject))));
    expect(res.errors).toBeUndefined();
    return { entries: res.data.auditLog, statements: statements.filter((s) => s.includes('audit_entry')) };
  };

  it('answers the same entries, field for field, in one statement written as JSON', async () => {
    const raw = await read(`entityId: "${entity}"`, 'raw');
    const resolved = await read(`entityId: "${entity}"`, 'resolved');
    expect(raw.statements).toEqual([expect.stringContaining('json_build_object')]);
    expect(resolved.statements.some((s) => s.includes('json_build_object'))).toBe(false);
    expect(raw.entries).toHaveLength(4);
    expect(JSON.stringify(raw.entries)).toBe(JSON.stringify(resolved.entries));
    // The instant as DateTime writes it: UTC with milliseconds (the column keeps microseconds).
    for (const e of raw.entries) expect(e.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it('keeps filters and paging: the page after an entry, and a filter by outcome, match the resolvers', async () => {
    const all = await read(`entityId: "${entity}"`, 'raw');
    const before = all.entries[1].id;
    for (const args of [`entityId: "${entity}", before: "${before}"`, `entityId: "${entity}", outcome: "INVALID"`, `entityId: "${entity}", first: 1`]) {
      const raw = await read(args, 'raw');
      const resolved = await read(args, 'resolved');
      expect(JSON.stringify(raw.entries)).toBe(JSON.stringify(resolved.entries));
      expect(raw.entries.length).toBeGreaterThan(0);
    }
    expect((await read(`entityId: "${entity}", before: "${before}"`, 'raw')).entries.map((e) => e.id)).toEqual(all.entries.slice(2).map((e) => e.id));
  });

  it('stays HR only: a manager is refused either way', async () => {
    for (const mode of ['raw', 'resolved'] as const) {
      const res = await t.gql(query('first: 5', mode), {}, t.token(org.manager.subject));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
