import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serviceApiImports } from './service-api-imports';

/**
 * Services speak domain types: they take plain commands and return domain results; only a lib's api/ knows GraphQL.
 * The GraphQL types other libs' resolvers extend (Employee, EmployeeRef, …) are a lib's GraphQL face: its graphql.ts,
 * imported as `@app/<lib>/graphql` by api/ code only, never re-exported by its index.ts (the face services use).
 * The imports from api/ that remain are listed in service-api-imports.baseline.txt: debt to pay down, never to grow.
 * A new one fails here; so does a baseline line no longer found, so the list shrinks with each fix.
 */
describe('code outside a lib\'s api/ does not import from it', () => {
  const root = join(__dirname, '..', '..');
  const baseline = readFileSync(join(__dirname, 'service-api-imports.baseline.txt'), 'utf8').split('\n').filter(Boolean);

  it('no file outside api/ gains an import from api/', () => {
    expect(serviceApiImports(root).filter((line) => !baseline.includes(line))).toEqual([]);
  });

  it('the baseline lists only imports that still exist (remove a line once its file speaks domain types)', () => {
    const found = new Set(serviceApiImports(root));
    expect(baseline.filter((line) => !found.has(line))).toEqual([]);
  });

  it('finds imports of an api/ folder or of a GraphQL face from services and index files, not from api/ itself, modules, graphql.ts or specs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-imports-'));
    const src = join(dir, 'libs', 'alpha', 'src');
    mkdirSync(join(src, 'api', 'types'), { recursive: true });
    mkdirSync(join(src, 'deep'), { recursive: true });
    writeFileSync(join(src, 'alpha.service.ts'), "import { AInput } from './api/inputs';\nimport { Repo } from './alpha.repository';\n");
    writeFileSync(join(src, 'deep', 'rule.ts'), "import type { AType } from '../api/types/a.type';\n");
    writeFileSync(join(src, 'index.ts'), "export * from './api/types/a.type';\n");
    writeFileSync(join(src, 'alpha.module.ts'), "import { AResolver } from './api/a.resolver';\n");
    writeFileSync(join(src, 'api', 'a.resolver.ts'), "import { AType } from './types/a.type';\nimport { S } from '../alpha.service';\n");
    writeFileSync(join(src, 'alpha.service.spec.ts'), "import { AInput } from './api/inputs';\n");
    writeFileSync(join(src, 'graphql.ts'), "export { AType } from './api/types/a.type';\n");
    writeFileSync(join(src, 'deep', 'policy.ts'), "import { BType } from '@app/beta/graphql';\nimport { Beta } from '@app/beta';\n");
    writeFileSync(join(src, 'api', 'b.resolver.ts'), "import { BType } from '@app/beta/graphql';\n");
    expect(serviceApiImports(dir)).toEqual([
      'libs/alpha/src/alpha.service.ts -> ./api/inputs',
      'libs/alpha/src/deep/policy.ts -> @app/beta/graphql',
      'libs/alpha/src/deep/rule.ts -> ../api/types/a.type',
      'libs/alpha/src/index.ts -> ./api/types/a.type',
    ]);
  });
});
