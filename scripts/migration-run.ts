import { closeDataSource, openDataSource } from './data-source';

/** npm run migration:run — applies pending migrations to DATABASE_URL (or the embedded engine). */
async function main() {
  const handle = await openDataSource();
  const applied = await handle.dataSource.runMigrations({ transaction: 'each' });
  process.stdout.write(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}\n` : 'No pending migrations.\n');
  await closeDataSource(handle);
}
void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
