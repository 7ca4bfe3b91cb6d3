import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tableOwners } from './lib-tables';
import { plainViewTable, publishedViews } from './published-views';

/**
 * Other libs read a lib's tables through the inline views it publishes (`FROM ${EMPLOYEE_VIEW} e`). Each is a plain
 * column list of one table its own lib owns: flattened by PostgreSQL, so a reader's plan is the one of naming the table.
 */
describe('published views', () => {
  const root = join(__dirname, '..', '..');
  const libs = readdirSync(join(root, 'libs'));
  const views = publishedViews(root, libs);
  const owners = tableOwners(join(root, 'libs'));

  it('are plain column lists of a table their lib owns', () => {
    expect(views.length).toBeGreaterThan(0);
    const bad = views.filter((v) => {
      const table = plainViewTable(v.sql);
      return !table || owners.get(table) !== v.lib || v.name !== `${table.toUpperCase()}_VIEW`;
    });
    expect(bad).toEqual([]);
  });

  it('tells a plain view from one with a filter, a join or an expression', () => {
    expect(plainViewTable('(SELECT id, first_name FROM employee)')).toBe('employee');
    expect(plainViewTable('(SELECT id FROM employee WHERE status = 1)')).toBeNull();
    expect(plainViewTable('(SELECT e.id FROM employee e JOIN department d ON d.id = e.department_id)')).toBeNull();
    expect(plainViewTable('(SELECT lower(email) FROM employee)')).toBeNull();
  });
});
