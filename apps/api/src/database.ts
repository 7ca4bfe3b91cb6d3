import { AppConfig } from '@app/shared';
import { startEmbeddedEngine } from '@app/persistence';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded engine on DATA_DIR. */
export async function resolveDatabase(config: AppConfig): Promise<ResolvedDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  const engine = await startEmbeddedEngine(config.DATA_DIR);
  return { url: engine.url, embedded: true, stop: () => engine.stop() };
}
