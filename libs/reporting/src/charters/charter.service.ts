import { Injectable } from '@nestjs/common';
import { BusinessErrorCode as C, Clock, DomainResult, fail, isFailure, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { MetricRepository } from '@app/performance-metrics';
import { CharterRepository } from './charter.repository';
import { ProgramCharter } from './entities/program-charter.entity';
import { CreateProgramCommand, ProgramCohort, UpdateProgramCommand } from './program-commands';
import { programView, ProgramView } from './program.model';
import { checkCohort, checkGoals, checkSubject } from './program-checks';

const ENTITY = 'ProgramCharter';

/** Program charters as HR defines them: create, change, archive (each audited), and the list. */
@Injectable()
export class CharterService {
  constructor(
    private readonly repo: CharterRepository,
    private readonly metrics: MetricRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, input: CreateProgramCommand): Promise<ProgramView> {
    const subjectKind = await checkSubject(this.repo, input);
    await checkCohort(this.repo, input);
    const goals = await checkGoals(this.metrics, input.goals, subjectKind);
    const { charter, goals: saved } = await this.repo.insert(
      {
        name: input.name,
        subjectKind,
        pathLevelId: input.pathLevelId ?? null,
        certificationId: input.certificationId ?? null,
        trainingName: input.trainingName ?? null,
        playbookTemplateId: input.playbookTemplateId ?? null,
        startsOn: input.startsOn,
        ...cohortColumns(input),
        createdById: viewer.employeeId,
      },
      goals,
    );
    const result = programView(charter, saved);
    await this.audit.recordChange(viewer, 'program.create', ENTITY, charter.id, null, result);
    return result;
  }

  /**
   * Changes name, start, cohort (given as a whole) and goals (replaced as a whole) of a program that is not
   * archived (else PROGRAM_ARCHIVED). Checked like a new program; nothing is written when a check fails.
   */
  async update(viewer: Viewer, input: UpdateProgramCommand): Promise<DomainResult<ProgramView, C.PROGRAM_ARCHIVED>> {
    const charter = await this.open(input.id);
    if (isFailure(charter)) return charter;
    const patch: Partial<ProgramCharter> = {};
    if (input.name !== undefined && input.name !== null) patch.name = input.name;
    if (input.startsOn !== undefined && input.startsOn !== null) patch.startsOn = input.startsOn;
    if (input.employeeIds || input.departmentId || input.jobRoleId) {
      await checkCohort(this.repo, input);
      Object.assign(patch, cohortColumns(input));
    }
    const goals = input.goals ? await checkGoals(this.metrics, input.goals, charter.subjectKind) : null;
    const before = programView(charter, await this.repo.goalsOf([charter.id]));
    if (Object.keys(patch).length) await this.repo.update(charter.id, patch);
    if (goals) await this.repo.replaceGoals(charter.id, goals);
    const after = await this.read(charter.id);
    await this.audit.recordChange(viewer, 'program.update', ENTITY, charter.id, before, after);
    return after;
  }

  /** Archives a program (kept with its goals and progress, left out of lists). Archiving an archived one changes nothing. */
  async archive(viewer: Viewer, id: string): Promise<ProgramView> {
    const charter = await this.repo.findForUpdate(id);
    if (!charter) throw notFound('Program');
    if (charter.archivedAt) return this.read(id);
    const before = await this.read(id);
    await this.repo.update(id, { archivedAt: this.clock.now().toJSDate(), archivedById: viewer.employeeId });
    const after = await this.read(id);
    await this.audit.recordChange(viewer, 'program.archive', ENTITY, id, before, after);
    return after;
  }

  /** Programs with their goals, archived ones only when asked for: two statements. */
  async list(includeArchived = false): Promise<ProgramView[]> {
    const charters = await this.repo.list(includeArchived);
    const goals = await this.repo.goalsOf(charters.map((c) => c.id));
    return charters.map((c) => programView(c, goals.filter((g) => g.programId === c.id)));
  }

  /** The program, locked, if it exists and is not archived. */
  private async open(id: string): Promise<DomainResult<ProgramCharter, C.PROGRAM_ARCHIVED>> {
    const charter = await this.repo.findForUpdate(id);
    if (!charter) throw notFound('Program');
    if (charter.archivedAt) return fail(C.PROGRAM_ARCHIVED, 'This program is archived; it cannot change.', { field: 'id' });
    return charter;
  }

  private async read(id: string): Promise<ProgramView> {
    const charter = (await this.repo.findById(id)) as ProgramCharter;
    return programView(charter, await this.repo.goalsOf([id]));
  }
}

function cohortColumns(input: ProgramCohort): Pick<ProgramCharter, 'cohortEmployeeIds' | 'cohortDepartmentId' | 'cohortJobRoleId'> {
  return { cohortEmployeeIds: input.employeeIds ?? null, cohortDepartmentId: input.departmentId ?? null, cohortJobRoleId: input.jobRoleId ?? null };
}
