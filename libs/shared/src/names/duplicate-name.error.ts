import { Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The one answer to "that name is taken" (job roles, certifications, incentive rules, playbook
 * templates…): a union member of the mutation's result, never a top-level error. Names compare
 * trimmed and case-insensitively.
 */
@ObjectType('DuplicateNameError', { description: 'Another object of the same kind already has this name (compared trimmed, ignoring case).' })
export class DuplicateNameError {
  @Field({ description: 'A sentence for the person who typed the name.' }) message: string;
  @Field({ description: 'The input field holding the name.' }) field: string;
  @Field(() => ID, { nullable: true, description: 'The object that already has the name.' }) existingId: string | null;
}

/** `A job role named "Sales" already exists.` */
export function duplicateName(kind: string, name: string, existingId: string | null, field = 'name'): DuplicateNameError {
  return Object.assign(new DuplicateNameError(), { message: `A ${kind} named "${name}" already exists.`, field, existingId });
}
