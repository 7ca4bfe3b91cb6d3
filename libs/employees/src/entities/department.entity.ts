import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '@app/persistence';

/**
 * A department (a SCIM group is one). Names are unique trimmed and ignoring case: the index on lower(btrim(name)) is written by
 * hand in the OrgNamesUniqueIgnoringCase migration (TypeORM cannot describe expression indexes).
 */
@Entity('department')
@Index('UQ_department_name_key', { synchronize: false })
export class Department extends BaseEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;
}
