import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express from 'express';
import type { Express, NextFunction, Request, Response } from 'express';

/** Paths the API answers itself: never the console's client-side routes. */
const API_PREFIXES = ['/graphql', '/health', '/metrics', '/scim', '/calendar', '/reports', '/snapshots', '/incentives', '/connectors', '/ide', '/console/'];

/** The repository root (the folder with package.json), from source or from dist/. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Where `npm run build:web` writes the console (dist/web). */
export function consoleDirectory(): string {
  return join(repositoryRoot(), 'dist', 'web');
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(p.endsWith('/') ? p : `${p}/`) || path.startsWith(`${p}.`));
}

/**
 * Serves the built console at `/`: hashed assets (cached for a year), and index.html for any other
 * GET a browser makes for a page, so client routes (/team, /certifications/records/…) load the app.
 * API paths keep their own handlers. Without a built console, nothing is mounted.
 */
export function mountConsole(app: Express, dir = consoleDirectory()): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  app.use(express.static(dir, { index: false }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    if (req.accepts(['html', 'json']) !== 'html') return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
