import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { servicesRunningSql } from './service-sql';

/**
 * SQL lives in repositories, not services. The services that still run it themselves are listed, with their number
 * of such calls, in service-sql.baseline.txt: debt that only shrinks. A service that starts running SQL, or runs
 * more, fails here; so does a line that no longer matches (update or remove it once SQL moved to a repository).
 */
describe('services leave SQL to repositories', () => {
  const root = join(__dirname, '..', '..');
  const baseline = readFileSync(join(__dirname, 'service-sql.baseline.txt'), 'utf8').split('\n').filter(Boolean);
  const allowed = new Map(baseline.map((line) => {
    const [file, calls] = line.split(': ');
    return [file, Number(calls)] as const;
  }));

  it('no service starts running SQL, and none runs more than the baseline allows', () => {
    const over = servicesRunningSql(root).filter((line) => {
      const [file, calls] = line.split(': ');
      return Number(calls) > (allowed.get(file) ?? 0);
    });
    expect(over).toEqual([]);
  });

  it('the baseline lists exactly what remains (lower or remove a line once SQL moved to a repository)', () => {
    expect(baseline).toEqual(servicesRunningSql(root));
  });

  it('counts tx.query, tx.manager, query calls and query builders in services only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'service-sql-'));
    mkdirSync(join(dir, 'libs', 'alpha', 'src'), { recursive: true });
    const file = (name: string, text: string) => writeFileSync(join(dir, 'libs', 'alpha', 'src', name), text);
    file('a.service.ts', 'await this.tx.query(`SELECT 1`); await this.tx.manager.save(x); await m.createQueryBuilder(X, "x").getMany();\n');
    file('b.service.ts', 'await this.repo.find(id); await this.tx.run(() => work());\n');
    file('c.repository.ts', 'await this.tx.query(`SELECT 1`);\n');
    file('d.service.ts', 'const rows = await ds.query<Row>(`SELECT 1`);\n');
    expect(servicesRunningSql(dir)).toEqual(['libs/alpha/src/a.service.ts: 3', 'libs/alpha/src/d.service.ts: 1']);
  });
});
