import { DateTimeScalar } from '../graphql/date-time.scalar';
import { JsonScalar } from '../graphql/json.scalar';
import { localDateProblem, parseDateTime } from './dates';
import { isUuid, storableText, textProblem } from './text';

describe('input rules', () => {
  it('text: NUL, control characters and unpaired surrogates are refused; tabs, new lines and emoji are kept', () => {
    for (const ok of ['Maya López', 'line 1\nline 2\r\n\tindented', '👩🏽‍💻 engineer']) expect(textProblem(ok)).toBeNull();
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('bell\u0007')).toMatch(/control/);
    expect(textProblem('x\uD800y')).toMatch(/surrogate/);
    expect(textProblem('\uDC00')).toMatch(/surrogate/);
  });

  it('storable text: what textProblem refuses becomes U+FFFD, the rest is kept', () => {
    expect(storableText('a\u0000b\u0007c\uD800d\uDC00')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFD');
    for (const ok of ['line 1\n\tline 2', '👩🏽‍💻 engineer']) expect(storableText(ok)).toBe(ok);
  });

  it('ids are UUIDs', () => {
    expect(isUuid('5c1f8b0e-6a4e-4e5b-9a43-0d0b7f1c2a3d')).toBe(true);
    for (const bad of ['abc', '', 5, '5c1f8b0e-6a4e-4e5b-9a43-0d0b7f1c2a3d\u0000', null]) expect(isUuid(bad)).toBe(false);
  });

  it('calendar dates must exist and lie in 1900–9999', () => {
    expect(localDateProblem('2028-02-29')).toBeNull();
    expect(localDateProblem('2025-02-30')).toMatch(/calendar date/);
    expect(localDateProblem('2025-13-01')).toMatch(/calendar date/);
    expect(localDateProblem('1899-12-31')).toMatch(/1900-01-01 and 9999-12-31/);
  });

  it('date-times must be real instants in range; impossible ones are not rolled over', () => {
    expect(parseDateTime('2026-03-01T09:30:00Z')).toEqual(new Date('2026-03-01T09:30:00Z'));
    expect(parseDateTime('2026-03-01T09:30:00+02:00')).toEqual(new Date('2026-03-01T07:30:00Z'));
    expect(parseDateTime('2026-03-01')).toEqual(new Date('2026-03-01T00:00:00Z'));
    for (const bad of ['2025-02-30T10:00:00Z', '2025-13-01T00:00:00Z', 'yesterday', '1700000000000']) expect(parseDateTime(bad)).toMatch(/ISO 8601/);
    expect(parseDateTime('0000-01-01T00:00:00Z')).toMatch(/1900/);
    expect(() => DateTimeScalar.parseValue('2025-02-30T10:00:00Z')).toThrow(/DateTime must be an ISO 8601/);
    expect(() => DateTimeScalar.parseValue(1700000000000)).toThrow(/DateTime/);
  });

  it('JSON input is limited in depth and size, and its text must be storable', () => {
    const nested = (depth: number) => {
      let v: unknown = 1;
      for (let i = 0; i < depth; i++) v = { a: v };
      return v;
    };
    expect(JsonScalar.parseValue(nested(19))).toEqual(nested(19));
    expect(() => JsonScalar.parseValue(nested(5000))).toThrow(/nested at most 20 levels/);
    expect(() => JsonScalar.parseValue(Array.from({ length: 10_001 }, () => 1))).toThrow(/at most 10000 values/);
    expect(() => JsonScalar.parseValue({ note: 'a\u0000b' })).toThrow(/NUL/);
    expect(() => JsonScalar.parseValue({ ['k\uD800']: 1 })).toThrow(/surrogate/);
  });
});
