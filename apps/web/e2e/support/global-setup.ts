import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { OIDC_AUDIENCE, OIDC_CLIENT_ID, startOidcProvider } from './oidc-server';

const ROOT = path.resolve(__dirname, '../../../..');

async function waitForHealth(url: string, child: { exitCode: number | null }, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The server did not answer ${url}/health within ${timeoutMs / 1000} s`);
}

/**
 * Starts the built server (npm run build first) on a free port with a fresh embedded database and
 * the demo organization, and a local OpenID provider it trusts. E2E_BASE_URL tells the tests where.
 */
export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  // While writing tests: E2E_BASE_URL=http://localhost:3000 reuses a server you started (no OIDC test there).
  if (process.env.E2E_BASE_URL) {
    process.env.E2E_REUSE_SERVER = '1';
    return undefined;
  }
  const [apiPort, oidcPort] = [await freePort(), await freePort()];
  const baseUrl = `http://127.0.0.1:${apiPort}`;
  const oidc = await startOidcProvider(oidcPort, baseUrl);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'skillpath-web-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL; // always the embedded engine
  const child = spawn(process.execPath, ['scripts/run.js', 'dist/apps/api/src/main.js'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...env,
      NODE_ENV: 'development',
      DEMO_SEED: 'true',
      PORT: String(apiPort),
      DATA_DIR: path.join(dataDir, 'db'),
      LOG_LEVEL: 'warn',
      WORKERS_IN_API: 'false',
      RATE_LIMIT_PER_MINUTE: '100000',
      OIDC_ISSUER: oidc.issuer,
      OIDC_JWKS_URI: `${oidc.issuer}/jwks`,
      OIDC_AUDIENCE,
      OIDC_CLIENT_ID,
    },
  });
  await waitForHealth(baseUrl, child, 240_000);
  process.env.E2E_BASE_URL = baseUrl;
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await oidc.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
