import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The real entry point: boots, answers /health, and on SIGTERM finishes, closes and exits 0. */
describe('process lifecycle', () => {
  it('starts (with its background jobs on the embedded engine), serves health, and shuts down cleanly on SIGTERM', async () => {
    const root = join(__dirname, '../..');
    const port = 30000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: root,
      env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json'), PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'skillpath-lifecycle-')), NODE_ENV: 'development', DEMO_SEED: 'false', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const deadline = Date.now() + 50_000;
      while (!out.includes('Skillpath API listening') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(out).toContain('Skillpath API listening');
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      const line = out.split('\n').find((l) => l.includes('request completed') || l.includes('"msg"'));
      expect(() => JSON.parse(line as string)).not.toThrow(); // JSON logs
      // background jobs run in the API by default: pg-boss started on the embedded engine, every job failing nowhere
      await new Promise((r) => setTimeout(r, 3000)); // the jobs queued at start have run
      const started = out.split('\n').find((l) => l.includes('jobs started:')) ?? '';
      for (const queue of ['notifications-plan', 'notifications-deliver', 'notifications-step-due', 'connectors-schedule', 'snapshots-monthly', 'incentives-lapses']) expect(started).toContain(queue);
      expect(out).not.toMatch(/job system:|failed \(retried with backoff/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toContain('shutting down');
      expect(out).toContain('"msg":"stopped"');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 70_000);
});
