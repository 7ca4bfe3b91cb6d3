import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { AuditEntryRepository, AuditService } from '@app/auth';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';

describe('audit log actors', () => {
  let ds: DataSource;
  let audit: AuditService;

  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    await ds.initialize();
    const tx = new TransactionHost(ds);
    audit = new AuditService(new AuditEntryRepository(tx), tx);
  });
  afterAll(() => ds.destroy());

  it('records the kind of actor: an employee, a connector, background work, an anonymous denied caller', async () => {
    const entity = randomUUID();
    const employeeId = randomUUID();
    const connectorId = randomUUID();
    await audit.recordChange({ employeeId, subject: 'sub-hr', roles: ['HR_ADMIN'] }, 'updateEmployee', 'Probe', entity, { a: 1 }, { a: 2 });
    await audit.recordChange({ connectorId, connectorName: 'Entra ID' }, 'scimPatchUser', 'Probe', entity, null, { a: 3 });
    await audit.recordChange(null, 'evaluateIncentives', 'Probe', entity, null, null);
    await audit.recordDenied(null, 'read', 'Probe', entity);
    const rows = await ds.query(`SELECT action, actor_kind, actor_id, actor_subject FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [entity]);
    expect(rows).toEqual([
      { action: 'updateEmployee', actor_kind: 'EMPLOYEE', actor_id: employeeId, actor_subject: 'sub-hr' },
      { action: 'scimPatchUser', actor_kind: 'CONNECTOR', actor_id: connectorId, actor_subject: 'Entra ID' },
      { action: 'evaluateIncentives', actor_kind: 'SYSTEM', actor_id: null, actor_subject: null },
      { action: 'read', actor_kind: 'ANONYMOUS', actor_id: null, actor_subject: null },
    ]);
  });

  it('filters the log by actor kind', async () => {
    const entity = randomUUID();
    await audit.recordChange({ connectorId: randomUUID(), connectorName: 'Okta' }, 'scimCreateGroup', 'Probe', entity, null, {});
    await audit.recordChange(null, 'saveMonthlySnapshots', 'Probe', entity, null, {});
    const connectorEntries = await audit.list({ entityId: entity, actorKind: 'CONNECTOR' }, 10);
    expect(connectorEntries.map((e) => e.action)).toEqual(['scimCreateGroup']);
  });
});
