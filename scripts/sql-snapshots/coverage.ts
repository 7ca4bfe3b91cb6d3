import { sqlSnapshotSpec } from '@app/persistence';
import type { LoadedRepository } from './generate';

/** `Class.method` of each public repository method with neither @GenerateSql nor @SkipGenerateSql. */
export function undeclaredMethods(repositories: LoadedRepository[]): string[] {
  return repositories.flatMap((r) => r.methods.filter((m) => !sqlSnapshotSpec(r.type, m)).map((m) => `${r.className}.${m} (${r.file})`));
}
