import { join } from 'node:path';
import { DataSource, EntityManager, Logger, QueryRunner } from 'typeorm';
import { SqlExampleCall, sqlSnapshotSpec, TransactionHost } from '@app/persistence';
import { insertExampleWorld } from './example-world';
import { formatSql } from './format-sql';
import { RepositoryClass } from './repositories';

/** Where the snapshots are committed, relative to the repository root. */
export const SQL_SNAPSHOT_DIR = 'schema/sql';

type Repository = Record<string, (...args: unknown[]) => unknown>;
type RepositoryType = new (host: TransactionHost) => object;

/** A repository class found in the source, and the class itself. */
export interface LoadedRepository extends RepositoryClass {
  type: RepositoryType;
}
interface Statement {
  sql: string;
  params: unknown[];
}

/** `libs/<lib>/src/a/b.repository.ts` → `<lib>/b.repository.sql` (under SQL_SNAPSHOT_DIR). */
export function snapshotFileOf(repository: RepositoryClass): string {
  const base = repository.file.split('/').pop() as string;
  return `${repository.lib}/${base.replace(/\.ts$/, '.sql')}`;
}

/** Requires each repository's module (under `root`) and takes its class. */
export function loadRepositories(root: string, repositories: RepositoryClass[]): LoadedRepository[] {
  return repositories.map((repository) => {
    const type = (require(join(root, repository.file)) as Record<string, RepositoryType | undefined>)[repository.className];
    if (typeof type !== 'function') throw new Error(`${repository.file} does not export ${repository.className}`);
    return { ...repository, type };
  });
}

function build(repository: LoadedRepository, host: TransactionHost): Repository {
  const deps = (Reflect.getMetadata('design:paramtypes', repository.type) ?? []) as unknown[];
  if (deps.some((d) => d !== TransactionHost)) throw new Error(`${repository.className}: the SQL generator only builds repositories whose constructor takes a TransactionHost`);
  return new repository.type(host) as Repository;
}

/** Runs `fn`, keeping every statement `runner` sends meanwhile (the data source's logger is swapped for a recorder). */
async function capture(dataSource: DataSource, runner: QueryRunner | undefined, fn: () => unknown): Promise<Statement[]> {
  const holder = dataSource as unknown as { logger: Logger };
  const original = holder.logger;
  const statements: Statement[] = [];
  const ignore = () => undefined;
  holder.logger = {
    logQuery: (sql: string, params?: unknown[], from?: QueryRunner) => void (from === runner && statements.push({ sql, params: params ?? [] })),
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
  try {
    await fn();
  } finally {
    holder.logger = original;
  }
  return statements;
}

const GENERATED_UUID = /\b(?!00000000-0000-4000-8000-)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g;

/** Parameters as JSON; an id the database generated during the example (not a fixed example id) reads `<uuid>`. */
const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (v === undefined ? null : v)).replace(GENERATED_UUID, '<uuid>');

/** A copy of an example's params (keeping class instances' prototypes): a method may fill in what it is given, e.g. `save`. */
function copy<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copy) as T;
  if (value instanceof Date) return new Date(value) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]) => [k, copy(v as unknown)]);
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object | null) as object, Object.fromEntries(entries)) as T;
}

function entry(title: string, example: SqlExampleCall, statements: Statement[]): string {
  const lines = [`-- ${title}${example.name ? ` (${example.name})` : ''}`, `-- args: ${json(example.params)}`];
  if (statements.length === 0) lines.push('-- (no SQL)');
  for (const s of statements) {
    lines.push(`${formatSql(s.sql)};`);
    if (s.params.length) lines.push(`-- params: ${json(s.params)}`);
  }
  return lines.join('\n');
}

class RollBack extends Error {}

/** Code-unit order, the same on every machine (localeCompare follows the locale). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function snapshotOf(repository: LoadedRepository, dataSource: DataSource, host: TransactionHost, manager: EntityManager, failures: string[]): Promise<string> {
  const entries: string[] = [];
  for (const method of [...repository.methods].sort()) {
    const title = `${repository.className}.${method}`;
    const spec = sqlSnapshotSpec(repository.type, method);
    if (!spec) throw new Error(`${title} has neither @GenerateSql nor @SkipGenerateSql`);
    if ('skip' in spec) {
      entries.push(`-- ${title}: skipped, ${spec.skip}`);
      continue;
    }
    for (const example of spec.examples) {
      await manager.query('SAVEPOINT sql_example');
      const repo = build(repository, host);
      try {
        entries.push(entry(title, example, await capture(dataSource, manager.queryRunner, () => repo[method](...copy(example.params)))));
      } catch (e) {
        failures.push(`${title}${example.name ? ` (${example.name})` : ''}: ${e instanceof Error ? e.message : String(e)}`);
      }
      await manager.query('ROLLBACK TO SAVEPOINT sql_example');
    }
  }
  return entries.join('\n\n');
}

/**
 * Empties every table of the app's schema inside the examples' transaction (rolled back with it): the examples see
 * only the example world, so rows a database already holds (another test's, a developer's) never change the SQL a
 * method runs (a list whose follow-up read runs only when the first one found rows).
 */
async function emptyTables(manager: EntityManager): Promise<void> {
  const [{ tables }] = await manager.query<Array<{ tables: string | null }>>(
    `SELECT string_agg(format('%I.%I', schemaname, tablename), ', ') AS tables FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'migrations'`,
  );
  if (tables) await manager.query(`TRUNCATE ${tables}`);
}

const HEADER = '-- Generated by `npm run sql:generate` from the @GenerateSql examples of the repositories: do not edit.\n-- The drift test fails when a change alters this SQL; regenerate and read the diff.';

/**
 * The SQL each annotated repository method runs, by snapshot file (`<lib>/<name>.repository.sql` → content). All
 * examples run in one transaction that is rolled back, each inside a savepoint, on a small example world
 * (example-world.ts), with foreign keys off (session_replication_role = replica, which takes a superuser: CI's
 * `postgres` and the embedded engine's user are) so examples may insert rows naming the fixed example ids.
 */
export async function generateSqlSnapshots(dataSource: DataSource, repositories: LoadedRepository[]): Promise<Map<string, string>> {
  const host = new TransactionHost(dataSource);
  const parts = new Map<string, string[]>();
  const failures: string[] = [];
  try {
    await host.run(async (manager) => {
      await manager.query('SET LOCAL session_replication_role = replica');
      await emptyTables(manager);
      await insertExampleWorld(manager);
      for (const repository of [...repositories].sort((a, b) => byText(a.file, b.file) || byText(a.className, b.className))) {
        const file = snapshotFileOf(repository);
        parts.set(file, [...(parts.get(file) ?? []), await snapshotOf(repository, dataSource, host, manager, failures)]);
      }
      throw new RollBack();
    });
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
  }
  if (failures.length) throw new Error(`SQL examples failed (fix the @GenerateSql params):\n${failures.join('\n')}`);
  return new Map([...parts].map(([file, bodies]) => [file, `${HEADER}\n\n${bodies.join('\n\n')}\n`]));
}
