import { randomUUID } from 'node:crypto';
import {
  getNamedType, GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema, isEnumType, isInputObjectType, isListType,
  isNonNullType, isObjectType, isScalarType,
} from 'graphql';

/** One call of a schema operation with exactly one bad value somewhere in its arguments. */
export interface BadCall {
  operation: 'query' | 'mutation';
  field: string;
  /** Where the bad value sits: argument name and path into input objects. */
  at: string;
  label: string;
  /** True for values that are valid GraphQL but extreme (max Int): only "no internal error" is expected. */
  edge: boolean;
  args: Record<string, unknown>;
}

type Bad = { label: string; value: unknown; edge?: boolean };

/**
 * JSON nested `depth` levels: kept as a marker, because serializing it recursively overflows the test's stack.
 * `writeDeep` writes it as JSON or as a GraphQL literal.
 */
export class DeepJson {
  static readonly MARKER = '__deep_json__';
  constructor(readonly depth: number) {}
  toJSON(): string {
    return DeepJson.MARKER;
  }
  write(keySeparator: string): string {
    return `{"a"${keySeparator}`.repeat(this.depth) + '"leaf"' + '}'.repeat(this.depth);
  }
}

export const DEEP_JSON = new DeepJson(5000);

/** The malformed values sent for each leaf type (values the type itself cannot refuse are checked by Skillpath). */
const BAD: Record<string, Bad[]> = {
  ID: [{ label: 'malformed id', value: 'abc' }, { label: 'id with NUL', value: `${randomUUID()}\u0000` }],
  String: [
    { label: 'NUL', value: 'a\u0000b' },
    { label: 'lone surrogate', value: 'x\uD800y' },
    { label: 'control character', value: 'bell\u0007' },
    // Text arguments that hold dates (report periods) must refuse an impossible one; others take it as text.
    { label: 'February 30 as text', value: '2025-02-30', edge: true },
  ],
  LocalDate: [{ label: 'month 13', value: '2025-13-01' }, { label: 'February 30', value: '2025-02-30' }, { label: 'year 0', value: '0000-01-01' }],
  DateTime: [{ label: 'month 13', value: '2025-13-01T00:00:00Z' }, { label: 'year 0', value: '0000-01-01T00:00:00Z' }, { label: 'February 30', value: '2025-02-30T10:00:00Z' }],
  Int: [
    { label: 'Int overflow', value: 2147483648 },
    { label: 'Int underflow', value: -2147483649 },
    { label: 'max Int', value: 2147483647, edge: true },
    { label: 'min Int', value: -2147483648, edge: true },
  ],
  Float: [{ label: '1e308', value: 1e308 }, { label: '-1e308', value: -1e308 }, { label: 'largest allowed Float', value: 1e12, edge: true }],
  JSON: [{ label: 'JSON nested 5,000 deep', value: DEEP_JSON }, { label: 'JSON with NUL', value: { key: 'a\u0000b' } }],
};

/** A valid-looking value of a type (ids of nothing, so most calls end NOT_FOUND once the input is accepted). */
function validValue(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return validValue(type.ofType, depth);
  if (isListType(type)) return [validValue(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = validValue(field.type, depth + 1);
    return value;
  }
  const byScalar: Record<string, unknown> = { ID: randomUUID(), String: 'Valid text', LocalDate: '2026-01-15', DateTime: '2026-01-15T10:00:00Z', Int: 1, Float: 1.5, Boolean: true, JSON: {} };
  return byScalar[getNamedType(type).name] ?? 'x';
}

/** Every leaf position of a type, each with the value to put around it (other required fields filled). */
function* positions(type: GraphQLInputType, path: string, seen: Set<string>): Generator<{ at: string; leaf: GraphQLNamedType; place: (bad: unknown) => unknown }> {
  if (isNonNullType(type)) return yield* positions(type.ofType, path, seen);
  if (isListType(type)) {
    for (const p of positions(type.ofType, `${path}[0]`, seen)) yield { ...p, place: (bad) => [p.place(bad)] };
    return;
  }
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return;
    const inner = new Set(seen).add(type.name);
    for (const field of Object.values(type.getFields())) {
      for (const p of positions(field.type, `${path}.${field.name}`, inner)) {
        yield { ...p, place: (bad) => ({ ...(validValue(type) as object), [field.name]: p.place(bad) }) };
      }
    }
    return;
  }
  yield { at: path, leaf: getNamedType(type), place: (bad) => bad };
}

function callsOf(operation: BadCall['operation'], field: GraphQLField<unknown, unknown>): BadCall[] {
  const calls: BadCall[] = [];
  const required = (except: GraphQLArgument) =>
    Object.fromEntries(field.args.filter((a) => a !== except && isNonNullType(a.type) && a.defaultValue === undefined).map((a) => [a.name, validValue(a.type)]));
  for (const arg of field.args) {
    for (const p of positions(arg.type, arg.name, new Set())) {
      for (const bad of (isScalarType(p.leaf) && BAD[p.leaf.name]) || []) {
        calls.push({ operation, field: field.name, at: p.at, label: bad.label, edge: bad.edge ?? false, args: { ...required(arg), [arg.name]: p.place(bad.value) } });
      }
    }
  }
  return calls;
}

/** Bad calls for every query and mutation of the schema: new operations are covered by themselves. */
export function badCallsOf(schema: GraphQLSchema): BadCall[] {
  const roots = [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const;
  return roots.flatMap(([operation, root]) => (root ? Object.values(root.getFields()).flatMap((f) => callsOf(operation, f)) : []));
}

/** The smallest selection a field's result needs (none for leaves, __typename for objects and unions). */
export function selectionOf(schema: GraphQLSchema, call: BadCall): string {
  const root = call.operation === 'query' ? schema.getQueryType() : schema.getMutationType();
  const type = getNamedType(root?.getFields()[call.field].type);
  return isObjectType(type) || !isScalarType(type) && !isEnumType(type) ? ' { __typename }' : '';
}
