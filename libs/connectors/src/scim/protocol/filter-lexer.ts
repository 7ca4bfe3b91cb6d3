/** Tokenizer for SCIM filters: brackets, JSON strings and numbers, and words (attribute paths, operators, literals). */
import { ScimError } from './errors';

export type TokenType = '(' | ')' | '[' | ']' | 'string' | 'number' | 'word';

export interface Token {
  readonly type: TokenType;
  /** Decoded value for strings, raw text otherwise. */
  readonly text: string;
  readonly pos: number;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z0-9_$:.-]+/y;
const DELIMITER = /[\s()[\]]/;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

export const MAX_FILTER_LENGTH = 4096;

export function invalidAt(pos: number, message: string): ScimError {
  return ScimError.invalidFilter(`Invalid filter at position ${pos + 1}: ${message}`);
}

function readString(input: string, start: number): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '"') return { value: out, end: i + 1 };
    if (ch === '\\') {
      const esc = input[i + 1];
      if (esc === 'u') {
        const hex = input.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw invalidAt(i, 'bad \\u escape in string');
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
        continue;
      }
      if (esc === undefined || !(esc in ESCAPES)) throw invalidAt(i, 'bad escape in string');
      out += ESCAPES[esc];
      i += 2;
      continue;
    }
    if (ch < ' ') throw invalidAt(i, 'control character in string');
    out += ch;
    i += 1;
  }
  throw invalidAt(start, 'unterminated string');
}

function readSticky(re: RegExp, input: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(input);
  return m ? m[0] : null;
}

export function tokenize(input: string): Token[] {
  if (input.length > MAX_FILTER_LENGTH) throw ScimError.invalidFilter(`Filter is longer than ${MAX_FILTER_LENGTH} characters`);
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === '[' || ch === ']') {
      tokens.push({ type: ch, text: ch, pos: i });
      i += 1;
    } else if (ch === '"') {
      const { value, end } = readString(input, i);
      tokens.push({ type: 'string', text: value, pos: i });
      i = end;
    } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
      const num = readSticky(NUMBER, input, i);
      const end = i + (num?.length ?? 0);
      if (!num || (end < input.length && !DELIMITER.test(input[end]))) throw invalidAt(i, 'malformed number');
      tokens.push({ type: 'number', text: num, pos: i });
      i = end;
    } else {
      const word = readSticky(WORD, input, i);
      if (!word) throw invalidAt(i, `unexpected character '${ch}'`);
      tokens.push({ type: 'word', text: word, pos: i });
      i += word.length;
    }
  }
  return tokens;
}
