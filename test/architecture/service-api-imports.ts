import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const IMPORT = /(?:from|import)\s*\(?\s*'([^']+)'/g;

/** Every .ts file under `dir`, specs excepted. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** A lib's GraphQL face (libs/<lib>/src/graphql.ts), imported as `@app/<lib>/graphql`. */
const GRAPHQL_ENTRY = /^@app\/[^/]+\/graphql$/;

/**
 * Files of libs/<lib>/src outside an `api/` folder that import from one (`./api/…`, `../api/…`) or import another
 * lib's GraphQL face (`@app/<lib>/graphql`), as `libs/x/src/file.ts -> ./api/thing`: services and domain code that
 * know GraphQL. A lib's module is composition (it registers the resolvers) and its graphql.ts is that GraphQL face
 * (the api/ types other libs' resolvers extend); neither is listed.
 */
export function serviceApiImports(root: string): string[] {
  const libs = join(root, 'libs');
  const found: string[] = [];
  for (const lib of readdirSync(libs)) {
    const src = join(libs, lib, 'src');
    if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const file of sourceFiles(src)) {
      const path = relative(root, file).split('\\').join('/');
      if (path.split('/').includes('api') || path.endsWith('.module.ts') || path === `libs/${lib}/src/graphql.ts`) continue;
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        if ((spec.startsWith('.') && spec.split('/').includes('api')) || GRAPHQL_ENTRY.test(spec)) found.push(`${path} -> ${spec}`);
      }
    }
  }
  return [...new Set(found)].sort();
}
