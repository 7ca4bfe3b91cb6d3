import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The `.sql` files under `dir`, by path relative to it (with `/`). */
export function readSnapshots(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.sql')) files.set(relative(dir, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  try {
    walk(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Replaces the snapshots under `dir` with `files` (a repository that is gone loses its file). */
export function writeSnapshots(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [file, content] of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
}

/** The snapshot files that differ (`committed` is what the repository holds, `generated` what the code runs now). */
export function differingSnapshots(committed: Map<string, string>, generated: Map<string, string>): string[] {
  return [...new Set([...committed.keys(), ...generated.keys()])].filter((file) => committed.get(file) !== generated.get(file)).sort();
}

/** The given files' contents one after the other, each under its name (`(none)` when absent): text for a diff. */
export function renderSnapshots(files: Map<string, string>, names: string[]): string {
  return names.map((name) => `===== ${name}\n${files.get(name) ?? '(none)\n'}`).join('\n');
}
