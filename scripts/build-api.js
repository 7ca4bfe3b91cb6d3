// Builds the service and the worker with `nest build` (nest-cli.json: SWC, no type check — `npm test`
// type-checks) into dist/. Skipped when no source, migration or build setting changed; --force builds anyway.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { buildIfChanged, root } = require('./build-stamp');

buildIfChanged({
  name: 'service (dist/apps, dist/libs)',
  inputs: ['apps/api', 'apps/worker', 'libs', 'migrations', 'nest-cli.json', '.swcrc', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
  output: 'dist/apps/api/src/main.js',
  stampFile: 'dist/.service-inputs',
  force: process.argv.includes('--force'),
  build: () => execFileSync(path.join(root, 'node_modules', '.bin', 'nest'), ['build', 'api'], { cwd: root, stdio: 'inherit' }),
});
