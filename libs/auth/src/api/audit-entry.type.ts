import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AUDIT_ACTOR_KINDS, AuditActorKind } from '../audit/audit-entry.entity';
import { AUDIT_OUTCOMES, RefusalDetail } from '../audit/audit-outcome';
import { DateTimeScalar, JsonScalar } from '@app/shared';

export const AuditActorKindEnum = Object.fromEntries(AUDIT_ACTOR_KINDS.map((k) => [k, k])) as { [K in AuditActorKind]: K };
registerEnumType(AuditActorKindEnum, {
  name: 'AuditActorKind',
  description: 'Who acted: a signed-in employee, a connector (e.g. a SCIM client), background work, or an anonymous denied caller.',
});

@ObjectType('AuditEntry', { description: 'A mutation, or a refused call with its outcome and why.' })
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field(() => DateTimeScalar) at: Date;
  @Field(() => AuditActorKindEnum) actorKind: AuditActorKind;
  @Field(() => ID, { nullable: true, description: 'The employee (EMPLOYEE) or the connector (CONNECTOR) that acted.' }) actorId: string | null;
  @Field(() => String, { nullable: true }) actorSubject: string | null;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field({ description: `OK, or why the call was refused: ${AUDIT_OUTCOMES.filter((o) => o !== 'OK').join(', ')}.` }) outcome: string;
  @Field(() => JsonScalar, { nullable: true }) before: object | null;
  @Field(() => JsonScalar, { nullable: true }) after: object | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => JsonScalar, { nullable: true, description: 'For a refusal: code and field, or the error result and its reason; the ids the call named; entries left out for an anonymous address (suppressed).' })
  detail: RefusalDetail | null;
}
