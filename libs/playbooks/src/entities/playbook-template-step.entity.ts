import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '@app/persistence';
import { PlaybookTemplate } from './playbook-template.entity';

export const STEP_KINDS = ['BEFORE', 'AFTER', 'CUSTOM'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** One step of a template, due `offsetDays` from the training date (negative = before). */
@Entity('playbook_template_step')
@Index(['templateId', 'position'], { unique: true })
@Check(`"kind" IN ('BEFORE','AFTER','CUSTOM')`)
@Check(`"kind" <> 'BEFORE' OR "offset_days" <= 0`)
@Check(`"kind" <> 'AFTER' OR "offset_days" >= 0`)
export class PlaybookTemplateStep extends BaseEntity {
  @Column({ type: 'uuid' })
  templateId: string;

  @ManyToOne(() => PlaybookTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: PlaybookTemplate;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  kind: StepKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', default: '' })
  guidance: string;

  @Column({ type: 'int' })
  offsetDays: number;
}
