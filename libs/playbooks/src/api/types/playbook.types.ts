import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar, LocalDateScalar } from '@app/shared';
import { PlaybookTemplate } from '../../entities/playbook-template.entity';
import { PlaybookTemplateStep } from '../../entities/playbook-template-step.entity';
import { PlaybookRun } from '../../entities/playbook-run.entity';
import { PlaybookRunStep } from '../../entities/playbook-run-step.entity';

export enum StepKindEnum { BEFORE = 'BEFORE', AFTER = 'AFTER', CUSTOM = 'CUSTOM' }
export enum RunStatusEnum { OPEN = 'OPEN', COMPLETED = 'COMPLETED', CANCELLED = 'CANCELLED' }
registerEnumType(StepKindEnum, { name: 'PlaybookStepKind' });
registerEnumType(RunStatusEnum, { name: 'PlaybookRunStatus' });

@ObjectType('PlaybookTemplateStep')
export class PlaybookTemplateStepType {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field(() => StepKindEnum) kind: StepKindEnum;
  @Field() title: string;
  @Field() guidance: string;
  @Field(() => Int) offsetDays: number;

  static from(s: PlaybookTemplateStep): PlaybookTemplateStepType {
    return Object.assign(new PlaybookTemplateStepType(), { id: s.id, position: s.position, kind: s.kind as StepKindEnum, title: s.title, guidance: s.guidance, offsetDays: s.offsetDays });
  }
}

@ObjectType('PlaybookTemplate')
export class PlaybookTemplateType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field() active: boolean;

  static from(t: PlaybookTemplate): PlaybookTemplateType {
    return Object.assign(new PlaybookTemplateType(), { id: t.id, name: t.name, description: t.description, active: t.active });
  }
}

@ObjectType('PlaybookRunStep')
export class PlaybookRunStepType {
  @Field(() => ID) id: string;
  @Field(() => ID) runId: string;
  @Field(() => Int) position: number;
  @Field(() => StepKindEnum) kind: StepKindEnum;
  @Field() title: string;
  @Field() guidance: string;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) completedOn: string | null;
  @Field(() => ID, { nullable: true }) completedById: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true }) behaviourId: string | null;
  @Field(() => ID, { nullable: true }) observationId: string | null;
  @Field() done: boolean;

  static from(s: PlaybookRunStep): PlaybookRunStepType {
    return Object.assign(new PlaybookRunStepType(), {
      id: s.id,
      runId: s.runId,
      position: s.position,
      kind: s.kind as StepKindEnum,
      title: s.title,
      guidance: s.guidance,
      dueOn: s.dueOn,
      completedOn: s.completedOn,
      completedById: s.completedById,
      note: s.note,
      behaviourId: s.behaviourId,
      observationId: s.observationId,
      done: s.completedAt !== null,
    });
  }
}

@ObjectType('PlaybookRun')
export class PlaybookRunType {
  @Field(() => ID) id: string;
  @Field(() => ID) templateId: string;
  @Field(() => ID) employeeId: string;
  @Field(() => ID, { nullable: true, description: 'The manager who owns the open steps (follows the employee\'s manager).' }) managerId: string | null;
  @Field() trainingName: string;
  @Field(() => LocalDateScalar) trainingDate: string;
  @Field(() => ID, { nullable: true }) pathLevelId: string | null;
  @Field(() => ID, { nullable: true }) certificationId: string | null;
  @Field(() => RunStatusEnum) status: RunStatusEnum;
  @Field(() => DateTimeScalar, { nullable: true }) cancelledAt: Date | null;
  @Field(() => ID, { nullable: true }) cancelledById: string | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;

  static from(r: PlaybookRun): PlaybookRunType {
    return Object.assign(new PlaybookRunType(), {
      id: r.id,
      templateId: r.templateId,
      employeeId: r.employeeId,
      managerId: r.managerId,
      trainingName: r.trainingName,
      trainingDate: r.trainingDate,
      pathLevelId: r.pathLevelId,
      certificationId: r.certificationId,
      status: r.status as RunStatusEnum,
      cancelledAt: r.cancelledAt,
      cancelledById: r.cancelledById,
      cancelReason: r.cancelReason,
    });
  }
}

@ObjectType('ManagerScorecard', {
  description:
    'Development behaviours of one manager. Team = direct reports not terminated. A development conversation = a playbook step the manager completed for a team member or a path-behaviour observation they recorded or confirmed (one per employee per day).',
})
export class ManagerScorecardType {
  @Field(() => ID) managerId: string;
  @Field({ description: 'yyyy-MM' }) month: string;
  @Field(() => LocalDateScalar, { description: 'The day the figures are taken at: the month\'s last day, or today for the current month.' }) asOf: string;
  @Field(() => Int, { description: 'Direct reports not terminated, hired by asOf.' }) teamSize: number;
  @Field(() => Int) conversations: number;
  @Field(() => Float) conversationsPerPerson: number;
  @Field(() => Int, { description: 'Team members with a behaviour first observed in the 90 days ending asOf.' }) teamWithNewBehaviour: number;
  @Field(() => Float, { nullable: true }) shareWithNewBehaviour: number | null;
  @Field(() => Int, { description: 'Steps of runs the manager owns completed within the month.' }) stepsDone: number;
  @Field(() => Int, { description: 'Of stepsDone, those completed by their due date.' }) stepsDoneOnTime: number;
  @Field(() => Int, { description: 'Steps past due and not completed at asOf (cancelled runs left out).' }) stepsOverdue: number;
  @Field(() => Float, { nullable: true, description: 'Done on time / (done + overdue).' }) onTimeRate: number | null;
}
