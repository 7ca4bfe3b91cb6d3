import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { Employee } from '@app/employees';

export type RecognitionKind = 'SHOUT_OUT' | 'PROMOTION' | 'BONUS';

/** A shout-out, promotion or bonus; referencing a path level or certification = "applied a new skill". */
@Entity('recognition_event')
@Index(['occurredOn'])
@Check(`"kind" IN ('SHOUT_OUT','PROMOTION','BONUS')`)
export class RecognitionEvent extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  employeeId: string;

  @ManyToOne(() => Employee, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'employee_id' })
  employee?: Employee;

  @Column({ type: 'text' })
  kind: RecognitionKind;

  @Column({ type: 'date' })
  occurredOn: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'uuid' })
  givenById: string;

  @Column({ type: 'uuid', nullable: true })
  pathLevelId: string | null;

  @Column({ type: 'uuid', nullable: true })
  certificationId: string | null;
}
