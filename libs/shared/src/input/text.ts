/**
 * Text Skillpath stores must be storable and readable: PostgreSQL refuses NUL, an unpaired UTF-16 surrogate
 * cannot be encoded as UTF-8 (jsonb refuses its escape), and other C0 control characters are never part of
 * a name, title or note. Tab, line feed and carriage return are kept (multi-line text).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text value is refused, or null when it is fine. */
export function textProblem(value: string): string | null {
  if (CONTROL.test(value)) return 'must not contain NUL or other control characters';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (it contains an unpaired surrogate)';
  return null;
}

const CONTROL_ALL = new RegExp(CONTROL.source, 'g');
const LONE_SURROGATE_ALL = new RegExp(LONE_SURROGATE.source, 'g');

/** The text with every character textProblem refuses replaced by U+FFFD: what a log may store of refused input. */
export function storableText(value: string): string {
  return value.replace(CONTROL_ALL, '\uFFFD').replace(LONE_SURROGATE_ALL, '\uFFFD');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id Skillpath hands out for its objects is a UUID. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** Largest magnitude a Float argument may have: beyond any amount, score or hour count Skillpath stores. */
export const MAX_FLOAT_INPUT = 1e12;
