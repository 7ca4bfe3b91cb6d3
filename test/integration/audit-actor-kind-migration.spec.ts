import { AuditActorKind1796226137826 } from '../../migrations/1796226137826-AuditActorKind';
import { migrateAfterSeed } from '../support/migration-fixture';

describe('migration AuditActorKind', () => {
  it('gives the entries logged before it their actor kind: EMPLOYEE with an actor, else ANONYMOUS for denials and SYSTEM for changes', async () => {
    await migrateAfterSeed(
      AuditActorKind1796226137826,
      (before) =>
        before.query(
          `INSERT INTO audit_entry (actor_id, action, entity_type, outcome) VALUES
             ('00000000-0000-4000-8000-000000000001', 'updateEmployee', 'Employee', 'OK'),
             (NULL, 'call', 'Operation', 'DENIED'),
             (NULL, 'evaluateIncentives', 'IncentiveAward', 'OK')`,
        ),
      async (after) => {
        const rows = await after.query(`SELECT action, actor_kind FROM audit_entry ORDER BY id`);
        expect(rows).toEqual([
          { action: 'updateEmployee', actor_kind: 'EMPLOYEE' },
          { action: 'call', actor_kind: 'ANONYMOUS' },
          { action: 'evaluateIncentives', actor_kind: 'SYSTEM' },
        ]);
      },
    );
  });
});
