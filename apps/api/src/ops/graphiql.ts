import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Express, NextFunction, Request, Response } from 'express';

/** A file inside an installed package, found from its entry point (packages may hide files behind "exports"). */
function packageFile(pkg: string, file: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, file);
}

/** Files of the in-browser IDE, served from node_modules: no CDN, works offline. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'application/javascript' },
  'react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'application/javascript' },
  'graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'application/javascript' },
  'graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Skillpath GraphQL</title>
<link rel="stylesheet" href="/ide/graphiql.css"><style>body{margin:0;height:100vh}#ide{height:100vh}</style></head>
<body><div id="ide">Loading…</div>
<script src="/ide/react.js"></script><script src="/ide/react-dom.js"></script><script src="/ide/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('ide')).render(React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: 'headers',
    defaultHeaders: JSON.stringify({ Authorization: 'Bearer <paste a token from the console or npm run token>' }, null, 2),
    defaultQuery: '# Paste a token in Headers below, then run:\\n{\\n  me { displayName roles manager { displayName } }\\n}\\n',
  }));
</script></body></html>`;

/** Mounts the IDE at GET /graphql for browsers (Accept: text/html) and its assets at /ide/*. */
export function mountGraphiql(app: Express): void {
  app.get('/ide/:name', (req: Request, res: Response, next: NextFunction) => {
    const asset = ASSETS[String(req.params.name)];
    if (!asset) return next();
    res.type(asset.type).setHeader('cache-control', 'public, max-age=86400');
    res.sendFile(asset.file);
  });
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    if (req.query.query || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(PAGE);
  });
}
