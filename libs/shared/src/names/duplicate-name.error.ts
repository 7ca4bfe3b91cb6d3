import { Field, ID } from '@nestjs/graphql';
import { BusinessErrorCode } from '../errors/business-error-code';
import { BusinessError, BusinessErrorType, graphqlFailure } from '../errors/graphql-failure';
import { nameTakenFailure } from './name-taken';

/**
 * The one answer to "that name is taken" (job roles, certifications, incentive rules, playbook
 * templates…): a union member of the mutation's result, never a top-level error. Names compare
 * trimmed and case-insensitively. Services return `nameTakenFailure` (name-taken.ts); this is its GraphQL type.
 */
@BusinessErrorType('DuplicateNameError', [BusinessErrorCode.DUPLICATE_NAME], {
  description: 'Another object of the same kind already has this name (compared trimmed, ignoring case).',
})
export class DuplicateNameError extends BusinessError {
  @Field({ description: 'The input field holding the name.' }) declare field: string;
  @Field(() => ID, { nullable: true, description: 'The object that already has the name.' }) existingId: string | null;
}

/** @deprecated services use `nameTakenFailure` and resolvers map it with `graphqlResult`. */
export async function nameTaken(
  kind: string,
  name: string,
  selfId: string | null,
  find: (name: string) => Promise<{ id: string; name: string } | null>,
): Promise<DuplicateNameError | null> {
  const failure = await nameTakenFailure(kind, name, selfId, find);
  return failure && (graphqlFailure(failure) as DuplicateNameError);
}
