import { GraphQLScalarType, Kind } from 'graphql';
import { AppError } from '../errors/app-error';
import { parseDateTime } from '../input/dates';

function parse(value: unknown): Date {
  const parsed = parseDateTime(value);
  if (typeof parsed === 'string') throw new AppError('BAD_USER_INPUT', `DateTime ${parsed}, got ${JSON.stringify(value) ?? 'nothing'}`);
  return parsed;
}

/**
 * An instant, ISO 8601 (serialized in UTC with Z). Replaces Nest's DateTime, which turned any text into a Date
 * (an impossible date became Invalid Date, and a database error). Used for every `Date` field (graphql-options).
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format; input years 1900 to 9999.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : null),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
