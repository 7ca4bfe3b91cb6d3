import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { buildDataSourceOptions, GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { Public } from '@app/auth';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { printAppSchema, SCHEMA_FILE } from '../../apps/api/src/graphql/schema-printer';
import { pendingSchemaSql } from '../../scripts/pending-schema-sql';
import { startTestApp } from '../support/test-app';
import { generateSqlSnapshots, LoadedRepository, loadRepositories, SQL_SNAPSHOT_DIR } from '../../scripts/sql-snapshots/generate';
import { findRepositories } from '../../scripts/sql-snapshots/repositories';
import { differingSnapshots, readSnapshots, renderSnapshots, writeSnapshots } from '../../scripts/sql-snapshots/snapshot-files';

@Entity('drift_probe')
class DriftProbe {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) note: string;
}

@Resolver()
class DriftProbeResolver {
  @Public()
  @Query(() => String)
  driftProbe(): string {
    return 'probe';
  }
}
@Module({ providers: [DriftProbeResolver] })
class DriftProbeModule {}

class DriftProbeRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  probe(id: string): Promise<unknown[]> {
    return this.tx.query('SELECT count(*) FROM employee WHERE manager_id = $1', [id]);
  }
}

const root = join(__dirname, '../..');
const committedSchema = () => readFileSync(join(root, SCHEMA_FILE), 'utf8');

describe('drift checks (CI fails on a stale schema or a model change without a migration)', () => {
  it('schema/schema.gql matches the code (run `npm run schema:generate` if this fails)', async () => {
    const t = await startTestApp();
    try {
      expect(printAppSchema(t.app)).toBe(committedSchema());
    } finally {
      await t.close();
    }
  });

  it('the schema check notices a resolver change', async () => {
    const t = await startTestApp({}, undefined, [DriftProbeModule]);
    try {
      const printed = printAppSchema(t.app);
      expect(printed).toContain('driftProbe: String!');
      expect(printed).not.toBe(committedSchema());
    } finally {
      await t.close();
    }
  });

  it('the migrations match the entities (run `npm run migration:generate -- <Name>` if this fails)', async () => {
    const ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    await ds.initialize();
    try {
      expect((await pendingSchemaSql(ds)).up).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('the migration check notices an entity without a migration', async () => {
    const ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, [...ALL_ENTITIES, DriftProbe], ALL_MIGRATIONS, 1));
    await ds.initialize();
    try {
      const { up } = await pendingSchemaSql(ds);
      expect(up.some((q) => q.includes('CREATE TABLE "drift_probe"'))).toBe(true);
    } finally {
      await ds.destroy();
    }
  });

  describe('SQL snapshots', () => {
    let ds: DataSource;
    const repositories = () => loadRepositories(root, findRepositories(root));
    beforeAll(async () => {
      ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 1));
      await ds.initialize();
    });
    afterAll(() => ds.destroy());

    it('schema/sql holds the SQL the repositories run (run `npm run sql:generate` if this fails, and read the diff)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sql-snapshots-'));
      try {
        writeSnapshots(dir, await generateSqlSnapshots(ds, repositories()));
        const generated = readSnapshots(dir);
        const committed = readSnapshots(join(root, SQL_SNAPSHOT_DIR));
        expect(committed.size).toBeGreaterThan(0);
        const differing = differingSnapshots(committed, generated);
        try {
          expect(renderSnapshots(generated, differing)).toBe(renderSnapshots(committed, differing));
        } catch (e) {
          (e as Error).message = `Stale SQL snapshots (run \`npm run sql:generate\`): ${differing.join(', ')}\n\n${(e as Error).message}`;
          throw e;
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('the SQL check notices a repository running SQL the snapshot does not show', async () => {
      const probe: LoadedRepository = { file: 'libs/employees/src/employee.repository.ts', lib: 'employees', className: 'DriftProbeRepository', methods: ['probe'], type: DriftProbeRepository };
      const generated = await generateSqlSnapshots(ds, [...repositories(), probe]);
      expect(differingSnapshots(readSnapshots(join(root, SQL_SNAPSHOT_DIR)), generated)).toEqual(['employees/employee.repository.sql']);
      expect(generated.get('employees/employee.repository.sql')).toContain(
        `-- DriftProbeRepository.probe\n-- args: ["${SqlExample.ID}"]\nSELECT count(*)\nFROM employee\nWHERE manager_id = $1;\n-- params: ["${SqlExample.ID}"]`,
      );
    });
  });
});
