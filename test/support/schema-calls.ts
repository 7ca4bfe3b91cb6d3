import { randomUUID } from 'node:crypto';
import {
  getNamedType, getNullableType, GraphQLField, GraphQLInputType, GraphQLSchema, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
} from 'graphql';

const SCALARS: Record<string, () => unknown> = {
  ID: () => randomUUID(),
  String: () => 'x',
  Int: () => 1,
  Float: () => 1,
  Boolean: () => true,
  LocalDate: () => '2026-01-01',
  DateTime: () => '2026-01-01T00:00:00Z',
  JSON: () => ({}),
};

/** A plausible value of an input type: fresh uuids for ids, its first value for an enum, required fields for an input. */
export function sampleValue(type: GraphQLInputType): unknown {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return [sampleValue(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return (SCALARS[t.name] ?? SCALARS.String)();
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return Object.fromEntries(fields.map((f) => [f.name, sampleValue(f.type)]));
  }
  throw new Error(`No sample for ${String(type)}`);
}

export interface SchemaCall {
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

/** A call of a root field with every required argument filled (as variables), selecting only `__typename`. */
export function sampleCall(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): SchemaCall {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const defs = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    field: field.name,
    query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)])),
  };
}

/** Every mutation of the schema, as a sample call. */
export function everyMutation(schema: GraphQLSchema): SchemaCall[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {}).map((f) => sampleCall('mutation', f));
}
