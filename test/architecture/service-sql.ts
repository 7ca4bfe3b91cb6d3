import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sourceFiles } from './lib-tables';

/** A call that runs SQL or works the ORM directly: `tx.query`, `tx.manager`, `.query(`/`.query<`, `createQueryBuilder`. */
const SQL_CALL = /\btx\.(?:query|manager)\b|\.query\s*[<(]|\bcreateQueryBuilder\b/g;

/**
 * The services (`*.service.ts` under libs/) that run SQL themselves instead of through a repository, with how many
 * such calls each holds: one line per service, as `libs/<lib>/…/x.service.ts: <calls>`.
 */
export function servicesRunningSql(root: string): string[] {
  const libsDir = join(root, 'libs');
  return readdirSync(libsDir)
    .flatMap((lib) => sourceFiles(join(libsDir, lib)))
    .filter((file) => file.endsWith('.service.ts'))
    .map((file) => [relative(root, file), readFileSync(file, 'utf8').match(SQL_CALL)?.length ?? 0] as const)
    .filter(([, calls]) => calls > 0)
    .map(([file, calls]) => `${file}: ${calls}`)
    .sort();
}
