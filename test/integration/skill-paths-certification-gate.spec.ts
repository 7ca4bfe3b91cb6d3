import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { AppConfig, FixedClock, OrgCalendar } from '@app/shared';
import { buildDataSourceOptions, TransactionHost } from '@app/persistence';
import { AuditEntryRepository, AuditService } from '@app/auth';
import { LevelCertificationGate, PathAssignment, PathAssignmentRepository, PathLevelName, PathProgressService, SkillPathRepository } from '@app/skill-paths';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { makeEmployee } from '../support/factories';
import { assignDirect, makeSkillPath } from '../support/skill-path-factories';

/** The certification gate is a port: a stub stands in for the certifications lib. */
class StubGate implements LevelCertificationGate {
  missing: Partial<Record<PathLevelName, string[]>> = {};
  calls: unknown[][] = [];
  async missingCertifications(employeeId: string, jobRoleId: string, level: PathLevelName, onDate: string): Promise<string[]> {
    this.calls.push([employeeId, jobRoleId, level, onDate]);
    return this.missing[level] ?? [];
  }
}

describe('reaching a level requires its certifications (stub gate)', () => {
  let ds: DataSource;
  let tx: TransactionHost;
  let gate: StubGate;
  let service: PathProgressService;

  beforeAll(async () => {
    ds = new DataSource(buildDataSourceOptions(process.env.DATABASE_URL as string, ALL_ENTITIES, ALL_MIGRATIONS, 2));
    await ds.initialize();
    tx = new TransactionHost(ds);
    gate = new StubGate();
    const config = Object.assign(new AppConfig(), { ORG_TIME_ZONE: 'Europe/Berlin' });
    const clock = new FixedClock(DateTime.fromISO('2026-05-04T23:30:00Z'));
    service = new PathProgressService(new SkillPathRepository(tx), new PathAssignmentRepository(tx), new AuditService(new AuditEntryRepository(tx), tx), new OrgCalendar(clock, config), gate);
  });
  afterAll(() => ds.destroy());

  it('a level is not reached while a required certification is missing, and is once it is held', async () => {
    const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    const employee = await makeEmployee(ds, { managerId: manager.id });
    const path = await makeSkillPath(ds);
    const assignmentId = await assignDirect(ds, employee.id, path.pathId);
    await ds.query(`INSERT INTO path_observation (employee_id, behaviour_id, observed_on, recorded_by_id) VALUES ($1, $2, '2026-05-01', $3)`, [employee.id, path.levels.BASELINE.behaviourIds[0], manager.id]);
    const load = () => ds.manager.findOneByOrFail(PathAssignment, { id: assignmentId });

    gate.missing = { BASELINE: ['Cloud Practitioner'] };
    const first = await load();
    expect(await tx.run(() => service.evaluate(null, first))).toEqual([]);
    const blocked = await service.progress(await load());
    expect(blocked[0]).toMatchObject({ level: 'BASELINE', complete: false, reachedOn: null, missingCertifications: ['Cloud Practitioner'] });
    expect(blocked[0].behaviours).toEqual([{ behaviourId: path.levels.BASELINE.behaviourIds[0], counted: 1, met: true }]);
    expect((await load()).currentLevel).toBeNull();
    expect(gate.calls).toContainEqual([employee.id, path.jobRoleId, 'BASELINE', '2026-05-05']);

    gate.missing = {};
    const second = await load();
    expect(await tx.run(() => service.evaluate(null, second))).toEqual(['BASELINE']);
    expect((await load()).currentLevel).toBe('BASELINE');
    const rows = await ds.query(`SELECT level, reached_on::text AS reached_on FROM level_achievement WHERE employee_id = $1`, [employee.id]);
    expect(rows).toEqual([{ level: 'BASELINE', reached_on: '2026-05-05' }]);
  });

  it('without a gate no certification is ever missing', async () => {
    const noGate = new PathProgressService(new SkillPathRepository(tx), new PathAssignmentRepository(tx), new AuditService(new AuditEntryRepository(tx), tx), new OrgCalendar(new FixedClock(DateTime.fromISO('2026-05-04T12:00:00Z')), new AppConfig()));
    const manager = await makeEmployee(ds, { roles: ['MANAGER', 'EMPLOYEE'] });
    const employee = await makeEmployee(ds, { managerId: manager.id });
    const path = await makeSkillPath(ds);
    const assignmentId = await assignDirect(ds, employee.id, path.pathId);
    await ds.query(`INSERT INTO path_observation (employee_id, behaviour_id, observed_on, recorded_by_id) VALUES ($1, $2, '2026-05-01', $3)`, [employee.id, path.levels.BASELINE.behaviourIds[0], manager.id]);
    const assignment = await ds.manager.findOneByOrFail(PathAssignment, { id: assignmentId });
    expect(await tx.run(() => noGate.evaluate(null, assignment))).toEqual(['BASELINE']);
    expect((await noGate.progress(assignment)).map((l) => l.missingCertifications)).toEqual([[], [], []]);
  });

  it('exported batch reads: levelsByEmployeeIds in key order, behavioursForLevel in position order', async () => {
    const employee = await makeEmployee(ds);
    const nobody = await makeEmployee(ds);
    const path = await makeSkillPath(ds, { behavioursPerLevel: 2 });
    const assignmentId = await assignDirect(ds, employee.id, path.pathId, 'PROFICIENT');
    const levels = await new PathAssignmentRepository(tx).levelsByEmployeeIds([nobody.id, employee.id]);
    expect(levels).toEqual([[], [{ employeeId: employee.id, assignmentId, pathId: path.pathId, jobRoleId: path.jobRoleId, currentLevel: null, targetLevel: 'PROFICIENT', targetDate: null }]]);
    const behaviours = await new SkillPathRepository(tx).behavioursForLevel(path.jobRoleId, 'ADVANCED');
    expect(behaviours.map((b) => b.id)).toEqual(path.levels.ADVANCED.behaviourIds);
  });
});
