import {
  ASTNode, getNamedType, GraphQLError, GraphQLInputType, GraphQLSchema, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  Kind, typeFromAST, ValidationContext, ValidationRule, ValueNode, VariableDefinitionNode,
} from 'graphql';
import { AppError } from '../errors/app-error';
import { isUuid, MAX_FLOAT_INPUT, textProblem } from './text';

/**
 * Checks every argument a client sends, literal or variable, in one place, naming the argument (with its path
 * into input objects, e.g. `input.employeeId`): ids are UUIDs (every id Skillpath hands out is one), text is
 * storable (text.ts), Floats are finite and at most MAX_FLOAT_INPUT. Other scalars check themselves (LocalDate,
 * DateTime, JSON); where graphql-js reports their errors, the argument is found from the value's node.
 */

/** The argument path of each literal value node, for errors graphql-js raises about that node (wrong type, Int overflow, a scalar's refusal). */
const literalPaths = new WeakMap<ASTNode, string>();

/** The argument path of a literal value a validation error points at, if known. */
export const argumentPathOf = (node: ASTNode | undefined): string | undefined => (node ? literalPaths.get(node) : undefined);

/** Why a leaf value of this scalar is refused, beyond what the scalar itself checks. */
function leafProblem(typeName: string, value: unknown): string | null {
  if (typeName === 'ID') return isUuid(value) ? null : 'must be an id (a UUID)';
  if (typeName === 'String' && typeof value === 'string') return textProblem(value);
  if (typeName === 'Float' && typeof value === 'number' && !(Math.abs(value) <= MAX_FLOAT_INPUT)) return `must be between -${MAX_FLOAT_INPUT} and ${MAX_FLOAT_INPUT}`;
  return null;
}

const refusal = (field: string, message: string, nodes?: ASTNode) => new GraphQLError(message, { nodes, originalError: new AppError('BAD_USER_INPUT', message, field) });

function literalValue(node: ValueNode): unknown {
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value);
  return node.kind === Kind.STRING ? node.value : undefined;
}

function checkLiteral(node: ValueNode, type: GraphQLInputType, path: string, report: (e: GraphQLError) => void): void {
  if (isNonNullType(type)) return checkLiteral(node, type.ofType, path, report);
  if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return;
  literalPaths.set(node, path);
  if (isListType(type)) {
    if (node.kind === Kind.LIST) node.values.forEach((item, i) => checkLiteral(item, type.ofType, `${path}[${i}]`, report));
    else checkLiteral(node, type.ofType, path, report);
  } else if (isInputObjectType(type)) {
    if (node.kind !== Kind.OBJECT) return;
    const fields = type.getFields();
    for (const field of node.fields) if (fields[field.name.value]) checkLiteral(field.value, fields[field.name.value].type, `${path}.${field.name.value}`, report);
  } else {
    const problem = isScalarType(type) && node.kind !== Kind.OBJECT && node.kind !== Kind.LIST ? leafProblem(type.name, literalValue(node)) : null;
    if (problem) report(refusal(path, `${path} ${problem}`, node));
  }
}

/** Validation rule: literal arguments (ids, text, Floats), and the paths other rules' errors are named by. */
export const InputChecksRule: ValidationRule = (context: ValidationContext) => ({
  Argument(node) {
    const argument = context.getArgument();
    if (argument) checkLiteral(node.value, argument.type, node.name.value, (e) => context.reportError(e));
  },
});

function checkValue(value: unknown, type: GraphQLInputType, path: string, node: ASTNode, errors: GraphQLError[]): void {
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, node, errors);
  if (value === null || value === undefined || errors.length >= 10) return;
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((item, i) => checkValue(item, type.ofType, `${path}[${i}]`, node, errors));
    else checkValue(value, type.ofType, path, node, errors);
  } else if (isInputObjectType(type)) {
    if (typeof value !== 'object' || Array.isArray(value)) return;
    for (const [name, field] of Object.entries(type.getFields())) checkValue((value as Record<string, unknown>)[name], field.type, `${path}.${name}`, node, errors);
  } else {
    let message: string | null = null;
    try {
      (type as { parseValue(v: unknown): unknown }).parseValue(value);
      const problem = isScalarType(type) ? leafProblem(type.name, value) : null;
      if (problem) message = `${path} ${problem}`;
    } catch (e) {
      // Enums are left to graphql-js, whose message lists the allowed values.
      if (!isEnumType(type)) message = `${path}: ${(e as Error).message}`;
    }
    if (message) errors.push(refusal(path, message, node));
  }
}

/** Variables: the same checks, each error naming the variable and the path inside it. */
export function checkVariableInputs(schema: GraphQLSchema, definitions: readonly VariableDefinitionNode[], variables: Record<string, unknown>): GraphQLError[] {
  const errors: GraphQLError[] = [];
  for (const definition of definitions) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const name = definition.variable.name.value;
    if (type && getNamedType(type)) checkValue(variables[name], type, name, definition, errors);
  }
  return errors;
}
