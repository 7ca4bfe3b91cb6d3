import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { emptyDatabase } from '../support/empty-database';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { AuditActorKind1796226137826 } from '../../migrations/1796226137826-AuditActorKind';

describe('migration AuditActorKind', () => {
  it('gives the entries logged before it their actor kind: EMPLOYEE with an actor, else ANONYMOUS for denials and SYSTEM for changes', async () => {
    const db = await emptyDatabase();
    const upTo = ALL_MIGRATIONS.indexOf(AuditActorKind1796226137826);
    const before = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS.slice(0, upTo), 1));
    const after = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    try {
      await before.initialize();
      await before.runMigrations({ transaction: 'each' });
      await before.query(
        `INSERT INTO audit_entry (actor_id, action, entity_type, outcome) VALUES
           ('00000000-0000-4000-8000-000000000001', 'updateEmployee', 'Employee', 'OK'),
           (NULL, 'call', 'Operation', 'DENIED'),
           (NULL, 'evaluateIncentives', 'IncentiveAward', 'OK')`,
      );
      await before.destroy();
      await after.initialize();
      await after.runMigrations({ transaction: 'each' });
      const rows = await after.query(`SELECT action, actor_kind FROM audit_entry ORDER BY id`);
      expect(rows).toEqual([
        { action: 'updateEmployee', actor_kind: 'EMPLOYEE' },
        { action: 'call', actor_kind: 'ANONYMOUS' },
        { action: 'evaluateIncentives', actor_kind: 'SYSTEM' },
      ]);
    } finally {
      if (before.isInitialized) await before.destroy();
      if (after.isInitialized) await after.destroy();
      await db.drop();
    }
  });
});
