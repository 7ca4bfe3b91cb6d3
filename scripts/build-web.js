// Builds the console (apps/web) into dist/web: typed documents from schema/schema.gql, then Vite.
// Skipped when none of its inputs changed since the last build (a warm `npm start` stays fast).
const { createHash } = require('node:crypto');
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const out = path.join(root, 'dist', 'web');
const stamp = path.join(out, '.inputs');
const SKIP = new Set(['gql', 'e2e', 'node_modules']);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : files(full);
    return [full];
  });
}

function inputsHash() {
  const hash = createHash('sha256');
  const inputs = [...files(path.join(root, 'apps', 'web')), path.join(root, 'schema', 'schema.gql'), path.join(root, 'package-lock.json')].sort();
  for (const f of inputs) {
    if (!existsSync(f) || !statSync(f).isFile()) continue;
    hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  }
  return hash.digest('hex');
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

const hash = inputsHash();
const force = process.argv.includes('--force');
if (!force && existsSync(path.join(out, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
  process.stdout.write('console: unchanged, build skipped (dist/web)\n');
} else {
  run(bin('graphql-codegen'), ['--config', 'apps/web/codegen.yml', '--silent']);
  run(bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
  writeFileSync(stamp, hash);
  process.stdout.write('console: built into dist/web\n');
}
