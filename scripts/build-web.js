// Builds the console (apps/web) into dist/web: typed documents from schema/schema.gql, then Vite.
// Skipped when none of its inputs changed (a warm `npm start` stays fast); --force builds anyway.
const { execFileSync } = require('node:child_process');
const path = require('node:path');
const { buildIfChanged, root } = require('./build-stamp');

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

buildIfChanged({
  name: 'console (dist/web)',
  inputs: ['apps/web', 'schema/schema.gql', 'package-lock.json'],
  skip: ['gql', 'e2e'],
  output: 'dist/web/index.html',
  stampFile: 'dist/web/.inputs',
  force: process.argv.includes('--force'),
  build: () => {
    run(bin('graphql-codegen'), ['--config', 'apps/web/codegen.yml', '--silent']);
    run(bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--logLevel', 'warn']);
  },
});
