import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/**
 * One configured external system (HRIS, identity provider or performance source). Names are unique trimmed and
 * ignoring case: the index on lower(btrim(name)) is written by hand in the OrgNamesUniqueIgnoringCase migration.
 */
@Entity('connector')
@Index('UQ_connector_name_key', { synchronize: false })
export class Connector extends BaseEntity {
  /** Registry key: BAMBOOHR, SCIM, CSV, REST_METRICS, CSV_METRICS… */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  name: string;

  /** Cron expression (5 or 6 fields) for scheduled pulls; null = on demand only. */
  @Column({ type: 'text', nullable: true })
  schedule: string | null;

  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  /** Non-secret settings: base URL, field mapping, ownedFields, batchSize… */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  settings: Record<string, unknown>;

  /** AES-256-GCM sealed JSON of the secrets (API keys); never returned by the API. */
  @Column({ type: 'text', nullable: true })
  secretsSealed: string | null;

  /** SHA-256 of the bearer token a pushing system (SCIM) presents; the token itself is never stored. */
  @Index({ unique: true, where: '"push_token_hash" IS NOT NULL' })
  @Column({ type: 'text', nullable: true })
  pushTokenHash: string | null;

  /** Cursor of the last completed pull ("changes since"). */
  @Column({ type: 'text', nullable: true })
  cursor: string | null;
}
