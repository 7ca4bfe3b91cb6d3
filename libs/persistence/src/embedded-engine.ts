import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export interface EmbeddedEngine {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WASM) in this process behind a PostgreSQL wire-protocol
 * socket, so the app talks plain `pg` to it exactly as to a server. Data persists in `dataDir`.
 * Concurrent connections are multiplexed; each transaction runs alone, which gives serializable
 * behaviour (never the wrong answer, only less parallelism).
 */
export async function startEmbeddedEngine(dataDir: string, port = 0, maxConnections = 20): Promise<EmbeddedEngine> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(dir);
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections });
  await server.start();
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return {
    url: `postgres://postgres@127.0.0.1:${address.port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
