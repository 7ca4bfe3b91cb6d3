import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeDataSource, openDataSource } from './data-source';
import { pendingSchemaSql } from './pending-schema-sql';

/**
 * npm run migration:generate -- <Name>: runs every migration on the database, diffs it with the
 * entities, writes migrations/<timestamp>-<Name>.ts and registers it in migrations/index.ts.
 * Read the file before committing it.
 */
async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
  const handle = await openDataSource();
  await handle.dataSource.runMigrations({ transaction: 'each' });
  const { up, down } = await pendingSchemaSql(handle.dataSource);
  await closeDataSource(handle);
  if (!up.length) {
    process.stdout.write('No changes: the entities match the migrations.\n');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const esc = (q: string) => `    await queryRunner.query(\`${q.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\`);`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(esc).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map(esc).join('\n')}
  }
}
`;
  const file = `${timestamp}-${name}`;
  writeFileSync(join(__dirname, '../migrations', `${file}.ts`), body);
  const indexPath = join(__dirname, '../migrations/index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/(\/\*\*[^]*?\*\/\n)/, `$1import { ${className} } from './${file}';\n`)
    .replace(/export const ALL_MIGRATIONS = \[([^]*?)\];/, (_m, list: string) => {
      const items = list.split(',').map((s) => s.trim()).filter(Boolean).concat(className);
      return `export const ALL_MIGRATIONS = [\n${items.map((i) => `  ${i},`).join('\n')}\n];`;
    });
  writeFileSync(indexPath, index);
  process.stdout.write(`Wrote migrations/${file}.ts (${up.length} statements)\n`);
}
void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : e}\n`);
  process.exit(1);
});
