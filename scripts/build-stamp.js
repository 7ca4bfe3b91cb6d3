// A build step is skipped when none of its inputs changed since it last succeeded: the hash of the
// inputs (paths and contents) is kept next to its output.
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');

function files(entry, skip) {
  if (!existsSync(entry)) return [];
  if (statSync(entry).isFile()) return [entry];
  return readdirSync(entry, { withFileTypes: true }).flatMap((e) => (skip.has(e.name) ? [] : files(path.join(entry, e.name), skip)));
}

/** Hash of every file under the given paths (relative to the repository), skipping folders named in skip. */
function inputsHash(paths, skip = []) {
  const hash = createHash('sha256');
  const all = paths.flatMap((p) => files(path.join(root, p), new Set(['node_modules', ...skip]))).sort();
  for (const f of all) hash.update(path.relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  return hash.digest('hex');
}

/** Runs build() unless the inputs hash equals the one stored in stampFile and output exists. */
function buildIfChanged({ name, inputs, skip, output, stampFile, force, build }) {
  const hash = inputsHash(inputs, skip);
  const stamp = path.join(root, stampFile);
  if (!force && existsSync(path.join(root, output)) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) {
    process.stdout.write(`${name}: unchanged, build skipped\n`);
    return;
  }
  build();
  writeFileSync(stamp, hash);
  process.stdout.write(`${name}: built\n`);
}

module.exports = { buildIfChanged, root };
