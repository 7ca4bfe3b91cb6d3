import { Type } from '@nestjs/common';
import { createUnionType, Field, InterfaceType, ObjectType, ObjectTypeOptions, registerEnumType } from '@nestjs/graphql';
import { BusinessErrorCode } from './business-error-code';
import { DomainFailure, FailureDetails } from './domain-failure';

registerEnumType(BusinessErrorCode, { name: 'BusinessErrorCode', description: 'Why an action failed for an expected business reason.' });

/** The GraphQL type that carries each code: one type per code, declared with `@BusinessErrorType`. */
const typeOfCode = new Map<BusinessErrorCode, Type<BusinessError>>();

/** What every expected failure answers with, whatever its type: the code to branch on, a sentence, the field. */
@InterfaceType('BusinessError', {
  description: 'An expected business failure, a member of the mutation\'s result union.',
  resolveType: (value: BusinessError) => value.constructor,
})
export abstract class BusinessError {
  @Field(() => BusinessErrorCode, { description: 'What failed; stable, to branch on.' }) errorCode: BusinessErrorCode;
  @Field({ description: 'A sentence for the person who acted.' }) message: string;
  @Field(() => String, { nullable: true, description: 'The input field at fault, when one is.' }) field: string | null;
}

/**
 * Declares the GraphQL object type of one or more failure codes (`@ObjectType` implementing `BusinessError`). Each
 * code has exactly one type; a failure's `details` become its fields.
 */
export function BusinessErrorType(name: string, codes: readonly BusinessErrorCode[], options: ObjectTypeOptions = {}) {
  return (target: Type<BusinessError>): void => {
    for (const code of codes) {
      const taken = typeOfCode.get(code);
      if (taken && taken !== target) throw new Error(`${code} is already carried by ${taken.name}; one GraphQL type per code`);
      typeOfCode.set(code, target);
    }
    ObjectType(name, { ...options, implements: () => [BusinessError] })(target);
  };
}

/** The GraphQL type of a code (throws on a code no type declares: a programming error). */
function typeOf(code: BusinessErrorCode): Type<BusinessError> {
  const type = typeOfCode.get(code);
  if (!type) throw new Error(`No GraphQL type carries ${code}: declare one with @BusinessErrorType`);
  return type;
}

/**
 * `Name = Ok | <the error types of codes>`: the result of a mutation that can fail for these business reasons.
 * The codes' types must be imported (declared) before the schema is built, which listing them here ensures in practice.
 */
export function resultUnion<T>(name: string, ok: Type<T>, codes: readonly BusinessErrorCode[], description?: string) {
  return createUnionType({
    name,
    description,
    types: () => [ok, ...new Set(codes.map(typeOf))] as const,
    resolveType: (value: object) => (value instanceof BusinessError ? value.constructor : ok),
  });
}

/** The one mapping of a domain failure to its GraphQL object: errorCode, message, field, and its details as fields. */
export function graphqlFailure(failure: DomainFailure): BusinessError {
  return Object.assign(new (typeOf(failure.errorCode) as new () => BusinessError)(), failure.details, {
    errorCode: failure.errorCode,
    message: failure.message,
    field: failure.field,
  });
}

/** A service's `DomainResult` as a `resultUnion` member: the failure mapped by `graphqlFailure`, the value by `ok`. */
export function graphqlResult<T, C extends BusinessErrorCode>(result: T | DomainFailure<C, FailureDetails>): T | BusinessError;
export function graphqlResult<T, O, C extends BusinessErrorCode>(result: T | DomainFailure<C, FailureDetails>, ok: (value: T) => O): O | BusinessError;
export function graphqlResult<T, O, C extends BusinessErrorCode>(result: T | DomainFailure<C, FailureDetails>, ok?: (value: T) => O): T | O | BusinessError {
  if (result instanceof DomainFailure) return graphqlFailure(result);
  return ok ? ok(result) : result;
}
