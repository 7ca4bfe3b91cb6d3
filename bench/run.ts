import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * npm run bench [-- <name>…]: runs each benchmark in its own process on a fresh database (a new
 * database on DATABASE_URL's server, or the embedded engine). Each prints its figures as ratios to a
 * baseline measured in the same run over the same pool (hand-written SQL, COPY).
 *
 * The benchmarks run compiled (bench/tsconfig.json → dist/bench), with plain node as production runs:
 * ts-node loads Node's REPL, and with it the `domain` module, whose async hooks and EventEmitter wrapper
 * tax every request of the service being measured.
 */
const BENCHES: Record<string, string> = {
  team: 'team-query.bench.ts',
  reads: 'console-reads.bench.ts',
  renewals: 'renewals.bench.ts',
  reminders: 'reminders.bench.ts',
  connectors: 'connectors.bench.ts',
  impact: 'impact.bench.ts',
  refusals: 'refusal-timing.bench.ts',
  uploads: 'uploads.bench.ts',
  console: 'console.bench.ts',
};

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BENCHES);
const root = join(__dirname, '..');
const out = join(root, 'dist', 'bench');
const build = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(__dirname, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
let failed = false;
for (const name of names) {
  const file = BENCHES[name];
  if (!file) {
    process.stderr.write(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
  process.stdout.write(`\n== ${name} ==\n`);
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '-r', 'tsconfig-paths/register', join(out, 'bench', file.replace(/\.ts$/, '.js'))], {
    cwd: root,
    stdio: 'inherit',
    // NODE_ENV=production as deployed: graphql-js, for one, picks its production code paths at load time.
    // tsconfig-paths resolves the @app/* aliases against the compiled tree.
    env: { ...process.env, NODE_ENV: 'production', TS_NODE_PROJECT: join(root, 'tsconfig.json'), TS_NODE_BASEURL: out },
  });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
