import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '@app/persistence';
import { emptyDatabase } from '../support/empty-database';
import { ALL_ENTITIES } from '../../apps/api/src/entities';
import { ALL_MIGRATIONS } from '../../migrations';
import { NamesUniqueIgnoringCase1796397503543 } from '../../migrations/1796397503543-NamesUniqueIgnoringCase';

describe('migration NamesUniqueIgnoringCase', () => {
  it('trims names, names blank ones, suffixes later duplicates (oldest keeps its name), and states recurrence by kind', async () => {
    const db = await emptyDatabase();
    const upTo = ALL_MIGRATIONS.indexOf(NamesUniqueIgnoringCase1796397503543);
    const before = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS.slice(0, upTo), 1));
    const after = new DataSource(buildDataSourceOptions(db.url, ALL_ENTITIES, ALL_MIGRATIONS, 1));
    try {
      await before.initialize();
      await before.runMigrations({ transaction: 'each' });
      const ids: string[] = [];
      for (const [i, name] of ['Sales', 'sales ', '  SALES', '   ', 'Support'].entries()) {
        const [row] = await before.query(`INSERT INTO job_role (name, created_at) VALUES ($1, now() + make_interval(secs => $2)) RETURNING id`, [name, i]);
        ids.push(row.id);
      }
      const [cert] = await before.query(`INSERT INTO certification (name, issuer) VALUES ('AWS SAA ', 'AWS') RETURNING id`);
      await before.query(
        `INSERT INTO incentive_rule (name, kind, certification_id, base_amount, amount, currency, opportunity) VALUES
           ('Step', 'PAY_STEP', $1, 10, 10, 'EUR', NULL), ('Bonus', 'BONUS', $1, 5, 5, 'EUR', NULL), ('Guild', 'ELIGIBILITY', $1, NULL, NULL, NULL, 'Data guild')`,
        [cert.id],
      );
      await before.destroy();
      await after.initialize();
      await after.runMigrations({ transaction: 'each' });

      const roles = await after.query(`SELECT id, name FROM job_role ORDER BY created_at`);
      expect(roles).toEqual([
        { id: ids[0], name: 'Sales' },
        { id: ids[1], name: `sales (${ids[1].slice(0, 8)})` },
        { id: ids[2], name: `SALES (${ids[2].slice(0, 8)})` },
        { id: ids[3], name: 'Unnamed' },
        { id: ids[4], name: 'Support' },
      ]);
      expect(await after.query(`SELECT name FROM certification`)).toEqual([{ name: 'AWS SAA' }]);
      expect(await after.query(`SELECT name, amount_recurrence FROM incentive_rule ORDER BY name`)).toEqual([
        { name: 'Bonus', amount_recurrence: 'ONE_OFF' },
        { name: 'Guild', amount_recurrence: null },
        { name: 'Step', amount_recurrence: 'RECURRING' },
      ]);
      await expect(after.query(`INSERT INTO job_role (name) VALUES ('support ')`)).rejects.toThrow(/UQ_job_role_name_key/);
      await expect(after.query(`INSERT INTO certification (name, issuer) VALUES ('aws saa', 'x')`)).rejects.toThrow(/UQ_certification_name_key/);
    } finally {
      if (before.isInitialized) await before.destroy();
      if (after.isInitialized) await after.destroy();
      await db.drop();
    }
  });
});
