import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startEmbeddedEngine } from '@app/persistence';

/** A brand-new empty database: a new database on the server, or a new embedded data directory. */
export async function emptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (process.env.SKILLPATH_TEST_ENGINE === 'embedded') {
    const engine = await startEmbeddedEngine(mkdtempSync(join(tmpdir(), 'skillpath-empty-')));
    return { url: engine.url, drop: () => engine.stop() };
  }
  const name = `skillpath_empty_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await admin.initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE ${name}`);
      await admin.destroy();
    },
  };
}

