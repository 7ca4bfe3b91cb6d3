import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  applyExtension, CertificationRecordDates, computeCycle, CycleDates, daysLeft, daysLeftSql, ExpiryBase, PeriodSpec, recordStatusSql, RenewalPolicy, statusOn, validatePolicy,
} from '@app/certifications';

/**
 * statusOn (TypeScript, domain/renewal-status.ts) and recordStatusSql (the SQL every read uses) state one rule twice.
 * This runs both over a generated table: records the renewal rules give (validities, windows, grace periods, bases,
 * completions on month ends and 29 February, extensions, revoked and superseded), each on the days around every
 * boundary, plus seeded random column combinations the rules never write. They must agree on every row, as must
 * daysLeft and daysLeftSql.
 */
interface Case extends CertificationRecordDates {
  onDate: string;
}

const day = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

const VALIDITIES: Array<PeriodSpec | null> = [null, { amount: 1, unit: 'YEARS' }, { amount: 2, unit: 'YEARS' }, { amount: 6, unit: 'MONTHS' }, { amount: 1, unit: 'MONTHS' }, { amount: 90, unit: 'DAYS' }];
const WINDOWS: Array<PeriodSpec | null> = [null, { amount: 2, unit: 'MONTHS' }, { amount: 30, unit: 'DAYS' }, { amount: 1, unit: 'DAYS' }];
const GRACES = [0, 1, 30];
const BASES: ExpiryBase[] = ['FROM_COMPLETION', 'FROM_EXPIRY', 'FIXED_CYCLE'];
const COMPLETIONS = ['2024-01-31', '2024-02-29', '2025-06-15', '2025-12-31'];
const EXTENSIONS = [null, 1, 45];

/** Records the rules produce, each on the days around its boundaries. */
function ruleCases(): Case[] {
  const cases: Case[] = [];
  let n = 0;
  for (const validity of VALIDITIES) for (const renewalWindow of WINDOWS) for (const gracePeriodDays of GRACES) for (const expiryBase of BASES) {
    const policy: RenewalPolicy = { validity, renewalWindow, gracePeriodDays, expiryBase, ...(expiryBase === 'FIXED_CYCLE' ? { fixedCycleAnchor: { month: 1, day: 1 } } : {}) };
    if (validatePolicy(policy).length) continue;
    for (const completedOn of COMPLETIONS) for (const extendBy of EXTENSIONS) {
      const previous = expiryBase === 'FROM_EXPIRY' ? { expiresOn: day(completedOn, 10) } : null;
      let cycle: CycleDates & { extendedUntil?: string | null } = computeCycle(policy, completedOn, previous);
      if (extendBy !== null) {
        if (cycle.expiresOn === null) continue;
        cycle = applyExtension(policy, cycle, day(cycle.expiresOn, extendBy));
      }
      const flags = n++ % 5; // most plain; some revoked, superseded or both
      const record = { ...cycle, revoked: flags === 3 || flags === 4, superseded: flags === 2 || flags === 4 };
      const marks = [completedOn, cycle.windowOpensOn, cycle.expiresOn, cycle.extendedUntil ?? null, cycle.graceEndsOn].filter((d): d is string => !!d);
      const dates = new Set(['1999-12-31', '2099-01-01', ...marks.flatMap((d) => [day(d, -1), d, day(d, 1)])]);
      for (const onDate of dates) cases.push({ ...record, onDate });
    }
  }
  return cases;
}

/** Column combinations no rule writes (a missing grace end, a window after the expiry, an extension without expiry …), seeded. */
function irregularCases(count: number): Case[] {
  let seed = 19;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const maybe = () => (next() < 0.25 ? null : day('2025-01-01', Math.floor(next() * 40) - 20));
  return Array.from({ length: count }, () => ({
    expiresOn: maybe(), windowOpensOn: maybe(), graceEndsOn: maybe(), extendedUntil: maybe(),
    revoked: next() < 0.1, superseded: next() < 0.1, onDate: day('2025-01-01', Math.floor(next() * 44) - 22),
  }));
}

describe('statusOn (TypeScript) and recordStatusSql (SQL) agree', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client?.end());

  it('on every generated record and date', async () => {
    const cases = [...ruleCases(), ...irregularCases(3000)];
    // The certification_record columns themselves (their types from the migrations), one row per case.
    await client.query(`CREATE TEMP TABLE status_case AS
      SELECT 0 AS i, NULL::date AS on_date, expires_on, window_opens_on, grace_ends_on, extended_until, revoked_at, superseded_by_id
        FROM certification_record WITH NO DATA`);
    const supersededBy = randomUUID();
    const rows = cases.map((c, i) => ({
      i, on_date: c.onDate, expires_on: c.expiresOn, window_opens_on: c.windowOpensOn, grace_ends_on: c.graceEndsOn, extended_until: c.extendedUntil ?? null,
      revoked_at: c.revoked ? '2024-06-01T10:00:00Z' : null, superseded_by_id: c.superseded ? supersededBy : null,
    }));
    await client.query(`INSERT INTO status_case SELECT * FROM jsonb_populate_recordset(NULL::status_case, $1::jsonb)`, [JSON.stringify(rows)]);
    const { rows: sql } = await client.query<{ i: number; status: string; days_left: number | null }>(
      `SELECT i, ${recordStatusSql('r', 'r.on_date')} AS status, ${daysLeftSql('r', 'r.on_date')} AS days_left FROM status_case r ORDER BY i`,
    );

    expect(sql).toHaveLength(cases.length);
    const disagreements = sql
      .map((row) => ({ row, c: cases[row.i] }))
      .filter(({ row, c }) => row.status !== statusOn(c, c.onDate) || row.days_left !== daysLeft(c, c.onDate))
      .map(({ row, c }) => ({ case: c, sql: { status: row.status, daysLeft: row.days_left }, ts: { status: statusOn(c, c.onDate), daysLeft: daysLeft(c, c.onDate) } }));
    expect(disagreements.slice(0, 5)).toEqual([]);

    // The table covers the rule: every status, on rule-made records, and many of each.
    const counts = sql.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
    for (const status of ['ACTIVE', 'RENEWAL_DUE', 'IN_GRACE', 'EXPIRED', 'REVOKED', 'SUPERSEDED']) expect(counts[status]).toBeGreaterThan(100);
    expect(cases.length).toBeGreaterThan(10000);
  });
});
