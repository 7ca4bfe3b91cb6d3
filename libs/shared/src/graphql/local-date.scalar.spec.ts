import { Kind } from 'graphql';
import { LocalDateScalar } from './local-date.scalar';

describe('LocalDate scalar', () => {
  it('serializes dates from the database and from Date objects as yyyy-MM-dd', () => {
    expect(LocalDateScalar.serialize('2027-02-28')).toBe('2027-02-28');
    expect(LocalDateScalar.serialize(new Date('2027-03-01T00:00:00Z'))).toBe('2027-03-01');
  });

  it('refuses output that is not a date', () => {
    expect(() => LocalDateScalar.serialize('28.02.2027')).toThrow(/yyyy-MM-dd/);
    expect(() => LocalDateScalar.serialize(20270228)).toThrow(/yyyy-MM-dd/);
  });

  it('refuses input that is not a calendar date, as a bad user input', () => {
    expect(LocalDateScalar.parseValue('2028-02-29')).toBe('2028-02-29');
    expect(() => LocalDateScalar.parseValue('2027-02-29')).toThrow(/calendar date/);
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.STRING, value: '2027-13-01' })).toThrow(/calendar date/);
    const error = (() => {
      try {
        return LocalDateScalar.parseValue('2027-02-30');
      } catch (e) {
        return e as { code: string };
      }
    })();
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses years before 1900 and after 9999', () => {
    expect(LocalDateScalar.parseValue('1900-01-01')).toBe('1900-01-01');
    expect(LocalDateScalar.parseValue('9999-12-31')).toBe('9999-12-31');
    for (const bad of ['0000-01-01', '1899-12-31', '+10000-01-01']) expect(() => LocalDateScalar.parseValue(bad)).toThrow(/1900-01-01 and 9999-12-31|calendar date/);
  });
});
