import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * npm run bench [-- <name>…]: runs each benchmark in its own process on a fresh database (a new
 * database on DATABASE_URL's server, or the embedded engine). Each prints its figures as ratios to a
 * baseline measured in the same run over the same pool (hand-written SQL, COPY).
 */
const BENCHES: Record<string, string> = {
  team: 'team-query.bench.ts',
  renewals: 'renewals.bench.ts',
  reminders: 'reminders.bench.ts',
  connectors: 'connectors.bench.ts',
  impact: 'impact.bench.ts',
};

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
let failed = false;
for (const name of names) {
  const file = BENCHES[name];
  if (!file) {
    process.stderr.write(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  process.stdout.write(`\n== ${name} ==\n`);
  const root = join(__dirname, '..');
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', join(__dirname, file)], {
    cwd: root,
    stdio: 'inherit',
    // NODE_ENV=production as deployed: graphql-js, for one, picks its production code paths at load time.
    env: { ...process.env, NODE_ENV: 'production', TS_NODE_PROJECT: join(root, 'tsconfig.json') },
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
