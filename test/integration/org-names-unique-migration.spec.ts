import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { emptyDatabase } from '../support/empty-database';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { OrgNamesUniqueIgnoringCase1796407806902 } from '../../migrations/1796407806902-OrgNamesUniqueIgnoringCase';

describe('migration OrgNamesUniqueIgnoringCase', () => {
  it('keeps the oldest of names equal ignoring case and spaces, suffixes later ones (people keep their department), then the database refuses "  sales " next to "Sales"', async () => {
    const db = await emptyDatabase();
    const upTo = ALL_MIGRATIONS.indexOf(OrgNamesUniqueIgnoringCase1796407806902);
    const before = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS.slice(0, upTo), 1));
    const after = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    try {
      await before.initialize();
      await before.runMigrations({ transaction: 'each' });
      const ids: Record<string, string[]> = { department: [], location: [], connector: [] };
      for (const table of ['department', 'location', 'connector'] as const) {
        for (const [i, name] of ['Sales', 'sales ', '  SALES', 'Support'].entries()) {
          const extra = table === 'connector' ? `, kind` : '';
          const [row] = await before.query(`INSERT INTO ${table} (name, created_at${extra}) VALUES ($1, now() + make_interval(secs => $2)${table === 'connector' ? `, 'CSV'` : ''}) RETURNING id`, [name, i]);
          ids[table].push(row.id);
        }
      }
      const [person] = await before.query(`INSERT INTO employee (first_name, last_name, email, department_id, location_id, version) VALUES ('Ana', 'Diaz', 'ana@example.com', $1, $2, 1) RETURNING id`, [ids.department[1], ids.location[2]]);
      await before.destroy();
      await after.initialize();
      await after.runMigrations({ transaction: 'each' });

      for (const table of ['department', 'location', 'connector']) {
        const [a, b, c, d] = ids[table];
        expect(await after.query(`SELECT id, name FROM ${table} ORDER BY created_at`)).toEqual([
          { id: a, name: 'Sales' },
          { id: b, name: `sales (${b.slice(0, 8)})` },
          { id: c, name: `SALES (${c.slice(0, 8)})` },
          { id: d, name: 'Support' },
        ]);
        const extra = table === 'connector' ? `, 'CSV'` : '';
        await expect(after.query(`INSERT INTO ${table} (name${extra ? ', kind' : ''}) VALUES ('  sales '${extra})`)).rejects.toThrow(new RegExp(`UQ_${table}_name_key`));
      }
      expect(await after.query(`SELECT department_id, location_id FROM employee WHERE id = $1`, [person.id])).toEqual([{ department_id: ids.department[1], location_id: ids.location[2] }]);
    } finally {
      if (before.isInitialized) await before.destroy();
      if (after.isInitialized) await after.destroy();
      await db.drop();
    }
  });
});
