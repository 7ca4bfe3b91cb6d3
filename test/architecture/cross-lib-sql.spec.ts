import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossLibSql } from './lib-tables';

/**
 * Each table has one owning lib (the lib whose entity declares it); SQL naming it belongs in that lib. The SQL that
 * still crosses a boundary is listed in cross-lib-sql.baseline.txt: debt to pay down, never to grow. A new crossing
 * fails here; so does a baseline line no longer found, so the list shrinks with each fix.
 */
describe('SQL stays inside the lib that owns its tables', () => {
  const root = join(__dirname, '..', '..');
  const baselineFile = join(__dirname, 'cross-lib-sql.baseline.txt');
  const baseline = readFileSync(baselineFile, 'utf8').split('\n').filter(Boolean);

  it('no lib gains SQL on another lib\'s tables', () => {
    const found = crossLibSql(root);
    expect(found.filter((line) => !baseline.includes(line))).toEqual([]);
  });

  it('the baseline lists only crossings that still exist (remove a line once its SQL moved to the owner)', () => {
    const found = new Set(crossLibSql(root));
    expect(baseline.filter((line) => !found.has(line))).toEqual([]);
  });

  it('finds a query naming a table of another lib, in FROM, JOIN, INTO and UPDATE, and not the lib\'s own tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lib-tables-'));
    for (const lib of ['alpha', 'beta']) mkdirSync(join(dir, 'libs', lib, 'src'), { recursive: true });
    writeFileSync(join(dir, 'libs', 'alpha', 'src', 'thing.entity.ts'), `@Entity('thing')\nexport class Thing {}\n`);
    writeFileSync(join(dir, 'libs', 'beta', 'src', 'other.entity.ts'), `@Entity('other')\nexport class Other {}\n`);
    writeFileSync(join(dir, 'libs', 'beta', 'src', 'reads.ts'), 'const a = `SELECT * FROM other o JOIN thing t ON t.id = o.id`;\n');
    writeFileSync(join(dir, 'libs', 'beta', 'src', 'writes.ts'), "const b = 'UPDATE thing SET x = 1'; const c = 'INSERT INTO \"thing\" (x) VALUES (1)';\n");
    writeFileSync(join(dir, 'libs', 'alpha', 'src', 'own.ts'), "const d = 'SELECT * FROM thing'; const e = 'DELETE FROM other';\n");
    writeFileSync(join(dir, 'libs', 'beta', 'src', 'reads.spec.ts'), "const f = 'SELECT * FROM thing';\n");
    expect(crossLibSql(dir)).toEqual([
      'libs/alpha/src/own.ts -> other (beta)',
      'libs/beta/src/reads.ts -> thing (alpha)',
      'libs/beta/src/writes.ts -> thing (alpha)',
    ]);
  });
});
