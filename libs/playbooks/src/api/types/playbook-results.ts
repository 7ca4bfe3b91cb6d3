import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { refusalUnion } from '@app/shared';
import { PlaybookRefusal, PlaybookRefusalReason } from '../../domain/refusal';
import { PlaybookRunStepType, PlaybookRunType } from './playbook.types';

registerEnumType(PlaybookRefusalReason, { name: 'PlaybookRefusalReason' });

@ObjectType('PlaybookActionRefused', { description: 'The run or step cannot take this action; `field` names the input at fault, when one is.' })
export class PlaybookActionRefused {
  @Field() message: string;
  @Field(() => PlaybookRefusalReason) reason: PlaybookRefusalReason;
  @Field(() => String, { nullable: true }) field: string | null;

  static from(r: PlaybookRefusal): PlaybookActionRefused {
    return Object.assign(new PlaybookActionRefused(), { message: r.message, reason: r.reason, field: r.field ?? null });
  }
}

export const PlaybookRunResult = refusalUnion('PlaybookRunResult', PlaybookRunType, PlaybookActionRefused);
export const PlaybookRunStepResult = refusalUnion('PlaybookRunStepResult', PlaybookRunStepType, PlaybookActionRefused);
