import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';

@ObjectType('AuditEntry', { description: 'A mutation or a denied access.' })
export class AuditEntryType {
  @Field(() => ID) id: string;
  @Field(() => GraphQLISODateTime) at: Date;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) actorSubject: string | null;
  @Field() action: string;
  @Field() entityType: string;
  @Field(() => String, { nullable: true }) entityId: string | null;
  @Field() outcome: string;
  @Field(() => GraphQLJSON, { nullable: true }) before: object | null;
  @Field(() => GraphQLJSON, { nullable: true }) after: object | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
}
