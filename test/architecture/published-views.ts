import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceFiles } from './lib-tables';

export interface PublishedView {
  file: string;
  lib: string;
  name: string;
  sql: string;
}

/** Every `export const X_VIEW = '…'` of the libs: the inline views a lib publishes of its tables for other libs' SQL. */
export function publishedViews(root: string, libs: readonly string[]): PublishedView[] {
  return libs.flatMap((lib) =>
    sourceFiles(join(root, 'libs', lib, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/export const ([A-Z_]+_VIEW) = '([^']*)';/g)].map((m) => ({ file: relative(root, file), lib, name: m[1], sql: m[2] })),
    ),
  );
}

/**
 * The table a view reads when it is a plain column list of one table (`(SELECT a, b FROM t)`), which PostgreSQL
 * always flattens into the reading statement; null for anything else (a filter, join, aggregate or expression could
 * stop it being flattened, or change what readers get).
 */
export function plainViewTable(sql: string): string | null {
  return /^\(SELECT [a-z_]+(?:, [a-z_]+)* FROM ([a-z_]+)\)$/.exec(sql)?.[1] ?? null;
}
