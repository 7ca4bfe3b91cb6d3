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
  keepProtocolCyclesTogether(server as unknown as { queryQueue: QueryQueue });
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

/** The socket server's internal queue of wire messages (one entry per message, per connection). */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(chunk: Uint8Array): void;
}
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: { isInTransaction(): boolean; runExclusive<T>(fn: () => Promise<T>): Promise<T>; execProtocolRawStream(m: Uint8Array, o: { onRawData(d: Uint8Array): void }): Promise<unknown> };
  processQueue(): Promise<void>;
  clearQueueForHandler(id: number): void;
}

const SYNC = 0x53; // 'S' ends an extended-protocol cycle
const QUERY = 0x51; // 'Q' simple query, a cycle of its own
const TERMINATE = 0x58; // 'X'
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]); // Parse, Bind, Describe, Execute, Close, Flush

/**
 * PGlite is one session. pglite-socket multiplexes connections per wire message and keeps a
 * connection exclusive only inside a transaction, so outside one, two connections' Parse/Bind/
 * Execute can interleave and run each other's unnamed statement (electric-sql/pglite#1046).
 * This keeps a connection exclusive from its first extended-protocol message to its Sync too.
 */
function keepProtocolCyclesTogether(server: { queryQueue: QueryQueue }): void {
  const q = server.queryQueue;
  let cycleOwner: number | null = null;
  const clear = q.clearQueueForHandler.bind(q);
  q.clearQueueForHandler = (id: number) => {
    clear(id);
    if (cycleOwner === id) {
      cycleOwner = null;
      void q.processQueue();
    }
  };
  q.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = cycleOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((m) => m.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet; its enqueue restarts us
        const [item] = this.queue.splice(index, 1);
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (d) => {
                bytes += d.length;
                item.onData(d);
              },
            }),
          );
        } catch (e) {
          if (cycleOwner === item.handlerId) cycleOwner = null;
          item.reject(e);
          continue;
        }
        const type = item.message[0];
        if (type === SYNC || type === QUERY || type === TERMINATE) cycleOwner = null;
        else if (EXTENDED.has(type)) cycleOwner = item.handlerId;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}
