import { DataSource } from 'typeorm';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { managersAboveSql, REPORTING_LINE_MAX_DEPTH, ReportingLineRepository, reportingLineSql } from '@app/employees';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeEmployee } from '../support/factories';

/** The one reporting-line walk (employees' reporting-line.sql): its line, its pairs and reach agree with the org. */
describe('reporting line', () => {
  let ds: DataSource;
  let repo: ReportingLineRepository;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 4));
    await ds.initialize();
    repo = new ReportingLineRepository(new TransactionHost(ds));
  });
  afterAll(() => ds.destroy());

  const line = async (managerId: string, includeSelf = false) =>
    (await ds.query(reportingLineSql('$1', includeSelf), [managerId]) as Array<{ id: string }>).map((r) => r.id).sort();
  /** Everyone above each of `ids`, from the walk up, as `manager>employee`. */
  const pairsOf = async (ids: string[]) =>
    (await ds.query(`SELECT manager_id, employee_id FROM (${managersAboveSql('SELECT unnest($1::uuid[])')}) p`, [ids]) as Array<{ manager_id: string; employee_id: string }>)
      .map((r) => `${r.manager_id}>${r.employee_id}`).sort();

  it('follows a deep chain down to the depth cap, and no further', async () => {
    const chain = [await makeEmployee(ds)];
    for (let i = 0; i < REPORTING_LINE_MAX_DEPTH + 3; i++) chain.push(await makeEmployee(ds, { managerId: chain[i].id }));
    const ids = chain.map((p) => p.id);
    expect(await line(ids[0])).toEqual(ids.slice(1, REPORTING_LINE_MAX_DEPTH + 1).sort());
    expect(await line(ids[0], true)).toEqual(ids.slice(0, REPORTING_LINE_MAX_DEPTH + 1).sort());
    expect(await line(ids[5])).toEqual(ids.slice(6).sort());
    expect(await repo.reach(ids[0], ids[REPORTING_LINE_MAX_DEPTH])).toEqual({ exists: true, managed: true });
    expect(await repo.reach(ids[0], ids[REPORTING_LINE_MAX_DEPTH + 1])).toEqual({ exists: true, managed: false });
    expect(await repo.reach(ids[3], ids[2])).toEqual({ exists: true, managed: false });
    // the pairs walk finds, above the chain's last person, the same managers whose line holds them
    const last = ids[ids.length - 1];
    const above = ids.slice(0, -1).filter((_, i) => ids.length - 1 - i <= REPORTING_LINE_MAX_DEPTH);
    expect(above).toHaveLength(REPORTING_LINE_MAX_DEPTH);
    expect(await pairsOf([last])).toEqual(above.map((m) => `${m}>${last}`).sort());
  });

  it('takes in a wide tree whole, and the pairs walk agrees with each manager\'s line', async () => {
    const root = await makeEmployee(ds);
    const leads = await Promise.all(Array.from({ length: 12 }, () => makeEmployee(ds, { managerId: root.id })));
    const reports = (await Promise.all(leads.map((lead) => Promise.all([0, 1, 2].map(() => makeEmployee(ds, { managerId: lead.id })))))).flat();
    const everyone = [...leads, ...reports].map((p) => p.id);
    expect(await line(root.id)).toEqual([...everyone].sort());
    expect(await line(leads[4].id)).toEqual(reports.slice(12, 15).map((p) => p.id).sort());
    expect(await line(reports[0].id)).toEqual([]);
    const fromLines = (await Promise.all([root, ...leads].map(async (m) => (await line(m.id)).map((id) => `${m.id}>${id}`)))).flat().sort();
    expect(await pairsOf(everyone)).toEqual(fromLines);
    expect(await repo.reach(root.id, reports[7].id)).toEqual({ exists: true, managed: true });
    expect(await repo.reach(leads[0].id, reports[7].id)).toEqual({ exists: true, managed: false });
    expect(await repo.reach(root.id, '00000000-0000-0000-0000-000000000000')).toEqual({ exists: false, managed: false });
  });

  it('ends on a cycle without counting the manager in their own line', async () => {
    const a = await makeEmployee(ds);
    const b = await makeEmployee(ds, { managerId: a.id });
    const c = await makeEmployee(ds, { managerId: b.id });
    await ds.query(`UPDATE employee SET manager_id = $1 WHERE id = $2`, [c.id, a.id]); // a test may set up any table
    expect(await line(a.id)).toEqual([b.id, c.id].sort());
    expect(await line(a.id, true)).toEqual([a.id, b.id, c.id].sort());
    expect(await pairsOf([a.id])).toEqual([`${b.id}>${a.id}`, `${c.id}>${a.id}`].sort());
    expect(await repo.reach(a.id, a.id)).toEqual({ exists: true, managed: false });
    await ds.query(`UPDATE employee SET manager_id = NULL WHERE id = $1`, [a.id]); // no cycle left for later specs
  });
});
