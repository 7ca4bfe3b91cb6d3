import { MigrationInterface, QueryRunner } from 'typeorm';
import { makeNamesUnique } from './1796397503543-NamesUniqueIgnoringCase';

/** Tables whose names become unique trimmed and ignoring case: the plain unique index each had, and the one it gets. */
const NAMED = [
  ['department', 'IDX_471da4b90e96c1ebe0af221e07', 'UQ_department_name_key'],
  ['location', 'IDX_f0336eb8ccdf8306e270d400cf', 'UQ_location_name_key'],
  ['connector', 'IDX_6bd5e67cb97f425e5f8b397025', 'UQ_connector_name_key'],
] as const;

/**
 * Department, location and connector names become unique in the database as the API already compares them:
 * trimmed and ignoring case (`lower(btrim(name))`), like job roles, certifications and incentive rules.
 *
 * Existing names are made to fit as NamesUniqueIgnoringCase does, without losing anything: surrounding spaces are
 * trimmed, a blank name becomes "Unnamed", and among names equal ignoring case the oldest row keeps its name while
 * each later one gets " (<first 8 characters of its id>)" appended (e.g. "sales" next to "Sales" becomes
 * "sales (3f2a9c1d)"), so HR can see both, then rename or merge them. No row is merged or deleted: people keep
 * their department and location, SCIM groups and sync runs keep their links.
 */
export class OrgNamesUniqueIgnoringCase1796407806902 implements MigrationInterface {
  name = 'OrgNamesUniqueIgnoringCase1796407806902';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, plain, index] of NAMED) {
      await queryRunner.query(`DROP INDEX "public"."${plain}"`);
      await makeNamesUnique(queryRunner, table);
      await queryRunner.query(`CREATE UNIQUE INDEX "${index}" ON "${table}" (lower(btrim("name")))`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, plain, index] of NAMED) {
      await queryRunner.query(`DROP INDEX "public"."${index}"`);
      await queryRunner.query(`CREATE UNIQUE INDEX "${plain}" ON "${table}" ("name") `);
    }
  }
}
