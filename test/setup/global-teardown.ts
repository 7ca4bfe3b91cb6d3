import { rmSync } from 'node:fs';
import type { TestDatabases } from './global-setup';
import { dropServerWorkerDatabases } from './worker-databases';

/** Stops the workers' embedded engines, or drops their databases on the server. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __testDatabases?: TestDatabases }).__testDatabases;
  if (!state) return;
  if (state.engines.length > 0) {
    for (const engine of state.engines) await engine.stop();
    for (const dir of state.dirs) rmSync(dir, { recursive: true, force: true });
  } else {
    await dropServerWorkerDatabases(state.templateUrl, state.ids);
  }
}
