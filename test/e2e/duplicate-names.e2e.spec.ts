import { makeOrg, uniqueName } from '../support/factories';
import { makeCertification } from '../support/practice-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

type Any = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A create (and, when it exists, a rename) mutation whose names are unique ignoring case and spaces. */
interface Named {
  kind: string;
  type: string;
  create: string;
  update?: string;
  extra: (ctx: { certId: string }) => Record<string, unknown>;
}

const NAMED: Named[] = [
  { kind: 'job role', type: 'JobRole', create: 'createJobRole', update: 'updateJobRole', extra: () => ({}) },
  { kind: 'certification', type: 'Certification', create: 'createCertification', update: 'updateCertification', extra: () => ({ issuer: 'CNCF' }) },
  { kind: 'rule', type: 'IncentiveRule', create: 'createIncentiveRule', update: 'updateIncentiveRule', extra: ({ certId }) => ({ kind: 'BONUS', certificationId: certId, baseAmount: 10, currency: 'EUR' }) },
  { kind: 'playbook template', type: 'PlaybookTemplate', create: 'createPlaybookTemplate', update: 'updatePlaybookTemplate', extra: () => ({}) },
  { kind: 'connector', type: 'Connector', create: 'createConnector', update: 'updateConnector', extra: () => ({ kind: 'CSV' }) },
  { kind: 'department', type: 'Department', create: 'createDepartment', extra: () => ({}) },
  { kind: 'location', type: 'Location', create: 'createLocation', extra: () => ({}) },
];

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
const inputType = (mutation: string) => (/^create(Department|Location)$/.test(mutation) ? 'NamedInput' : `${capital(mutation)}Input`);
const call = (mutation: string, type: string) => `mutation($input: ${inputType(mutation)}!) { ${mutation}(input: $input) {
  __typename ... on ${type} { id name } ... on DuplicateNameError { errorCode message field existingId } } }`;

describe('a duplicate name is the same answer everywhere: a DuplicateNameError result, compared trimmed and ignoring case', () => {
  let t: TestApp;
  let hr: string;
  let certId: string;

  beforeAll(async () => {
    t = await startTestApp();
    hr = t.token((await makeOrg(t.dataSource)).hr.subject);
    certId = await makeCertification(t.dataSource);
  });
  afterAll(() => t.close());

  it.each(NAMED)('$create twice with the same name in another case', async ({ kind, type, create, extra }) => {
    const name = uniqueName(`Same ${kind}`);
    const first = await t.gql<Any>(call(create, type), { input: { name, ...extra({ certId }) } }, hr);
    expect(first.data[create]).toEqual({ __typename: type, id: expect.any(String), name });
    const again = await t.gql<Any>(call(create, type), { input: { name: ` ${name.toUpperCase()} `, ...extra({ certId }) } }, hr);
    expect(again.errors).toBeUndefined();
    expect(again.data[create]).toEqual({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', field: 'name', existingId: first.data[create].id, message: `A ${kind} named "${name}" already exists.` });
  });

  it.each(NAMED.filter((n) => n.update))('$update to a name another has, in another case; renaming to its own name in another case is fine', async ({ kind, type, create, update, extra }) => {
    const name = uniqueName(`Taken ${kind}`);
    const first = (await t.gql<Any>(call(create, type), { input: { name, ...extra({ certId }) } }, hr)).data[create];
    const other = (await t.gql<Any>(call(create, type), { input: { name: uniqueName(`Other ${kind}`), ...extra({ certId }) } }, hr)).data[create];
    const clash = await t.gql<Any>(call(update as string, type), { input: { id: other.id, name: name.toLowerCase() } }, hr);
    expect(clash.data[update as string]).toEqual({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', field: 'name', existingId: first.id, message: `A ${kind} named "${name}" already exists.` });
    const own = await t.gql<Any>(call(update as string, type), { input: { id: first.id, name: name.toUpperCase() } }, hr);
    expect(own.data[update as string]).toEqual({ __typename: type, id: first.id, name: name.toUpperCase() });
  });

  it.each(NAMED.filter((n) => ['createDepartment', 'createLocation', 'createConnector'].includes(n.create)))(
    '$create: "  sales " and "Sales" at the same moment: the database keeps one, the other is the same DuplicateNameError',
    async ({ kind, type, create, extra }) => {
      const name = uniqueName(`Race ${kind}`);
      const answers = await Promise.all(
        [`  ${name.toLowerCase()} `, name, name.toUpperCase()].map((n) => t.gql<Any>(call(create, type), { input: { name: n, ...extra({ certId }) } }, hr)),
      );
      expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
      const results = answers.map((a) => a.data[create]);
      const made = results.filter((r) => r.__typename === type);
      expect(made).toHaveLength(1);
      for (const r of results.filter((x) => x !== made[0])) expect(r).toEqual({ __typename: 'DuplicateNameError', errorCode: 'DUPLICATE_NAME', field: 'name', existingId: made[0].id, message: `A ${kind} named "${made[0].name}" already exists.` });
      const table = create.replace(/^create/, '').toLowerCase();
      expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE lower(btrim(name)) = lower($1)`, [name])).toEqual([{ n: 1 }]);
    },
  );
});
