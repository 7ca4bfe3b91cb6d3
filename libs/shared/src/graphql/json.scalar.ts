import { GraphQLScalarType, ValueNode, valueFromASTUntyped } from 'graphql';
import { AppError } from '../errors/app-error';
import { describeJsonProblem, jsonValueProblem } from '../input/json-value';

function checked(value: unknown): unknown {
  const found = jsonValueProblem(value);
  if (found) throw new AppError('BAD_USER_INPUT', describeJsonProblem('JSON', found));
  return value;
}

/** Any JSON value, as graphql-type-json's JSON; input is limited in depth, size and text (jsonValueProblem). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf).',
  serialize: (value) => value,
  parseValue: checked,
  parseLiteral: (ast: ValueNode, variables?: { [key: string]: unknown } | null) => checked(valueFromASTUntyped(ast, variables ?? undefined)),
});
