import { EventEmitter2 } from '@nestjs/event-emitter';
import { PATH_LEVEL_REACHED, PathLevelReached } from './skill-path-events';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { OrgCalendar, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { PathAssignment } from './entities/path-assignment.entity';
import { PathLevel } from './entities/path-level.entity';
import { PathBehaviour } from './entities/path-behaviour.entity';
import { PathObservation } from './entities/path-observation.entity';
import { levelRank, PathLevelName } from './entities/path-level-name';
import { LEVEL_CERTIFICATION_GATE, LevelCertificationGate } from './certification-gate';
import { LevelStatus, levelStatuses, newlyReached } from './domain/level-progress';
import { SkillPathRepository } from './skill-path.repository';
import { PathAssignmentRepository } from './path-assignment.repository';

export interface LevelProgress extends LevelStatus {
  pathLevel: PathLevel;
  behaviourRows: PathBehaviour[];
  observations: Map<string, PathObservation[]>;
}

/** Where an employee stands on each level of a path, and the rule that moves them up. */
@Injectable()
export class PathProgressService {
  constructor(
    private readonly paths: SkillPathRepository,
    private readonly assignments: PathAssignmentRepository,
    private readonly audit: AuditService,
    private readonly calendar: OrgCalendar,
    @Optional() @Inject(LEVEL_CERTIFICATION_GATE) private readonly gate?: LevelCertificationGate,
    @Optional() private readonly events?: EventEmitter2,
  ) {}

  /** Per level (rank order): behaviours with counted observations, missing certifications, reachedOn. */
  async progress(assignment: PathAssignment): Promise<LevelProgress[]> {
    const { employeeId, pathId } = assignment;
    // Sequential on purpose: one statement at a time keeps a unit of work on one connection.
    const [path] = await this.paths.pathsByIds([pathId]);
    const levels = await this.paths.levelsByPathIds([pathId]);
    const achievements = await this.assignments.achievements(employeeId, pathId);
    const behaviours = await this.paths.behavioursByLevelIds(levels.map((l) => l.id));
    const behaviourIds = behaviours.map((b) => b.id);
    const counted = await this.assignments.countedObservations(employeeId, behaviourIds);
    const observations = await this.assignments.observations(employeeId, behaviourIds);
    const today = this.calendar.today();
    const missing: string[][] = [];
    for (const l of levels) missing.push(this.gate && path ? await this.gate.missingCertifications(employeeId, path.jobRoleId, l.level, today) : []);
    const reachedOn = new Map(achievements.map((a) => [a.level, a.reachedOn]));
    const statuses = levelStatuses(
      levels.map((l, i) => ({
        level: l.level,
        minObservationsPerBehaviour: l.minObservationsPerBehaviour,
        behaviourIds: behaviours.filter((b) => b.levelId === l.id).map((b) => b.id),
        missingCertifications: missing[i],
        reachedOn: reachedOn.get(l.level) ?? null,
      })),
      counted,
    );
    const obsByBehaviour = new Map<string, PathObservation[]>();
    for (const o of observations) obsByBehaviour.set(o.behaviourId, [...(obsByBehaviour.get(o.behaviourId) ?? []), o]);
    return statuses.map((s, i) => ({ ...s, pathLevel: levels[i], behaviourRows: behaviours.filter((b) => b.levelId === levels[i].id), observations: obsByBehaviour }));
  }

  /**
   * Records every level the employee has newly reached on the assignment's path (dated today) and
   * moves the assignment's current level. Call after anything that can complete a level (an
   * observation counted, a certification earned). Runs in the caller's transaction.
   */
  async evaluate(actor: Viewer | null, assignment: PathAssignment): Promise<PathLevelName[]> {
    const reached = newlyReached(await this.progress(assignment), assignment.currentLevel);
    if (!reached.length) return [];
    const today = this.calendar.today();
    await this.assignments.insertAchievements(reached.map((level) => ({ employeeId: assignment.employeeId, pathId: assignment.pathId, level, reachedOn: today })));
    const before = { currentLevel: assignment.currentLevel };
    const top = reached[reached.length - 1];
    if (levelRank(top) > levelRank(assignment.currentLevel)) {
      assignment.currentLevel = top;
      await this.assignments.setCurrentLevel(assignment.id, top);
    }
    await this.audit.recordChange(actor, 'reachPathLevel', 'PathAssignment', assignment.id, before, { currentLevel: assignment.currentLevel, reached, reachedOn: today });
    const event: PathLevelReached = { employeeId: assignment.employeeId, pathId: assignment.pathId, levels: reached };
    await this.events?.emitAsync(PATH_LEVEL_REACHED, event);
    return reached;
  }

  /** Re-evaluates one employee's assignment on a path, if any (e.g. after a certification was earned). */
  async evaluateFor(actor: Viewer | null, employeeId: string, pathId: string): Promise<PathLevelName[]> {
    const assignment = await this.assignments.findByEmployeeAndPath(employeeId, pathId);
    return assignment ? this.evaluate(actor, assignment) : [];
  }
}
