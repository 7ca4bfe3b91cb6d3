import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { startEmbeddedEngine } from '@app/persistence';

describe('embedded engine (the default database with no server to install)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'skillpath-embedded-'));

  it('keeps its data across a restart', async () => {
    let engine = await startEmbeddedEngine(dir);
    let pool = new Pool({ connectionString: engine.url, max: 2 });
    await pool.query('CREATE TABLE kept (id int PRIMARY KEY, note text)');
    await pool.query(`INSERT INTO kept VALUES (1, 'before restart')`);
    await pool.end();
    await engine.stop();

    engine = await startEmbeddedEngine(dir);
    pool = new Pool({ connectionString: engine.url, max: 2 });
    const { rows } = await pool.query('SELECT note FROM kept WHERE id = 1');
    expect(rows).toEqual([{ note: 'before restart' }]);
    await pool.end();
    await engine.stop();
  });

  it('keeps transactions right under concurrent requests on a pool', async () => {
    const engine = await startEmbeddedEngine(dir);
    const pool = new Pool({ connectionString: engine.url, max: 10 });
    try {
      await pool.query('CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL); INSERT INTO counter VALUES (1, 0)');
      await pool.query('CREATE TABLE uniq (k int PRIMARY KEY)');
      const tx = async (i: number) => {
        const c = await pool.connect();
        try {
          await c.query('BEGIN');
          const { rows } = await c.query('SELECT n FROM counter WHERE id = 1 FOR UPDATE');
          await c.query('UPDATE counter SET n = $1 WHERE id = 1', [rows[0].n + 1]);
          await c.query('INSERT INTO uniq VALUES ($1)', [i % 25]); // half of these violate the key
          await c.query('COMMIT');
          return true;
        } catch {
          await c.query('ROLLBACK');
          return false;
        } finally {
          c.release();
        }
      };
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => tx(i)));
      const committed = results.filter(Boolean).length;
      expect(committed).toBe(25);
      const { rows } = await pool.query('SELECT n FROM counter WHERE id = 1');
      expect(rows[0].n).toBe(25); // rolled-back increments are gone, none lost
      const uniq = await pool.query('SELECT count(*)::int AS c FROM uniq');
      expect(uniq.rows[0].c).toBe(25);
    } finally {
      await pool.end();
      await engine.stop();
    }
  });
});

describe('embedded engine under concurrent extended-protocol queries', () => {
  it('never mixes one connection\'s prepared statement with another\'s', async () => {
    const engine = await startEmbeddedEngine(mkdtempSync(join(tmpdir(), 'skillpath-interleave-')));
    const pool = new Pool({ connectionString: engine.url, max: 10 });
    try {
      const results = await Promise.all(
        Array.from({ length: 200 }, async (_, i) => {
          if (i % 2) {
            const { rows } = await pool.query('SELECT $1::text AS word', [`w${i}`]);
            return rows[0]?.word === `w${i}`;
          }
          const { rows } = await pool.query('SELECT $1::int * 2 AS doubled, $2::text AS tag', [i, `t${i}`]);
          return rows[0]?.doubled === i * 2 && rows[0]?.tag === `t${i}`;
        }).map((p) => p.catch(() => false)),
      );
      expect(results.filter((ok) => !ok)).toHaveLength(0);
    } finally {
      await pool.end();
      await engine.stop();
    }
  });
});
