import { join } from 'node:path';
import { undeclaredMethods } from '../../scripts/sql-snapshots/coverage';
import { loadRepositories } from '../../scripts/sql-snapshots/generate';
import { findRepositories } from '../../scripts/sql-snapshots/repositories';

/**
 * The SQL snapshots (schema/sql, `npm run sql:generate`) cover every repository: each public method of each class in
 * a libs/**\/*.repository.ts file has @GenerateSql examples, or @SkipGenerateSql saying why it cannot have any.
 */
describe('every repository method is in the SQL snapshots, or says why not', () => {
  const root = join(__dirname, '..', '..');

  it('each public method of each repository has @GenerateSql or @SkipGenerateSql', () => {
    const repositories = findRepositories(root);
    expect(repositories.length).toBeGreaterThanOrEqual(21);
    expect(undeclaredMethods(loadRepositories(root, repositories))).toEqual([]);
  });

  it('reads public instance methods from the source (not private nor static ones) and reports a forgotten one', () => {
    const fixture = join(__dirname, 'fixtures', 'sql-snapshots');
    const found = findRepositories(fixture);
    expect(found).toEqual([{ file: 'libs/demo/src/demo.repository.ts', lib: 'demo', className: 'DemoRepository', methods: ['declared', 'skipped', 'forgotten'] }]);
    expect(undeclaredMethods(loadRepositories(fixture, found))).toEqual(['DemoRepository.forgotten (libs/demo/src/demo.repository.ts)']);
  });
});
