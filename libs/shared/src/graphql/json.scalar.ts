import { GraphQLScalarType, ValueNode, valueFromASTUntyped } from 'graphql';
import { AppError } from '../errors/app-error';
import { textProblem } from '../input/text';

/** Deepest nesting and most values a JSON argument may have: settings and payloads are a few levels deep. */
export const JSON_MAX_DEPTH = 20;
export const JSON_MAX_VALUES = 10_000;

/** Walks a JSON value without recursion past the limits; the first problem, or null. */
function jsonProblem(root: unknown): string | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 0 }];
  let count = 0;
  while (stack.length) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (++count > JSON_MAX_VALUES) return `must hold at most ${JSON_MAX_VALUES} values`;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return `text ${problem}`;
    } else if (typeof value === 'number' && !Number.isFinite(value)) return 'numbers must be finite';
    else if (value !== null && typeof value === 'object') {
      if (depth >= JSON_MAX_DEPTH) return `must be nested at most ${JSON_MAX_DEPTH} levels deep`;
      for (const [key, child] of Object.entries(value)) {
        const problem = Array.isArray(value) ? null : textProblem(key);
        if (problem) return `keys ${problem}`;
        stack.push({ value: child, depth: depth + 1 });
      }
    } else if (typeof value !== 'boolean' && typeof value !== 'number' && value !== null) return 'must be JSON';
  }
  return null;
}

function checked(value: unknown): unknown {
  const problem = jsonProblem(value);
  if (problem) throw new AppError('BAD_USER_INPUT', `JSON ${problem}`);
  return value;
}

/** Any JSON value, as graphql-type-json's JSON; input is limited in depth, size and text (see jsonProblem). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf).',
  serialize: (value) => value,
  parseValue: checked,
  parseLiteral: (ast: ValueNode, variables?: { [key: string]: unknown } | null) => checked(valueFromASTUntyped(ast, variables ?? undefined)),
});
