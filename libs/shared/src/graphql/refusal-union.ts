import { createUnionType } from '@nestjs/graphql';

/** `Name = Ok | Refusal`: the union result of an action that succeeds or is refused for an expected business reason. */
export function refusalUnion<T, R>(name: string, ok: new () => T, refusal: new () => R) {
  return createUnionType({
    name,
    types: () => [ok, refusal] as const,
    resolveType: (v: object) => (v instanceof refusal ? refusal : ok),
  });
}
