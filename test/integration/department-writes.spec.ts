import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { DepartmentWriteRepository } from '@app/employees';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeDepartment, makeEmployee, uniqueName } from '../support/factories';

/** The port through which sources (SCIM Groups) write departments: names unique trimmed and ignoring case, and the write lock. */
describe('department writes', () => {
  let ds: DataSource;
  let host: TransactionHost;
  let departments: DepartmentWriteRepository;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 3));
    await ds.initialize();
    host = new TransactionHost(ds);
    departments = new DepartmentWriteRepository(host);
  });
  afterAll(() => ds.destroy());

  const nameOf = async (id: string) => ((await ds.query(`SELECT name FROM department WHERE id = $1`, [id])) as Array<{ name: string }>)[0]?.name;

  it('inserts a department under its trimmed name, and nothing when the name is taken in another case or spacing', async () => {
    const name = uniqueName('Platform');
    const made = await departments.insertUnlessNamed(`  ${name} `);
    expect(made).toEqual({ id: expect.any(String), name });
    expect(await departments.insertUnlessNamed(` ${name.toUpperCase()}`)).toBeNull();
    expect(await departments.lockByName(name.toLowerCase())).toBe(made?.id);
    expect(await departments.lockByName(uniqueName('Nobody'))).toBeNull();
  });

  it('renames, and refuses a name another department has', async () => {
    const [a, b] = [await makeDepartment(ds), await makeDepartment(ds)];
    const name = uniqueName('Data');
    expect(await departments.rename(a, name)).toBe(true);
    expect(await nameOf(a)).toBe(name);
    expect(await departments.rename(b, name.toLowerCase())).toBe(false);
    expect(await nameOf(b)).not.toBe(name.toLowerCase());
  });

  it('touch moves updated_at', async () => {
    const id = await makeDepartment(ds);
    await ds.query(`UPDATE department SET updated_at = now() - interval '1 day' WHERE id = $1`, [id]);
    await departments.touch(id);
    const [{ fresh }] = await ds.query(`SELECT updated_at > now() - interval '1 minute' AS fresh FROM department WHERE id = $1`, [id]);
    expect(fresh).toBe(true);
  });

  it('locks by id for other writers, not for people moving in; an unknown id or one that is no uuid locks nothing', async () => {
    const id = await makeDepartment(ds);
    const person = await makeEmployee(ds);
    expect(await departments.lockById('not-a-uuid')).toBe(false);
    expect(await departments.lockById(randomUUID())).toBe(false);
    const other = ds.createQueryRunner();
    try {
      await host.run(async () => {
        expect(await departments.lockById(id)).toBe(true);
        await other.startTransaction();
        await other.query(`SET LOCAL lock_timeout = '5s'`);
        // Someone moves into the department meanwhile: their foreign key check takes KEY SHARE, which the lock allows.
        await other.query(`UPDATE employee SET department_id = $1 WHERE id = $2`, [id, person.id]); // a test may set up any table
        await expect(other.query(`SELECT id FROM department WHERE id = $1 FOR NO KEY UPDATE NOWAIT`, [id])).rejects.toThrow(/could not obtain lock/);
        await other.rollbackTransaction();
      });
    } finally {
      await other.release();
    }
  });
});
