import { AddressAllowance } from './address-allowance';

describe('AddressAllowance (anonymous audit entries per address)', () => {
  it('admits perMinute entries per address, counts the rest and reports them on the next minute\'s first entry', () => {
    let now = 1_000_000;
    const allowance = new AddressAllowance(3, () => now);
    const first = Array.from({ length: 10 }, () => allowance.admit('10.0.0.1'));
    expect(first.map((a) => a.record)).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect(allowance.admit('10.0.0.2')).toEqual({ record: true, suppressedBefore: 0 });
    now += 60_000;
    expect(allowance.admit('10.0.0.1')).toEqual({ record: true, suppressedBefore: 7 });
    expect(allowance.admit('10.0.0.1')).toEqual({ record: true, suppressedBefore: 0 });
  });

  it('caps all addresses together at 50 × perMinute a minute', () => {
    const allowance = new AddressAllowance(1, () => 0);
    const admitted = Array.from({ length: 80 }, (_, i) => allowance.admit(`10.0.1.${i}`)).filter((a) => a.record).length;
    expect(admitted).toBe(50);
  });
});
