/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { chromium, type Page } from '@playwright/test';
import { consoleDirectory, mountConsole } from '../apps/api/src/console/console-static';

/**
 * Console benchmark (npm run bench -- console; needs `npm run build:web` first):
 * 1. the gzipped JavaScript of the first load (what index.html loads and preloads; target < 1 MB);
 * 2. the time from the team overview's data arriving in the browser to the 200-person table on screen,
 *    as a ratio to the same page with an 8-person team measured in the same run.
 * The built console is served as the API serves it; the API itself is replaced by canned answers, so
 * only the browser's work is timed.
 */
const dir = consoleDirectory();

function firstLoadGzipBytes(): { files: string[]; bytes: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
  return { files, bytes };
}

function team(size: number) {
  const statuses = ['ACTIVE', 'RENEWAL_DUE', 'IN_GRACE', 'EXPIRED'];
  return Array.from({ length: size }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    displayName: `Person ${String(i).padStart(3, '0')}`,
    jobRole: 'Support Agent',
    department: 'Customer Support',
    status: 'ACTIVE',
    paths: [{ pathName: 'Support Agent path', currentLevel: 'BASELINE', targetLevel: 'PROFICIENT', targetDate: '2027-06-01' }],
    certifications: [0, 1, 2].map((c) => ({ recordId: `r-${i}-${c}`, certificationName: `Certification ${c}`, status: statuses[(i + c) % 4], daysLeft: 30 - c, effectiveDeadline: '2027-01-01' })),
  }));
}

const ME = { id: 'me', displayName: 'Bench Manager', email: 'bench@example.com', roles: ['MANAGER', 'EMPLOYEE'], jobRole: null, department: null };

async function renderMs(page: Page, base: string, size: number): Promise<number> {
  await page.route('**/graphql', async (route) => {
    const op = (route.request().postDataJSON() as { operationName?: string }).operationName;
    const answers: Record<string, unknown> = {
      Me: { me: ME, myNotifications: { totalCount: 0 } },
      FromToSnapshot: { fromToSnapshot: { takenOn: '2026-12-01', sections: [] } },
      TeamOverview: { teamOverview: { totalCount: size, members: team(size) } },
    };
    const data = answers[op ?? ''];
    await route.fulfill({ json: data ? { data } : { errors: [{ message: `no canned answer for ${op}` }] } });
  });
  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: /^Hello/ }).waitFor();
  // Time from the moment the team's answer is handed to the page to the table being on screen.
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; fetch: typeof fetch };
    const original = w.fetch.bind(window);
    w.fetch = async (...args: Parameters<typeof fetch>) => {
      const res = await original(...args);
      if (String(args[1]?.body ?? '').includes('TeamOverview')) w.__t0 = performance.now();
      return res;
    };
  });
  await page.getByRole('link', { name: 'Team overview' }).click();
  const handle = await page.waitForFunction((n) => {
    const caption = document.querySelector('table caption');
    return caption?.textContent === `${n} of ${n} people` ? performance.now() : null;
  }, size, { polling: 'raf' });
  const t1 = (await handle.jsonValue()) as number;
  const t0 = await page.evaluate(() => (window as unknown as { __t0: number }).__t0);
  await page.unroute('**/graphql');
  return t1 - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const { files, bytes } = firstLoadGzipBytes();
  process.stdout.write(`first load: ${files.length} script(s), ${(bytes / 1024).toFixed(0)} KiB gzipped (target < 1024 KiB: ${bytes < 1024 * 1024 ? 'met' : 'NOT met'})\n`);

  const app = express();
  app.get('/console/config', (_req, res) => res.json({ devSignIn: true, oidc: null }));
  mountConsole(app, dir);
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    await context.addInitScript(() => sessionStorage.setItem('skillpath.devToken', 'bench'));
    const page = await context.newPage();
    const runs = { small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 5; i++) {
      runs.small.push(await renderMs(page, base, 8));
      runs.large.push(await renderMs(page, base, 200));
    }
    const small = median(runs.small);
    const large = median(runs.large);
    process.stdout.write(`team overview render after its data arrives (median of 5): 200 people ${large.toFixed(0)} ms, 8 people ${small.toFixed(0)} ms (baseline), ratio ${(large / small).toFixed(2)}\n`);
  } finally {
    await browser.close();
    server.close();
  }
}

void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
