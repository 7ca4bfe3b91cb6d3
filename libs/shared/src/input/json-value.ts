import { textProblem } from './text';

/** Deepest nesting and most values a client's JSON may have: settings and payloads are a few levels deep. */
export const JSON_MAX_DEPTH = 20;
export const JSON_MAX_VALUES = 10_000;

/** Where in a JSON value a problem is (`emails[0].value`; empty for the value itself) and what it is. */
export interface JsonProblem {
  path: string;
  problem: string;
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * Why a client's JSON value (a GraphQL JSON argument, a SCIM body, REST query parameters) is refused, or null:
 * too deep or too large, a non-finite number, or text (keys included) that is not storable (text.ts).
 * Walks without recursion, so a 5,000-deep value is refused, not a stack overflow.
 */
export function jsonValueProblem(root: unknown): JsonProblem | null {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: '' }];
  let count = 0;
  while (stack.length) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (++count > JSON_MAX_VALUES) return { path: '', problem: `must hold at most ${JSON_MAX_VALUES} values` };
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return { path, problem };
    } else if (typeof value === 'number' && !Number.isFinite(value)) return { path, problem: 'must be a finite number' };
    else if (value !== null && typeof value === 'object') {
      if (depth >= JSON_MAX_DEPTH) return { path, problem: `must be nested at most ${JSON_MAX_DEPTH} levels deep` };
      const isList = Array.isArray(value);
      for (const [key, child] of Object.entries(value)) {
        const problem = isList ? null : textProblem(key);
        if (problem) return { path, problem: `has a key that ${problem}` };
        stack.push({ value: child, depth: depth + 1, path: join(path, isList ? Number(key) : key) });
      }
    } else if (typeof value !== 'boolean' && typeof value !== 'number' && value !== null && value !== undefined) return { path, problem: 'must be JSON' };
  }
  return null;
}

/** "settings.a.b must …", or "settings must …" for the value itself. */
export const describeJsonProblem = (name: string, found: JsonProblem): string => `${found.path ? join(name, found.path) : name} ${found.problem}`;
