import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Source files of a folder, recursively (specs left out: tests may set up any table). */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** Each table and the lib whose entity declares it (`@Entity('table')`). */
export function tableOwners(libsDir: string): Map<string, string> {
  const owners = new Map<string, string>();
  for (const lib of readdirSync(libsDir)) {
    for (const file of sourceFiles(join(libsDir, lib))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/@Entity\(\s*'([a-z_]+)'/g)) owners.set(m[1], lib);
    }
  }
  return owners;
}

/**
 * Where a lib's SQL names a table another lib owns: `FROM`, `JOIN`, `INTO`, `UPDATE` or `DELETE FROM` followed by
 * the table's name, in any string of the file. One line per (file, table), as `libs/<lib>/…/file.ts -> table (owner)`.
 */
export function crossLibSql(root: string): string[] {
  const libsDir = join(root, 'libs');
  const owners = tableOwners(libsDir);
  const found = new Set<string>();
  for (const lib of readdirSync(libsDir)) {
    for (const file of sourceFiles(join(libsDir, lib))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+"?([a-z_]+)"?(?=[\s,;()`'"]|$)/gi)) {
        const owner = owners.get(m[1]);
        if (owner && owner !== lib) found.add(`${relative(root, file)} -> ${m[1]} (${owner})`);
      }
    }
  }
  return [...found].sort();
}
