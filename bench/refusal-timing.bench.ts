import { randomUUID } from 'node:crypto';
import { benchApp, runStandalone } from './support/gql-client';
import { ms, pct } from './support/timing';

const TARGET_MS = 0.3;

/** An org of `size` people under one root manager, and an outsider team; returns subjects and ids. */
async function seed(pool: import('pg').Pool) {
  const person = async (roles: string[], managerId: string | null) => {
    const tag = randomUUID();
    const { rows } = await pool.query(
      `INSERT INTO employee (first_name, last_name, email, auth_subject, roles, manager_id, status, version)
       VALUES ('Bench', $1, $2, $3, $4, $5, 'ACTIVE', 1) RETURNING id, auth_subject AS subject`,
      [tag, `${tag}@bench.test`, `bench|${tag}`, roles, managerId],
    );
    return rows[0] as { id: string; subject: string };
  };
  const hr = await person(['HR_ADMIN', 'EMPLOYEE'], null);
  const director = await person(['MANAGER', 'EMPLOYEE'], null);
  const manager = await person(['MANAGER', 'EMPLOYEE'], director.id);
  for (let i = 0; i < 20; i++) await person(['EMPLOYEE'], manager.id);
  const otherDirector = await person(['MANAGER', 'EMPLOYEE'], null);
  const otherManager = await person(['MANAGER', 'EMPLOYEE'], otherDirector.id);
  const outsider = await person(['EMPLOYEE'], otherManager.id);
  return { hr, manager, outsider };
}

/**
 * A refused id and a missing one must cost the same, or timing tells an attacker which ids exist. For reads by id
 * (employee, certification record) and a list naming an employee, a manager asks for an id out of their line and
 * for an id that does not exist: medians of interleaved calls of each kind, and their difference.
 */
export async function run(url: string, runs = Number(process.env.BENCH_RUNS ?? 200)): Promise<void> {
  const { pool, gql, call, close } = await benchApp(url);
  try {
    const org = await seed(pool);
    const cert = (await gql(org.hr.subject, `mutation($i: CreateCertificationInput!) { createCertification(input: $i) { ... on Certification { id } } }`, {
      i: { name: `Bench ${randomUUID()}`, issuer: 'Bench' },
    })()).createCertification as { id: string };
    const record = (await gql(org.hr.subject, `mutation($i: RecordCertificationInput!) { recordCertification(input: $i) { ... on CertificationRecord { id } } }`, {
      i: { employeeId: org.outsider.id, certificationId: cert.id, earnedOn: '2026-01-01' },
    })()).recordCertification as { id: string };
    const reads: Array<[string, string, string]> = [
      ['employee(id)', `query($id: ID!) { employee(id: $id) { id } }`, org.outsider.id],
      ['certificationRecord(id)', `query($id: ID!) { certificationRecord(id: $id) { id } }`, record.id],
      ['certificationRecords(employeeId)', `query($id: ID) { certificationRecords(employeeId: $id) { totalCount } }`, org.outsider.id],
    ];
    process.stdout.write(`a manager reads ids out of their line (refused) and ids that do not exist (missing); ${runs} interleaved calls of each\n`);
    let worst = 0;
    for (const [name, query, refusedId] of reads) {
      const refused = call(org.manager.subject, query, { id: refusedId });
      const missing = call(org.manager.subject, query, { id: randomUUID() });
      for (const [kind, send] of [['refused', refused], ['missing', missing]] as const) {
        const code = (await send()).errors?.[0]?.extensions?.code;
        if (code !== 'NOT_FOUND') throw new Error(`${name} ${kind}: expected NOT_FOUND, got ${code}`);
      }
      const t = await timePairs(runs, 20, refused, missing);
      const diff = pct(t.refused, 50) - pct(t.missing, 50);
      worst = Math.max(worst, Math.abs(diff));
      process.stdout.write(
        `  ${name.padEnd(34)} refused p50 ${ms(pct(t.refused, 50))}  missing p50 ${ms(pct(t.missing, 50))}  difference ${signed(diff)}` +
          `  (median of paired differences ${signed(pct(t.pairs, 50))}; service CPU p50 ${ms(pct(t.refusedCpu, 50))} vs ${ms(pct(t.missingCpu, 50))})\n`,
      );
    }
    process.stdout.write(`  largest difference of medians ${ms(worst)} (target: within ${TARGET_MS} ms) ${worst <= TARGET_MS ? 'OK' : 'OVER'}\n`);
  } finally {
    await close();
  }
}

const signed = (n: number) => `${n >= 0 ? '+' : ''}${ms(n)}`;

/**
 * Calls of both kinds back to back, alternating which goes first; each kind's sorted durations, the sorted per-round
 * differences (refused - missing), which a load change on the machine shifts alike, and the CPU time this process
 * (the service and its client) spent on each call, which other processes' load hardly moves.
 */
async function timePairs(runs: number, warmup: number, refused: () => Promise<unknown>, missing: () => Promise<unknown>) {
  const time = async (fn: () => Promise<unknown>) => {
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    await fn();
    const cpu = process.cpuUsage(cpu0);
    return { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (cpu.user + cpu.system) / 1000 };
  };
  const out = { refused: [] as number[], missing: [] as number[], pairs: [] as number[], refusedCpu: [] as number[], missingCpu: [] as number[] };
  for (let round = 0; round < warmup + runs; round++) {
    const [r, m] = round % 2 ? [await time(refused), await time(missing)] : [await time(missing), await time(refused)].reverse();
    if (round < warmup) continue;
    out.refused.push(r.wall);
    out.missing.push(m.wall);
    out.pairs.push(r.wall - m.wall);
    out.refusedCpu.push(r.cpu);
    out.missingCpu.push(m.cpu);
  }
  for (const list of Object.values(out)) list.sort((a, b) => a - b);
  return out;
}

runStandalone(module, run);
