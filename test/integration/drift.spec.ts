import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Column, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { Public } from '@app/auth';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { printAppSchema, SCHEMA_FILE } from '../../apps/api/src/graphql/schema-printer';
import { pendingSchemaSql } from '../../scripts/pending-schema-sql';
import { startTestApp } from '../support/test-app';

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

const committedSchema = () => readFileSync(join(__dirname, '../..', SCHEMA_FILE), 'utf8');

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
});
