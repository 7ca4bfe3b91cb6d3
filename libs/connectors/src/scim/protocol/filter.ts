/**
 * SCIM filter parser (RFC 7644 §3.4.2.2) and PATCH path parser (§3.5.2).
 *
 * Grammar (operators and literals case-insensitive, attribute names case-insensitive):
 *   filter   := or
 *   or       := and ("or" and)*
 *   and      := unary ("and" unary)*                       -- "and" binds tighter than "or"
 *   unary    := "not" "(" filter ")" | "(" filter ")" | attrExp
 *   attrExp  := attrPath "pr" | attrPath compareOp value
 *             | attrPath "[" valFilter "]" [ "." subAttr (compareOp value | "pr") ]
 *   value    := JSON string | JSON number | true | false | null
 * Inside "[...]" paths are relative to the outer attribute and brackets cannot nest (RFC 7644 errata 4690).
 * `emails[type eq "work"].value eq "x"` is accepted as the value path `emails[type eq "work" and value eq "x"]`.
 * Every syntax error is a ScimError with scimType invalidFilter.
 */
import { ScimError } from './errors';
import {
  AttrPath,
  COMPARE_OPS,
  CompareOp,
  CompValue,
  isAttrName,
  isKnownSchemaUrn,
  parseAttrPathText,
  PatchPath,
  ScimFilter,
} from './filter-ast';
import { invalidAt, Token, tokenize } from './filter-lexer';

export * from './filter-ast';
export { filterToSql } from './filter-sql';
export type { ColumnMap, ColumnSpec, ScimAttributeType } from './filter-sql';

const MAX_DEPTH = 32;

class FilterParser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: readonly Token[],
    private readonly inputLength: number,
  ) {}

  parseAll(): ScimFilter {
    if (this.tokens.length === 0) throw ScimError.invalidFilter('Filter is empty');
    const node = this.parseOr(false);
    const extra = this.peek();
    if (extra) throw invalidAt(extra.pos, `unexpected '${extra.text}'`);
    return node;
  }

  /** For PATCH paths: a bare value filter that runs to the closing bracket. */
  parseInner(): ScimFilter {
    return this.parseOr(true);
  }

  position(): number {
    return this.peek()?.pos ?? this.inputLength;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }

  private next(): Token | undefined {
    const t = this.tokens[this.index];
    if (t) this.index += 1;
    return t;
  }

  private expect(type: Token['type'], what: string): Token {
    const t = this.next();
    if (!t || t.type !== type) throw invalidAt(t?.pos ?? this.inputLength, `expected ${what}`);
    return t;
  }

  private isKeyword(t: Token | undefined, word: string): boolean {
    return t?.type === 'word' && t.text.toLowerCase() === word;
  }

  private parseOr(inner: boolean): ScimFilter {
    let left = this.parseAnd(inner);
    while (this.isKeyword(this.peek(), 'or')) {
      this.next();
      left = { kind: 'or', left, right: this.parseAnd(inner) };
    }
    return left;
  }

  private parseAnd(inner: boolean): ScimFilter {
    let left = this.parseUnary(inner);
    while (this.isKeyword(this.peek(), 'and')) {
      this.next();
      left = { kind: 'and', left, right: this.parseUnary(inner) };
    }
    return left;
  }

  private parseUnary(inner: boolean): ScimFilter {
    const t = this.peek();
    if (!t) throw invalidAt(this.inputLength, 'expected an expression');
    if (++this.depth > MAX_DEPTH) throw invalidAt(t.pos, `nesting deeper than ${MAX_DEPTH}`);
    try {
      if (this.isKeyword(t, 'not') && this.peek(1)?.type === '(') {
        this.index += 2;
        const filter = this.parseOr(inner);
        this.expect(')', "')'");
        return { kind: 'not', filter };
      }
      if (t.type === '(') {
        this.next();
        const filter = this.parseOr(inner);
        this.expect(')', "')'");
        return filter;
      }
      return this.parseAttrExp(inner);
    } finally {
      this.depth -= 1;
    }
  }

  private parseAttrExp(inner: boolean): ScimFilter {
    const t = this.expect('word', 'an attribute path');
    const path = parseAttrPathText(t.text);
    if (!path) throw invalidAt(t.pos, `invalid attribute path '${t.text}'`);
    if (this.peek()?.type === '[') {
      if (inner) throw invalidAt(this.peek()!.pos, 'value filters cannot be nested');
      return this.parseValuePath(path);
    }
    return this.parseOperator(path);
  }

  private parseValuePath(path: AttrPath): ScimFilter {
    if (path.sub) throw invalidAt(this.peek()!.pos, 'a value filter applies to a multi-valued attribute, not a sub-attribute');
    this.next();
    let filter = this.parseOr(true);
    this.expect(']', "']'");
    const after = this.peek();
    if (after?.type === 'word' && after.text.startsWith('.')) {
      this.next();
      const sub = after.text.slice(1);
      if (!isAttrName(sub)) throw invalidAt(after.pos, `invalid sub-attribute '${after.text}'`);
      filter = { kind: 'and', left: filter, right: this.parseOperator({ attr: sub }) };
    }
    return { kind: 'valuePath', path, filter };
  }

  private parseOperator(path: AttrPath): ScimFilter {
    const t = this.next();
    const op = t?.type === 'word' ? t.text.toLowerCase() : '';
    if (op === 'pr') return { kind: 'present', path };
    if (!COMPARE_OPS.has(op)) throw invalidAt(t?.pos ?? this.inputLength, `expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)`);
    return { kind: 'compare', path, op: op as CompareOp, value: this.parseValue() };
  }

  private parseValue(): CompValue {
    const t = this.next();
    if (!t) throw invalidAt(this.inputLength, 'expected a value');
    if (t.type === 'string') return t.text;
    if (t.type === 'number') return Number(t.text);
    if (t.type === 'word') {
      const lower = t.text.toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      if (lower === 'null') return null;
    }
    throw invalidAt(t.pos, `expected a value (string, number, true, false or null), got '${t.text}'`);
  }
}

/** Parses a SCIM filter expression into an AST; throws ScimError(400, invalidFilter) on any error. */
export function parseFilter(text: string): ScimFilter {
  return new FilterParser(tokenize(text), text.length).parseAll();
}

/**
 * Parses a PATCH `path` (RFC 7644 §3.5.2): `name.givenName`, `emails[type eq "work"].value`,
 * `urn:...:enterprise:2.0:User:manager`, or a bare extension URN. Throws ScimError(400, invalidPath).
 */
export function parsePatchPath(text: string): PatchPath {
  const trimmed = text.trim();
  if (!trimmed) throw ScimError.invalidPath('PATCH path is empty');
  if (isKnownSchemaUrn(trimmed)) return { path: { uri: trimmed, attr: '' }, schemaUrn: trimmed };
  const open = trimmed.indexOf('[');
  if (open < 0) {
    const path = parseAttrPathText(trimmed);
    if (!path) throw ScimError.invalidPath(`Invalid PATCH path '${text}'`);
    return { path };
  }
  const close = trimmed.lastIndexOf(']');
  const path = parseAttrPathText(trimmed.slice(0, open));
  const tail = trimmed.slice(close + 1);
  if (!path || path.sub || close < open || (tail && !/^\.[A-Za-z$][A-Za-z0-9_$-]*$/.test(tail))) {
    throw ScimError.invalidPath(`Invalid PATCH path '${text}'`);
  }
  const filterText = trimmed.slice(open + 1, close);
  let valueFilter: ScimFilter;
  try {
    const parser = new FilterParser(tokenize(filterText), filterText.length);
    valueFilter = parser.parseInner();
    if (parser.position() !== filterText.length) throw ScimError.invalidFilter('trailing input');
  } catch (err) {
    if (err instanceof ScimError) throw ScimError.invalidPath(`Invalid value filter in PATCH path '${text}': ${err.detail}`);
    throw err;
  }
  return { path, valueFilter, ...(tail ? { subAttr: tail.slice(1) } : {}) };
}
