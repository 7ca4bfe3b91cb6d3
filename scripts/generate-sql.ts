import { join } from 'node:path';
import { closeDataSource, openDataSource } from './data-source';
import { generateSqlSnapshots, loadRepositories, SQL_SNAPSHOT_DIR } from './sql-snapshots/generate';
import { undeclaredMethods } from './sql-snapshots/coverage';
import { findRepositories } from './sql-snapshots/repositories';
import { writeSnapshots } from './sql-snapshots/snapshot-files';

/** npm run sql:generate — writes schema/sql/<lib>/<name>.repository.sql from the repositories' @GenerateSql examples. */
async function main() {
  const started = Date.now();
  const root = join(__dirname, '..');
  const handle = await openDataSource();
  try {
    await handle.dataSource.runMigrations({ transaction: 'each' });
    const repositories = loadRepositories(root, findRepositories(root));
    const undeclared = undeclaredMethods(repositories);
    if (undeclared.length) throw new Error(`Give these methods @GenerateSql examples or @SkipGenerateSql('why'):\n${undeclared.join('\n')}`);
    const files = await generateSqlSnapshots(handle.dataSource, repositories);
    writeSnapshots(join(root, SQL_SNAPSHOT_DIR), files);
    process.stdout.write(`Wrote ${files.size} files to ${SQL_SNAPSHOT_DIR}/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  } finally {
    await closeDataSource(handle);
  }
}
void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
