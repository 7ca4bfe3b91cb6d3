import { DataSource } from 'typeorm';
import { buildDataSourceOptions, GenerateSql, SkipGenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { generateSqlSnapshots, LoadedRepository } from '../../scripts/sql-snapshots/generate';

class ProbeRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Inserts (a generated id), then fills the id into what it was given, as TypeORM's `save` does. */
  @GenerateSql({ params: [{ name: 'Probe department' }] })
  async insert(values: { name: string; id?: string }): Promise<void> {
    const [row] = await this.tx.query<{ id: string }>('INSERT INTO department (name) VALUES ($1) RETURNING id', [values.name]);
    values.id = row.id;
    await this.tx.query(`UPDATE department SET name = name WHERE id = $1`, [row.id]);
  }

  /** A second statement only when the first found rows (as a list that loads its found rows' details). */
  @GenerateSql({ params: [] })
  async strays(): Promise<void> {
    const rows = await this.tx.query<{ id: string }>(`SELECT id FROM job_role WHERE name LIKE 'Stray %'`);
    if (rows.length) await this.tx.query('SELECT name FROM job_role WHERE id = ANY($1)', [rows.map((r) => r.id)]);
  }

  @SkipGenerateSql('only a probe')
  build(): string {
    return '';
  }
}

class BrokenRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [] })
  missingTable(): Promise<unknown> {
    return this.tx.query('SELECT * FROM no_such_table');
  }

  @GenerateSql({ params: [SqlExample.ID] })
  badCast(id: string): Promise<unknown> {
    return this.tx.query('SELECT $1::int', [id]);
  }
}

const loaded = (type: LoadedRepository['type'], className: string, methods: string[]): LoadedRepository => ({ file: `libs/probe/src/${className}.repository.ts`, lib: 'probe', className, methods, type });

describe('npm run sql:generate', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  it('writes each example under its method with the arguments as given, masks ids the database made, and rolls everything back', async () => {
    const files = await generateSqlSnapshots(ds, [loaded(ProbeRepository, 'ProbeRepository', ['insert', 'build'])]);
    expect([...files.keys()]).toEqual(['probe/ProbeRepository.repository.sql']);
    expect(files.get('probe/ProbeRepository.repository.sql')?.split('\n\n').slice(1)).toEqual([
      '-- ProbeRepository.build: skipped, only a probe',
      [
        '-- ProbeRepository.insert',
        '-- args: [{"name":"Probe department"}]',
        'INSERT INTO department (name)',
        'VALUES ($1)',
        'RETURNING id;',
        '-- params: ["Probe department"]',
        'UPDATE department',
        'SET name = name',
        'WHERE id = $1;',
        '-- params: ["<uuid>"]\n',
      ].join('\n'),
    ]);
    expect(await ds.query(`SELECT id FROM department WHERE name = 'Probe department'`)).toEqual([]);
  });

  it('reads only the example world: rows the database already holds change neither the SQL nor themselves', async () => {
    const [{ id }] = await ds.query(`INSERT INTO job_role (name) VALUES ('Stray ' || gen_random_uuid()) RETURNING id`);
    try {
      const files = await generateSqlSnapshots(ds, [loaded(ProbeRepository, 'ProbeRepository', ['strays'])]);
      expect(files.get('probe/ProbeRepository.repository.sql')).toContain("WHERE name LIKE 'Stray %';");
      expect(files.get('probe/ProbeRepository.repository.sql')).not.toContain('ANY($1)');
      expect(await ds.query('SELECT id FROM job_role WHERE id = $1', [id])).toEqual([{ id }]);
    } finally {
      await ds.query('DELETE FROM job_role WHERE id = $1', [id]);
    }
  });

  it('runs the same twice', async () => {
    const probe = [loaded(ProbeRepository, 'ProbeRepository', ['insert', 'build'])];
    expect(await generateSqlSnapshots(ds, probe)).toEqual(await generateSqlSnapshots(ds, probe));
  });

  it('fails naming every example that failed (each runs in its own savepoint, so one failure does not hide the next)', async () => {
    const run = generateSqlSnapshots(ds, [loaded(BrokenRepository, 'BrokenRepository', ['missingTable', 'badCast'])]);
    await expect(run).rejects.toThrow(/BrokenRepository\.badCast: invalid input syntax for type integer.*\nBrokenRepository\.missingTable: relation "no_such_table" does not exist/s);
  });
});
