export * from './entities/playbook-template.entity';
export * from './entities/playbook-template-step.entity';
export * from './entities/playbook-run.entity';
export * from './entities/playbook-run-step.entity';
export * from './domain/default-steps';
export * from './observation-recorder';
export * from './playbook.repository';
export * from './playbooks.service';
export * from './playbook-templates.service';
export * from './manager-scorecard.service';
export * from './playbook-events';
export * from './playbook-commands';
export * from './domain/refusal';
export * from './playbooks.module';

import { PlaybookTemplate } from './entities/playbook-template.entity';
import { PlaybookTemplateStep } from './entities/playbook-template-step.entity';
import { PlaybookRun } from './entities/playbook-run.entity';
import { PlaybookRunStep } from './entities/playbook-run-step.entity';

/** This lib's tables, for ALL_ENTITIES. */
export const PLAYBOOK_ENTITIES = [PlaybookTemplate, PlaybookTemplateStep, PlaybookRun, PlaybookRunStep];
export * from './playbook-views.sql';
