import { Injectable } from '@nestjs/common';
import { badInput, BusinessErrorCode as C, DomainResult, DuplicateNameFailure, nameTakenFailure, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { PlaybookTemplate } from './entities/playbook-template.entity';
import { PlaybookTemplateStep } from './entities/playbook-template-step.entity';
import { PlaybookRepository } from './playbook.repository';
import { DEFAULT_PLAYBOOK_STEPS, offsetProblem, StepSpec } from './domain/default-steps';
import { CreatePlaybookTemplateCommand, PlaybookStepCommand, UpdatePlaybookTemplateCommand } from './playbook-commands';

/**
 * HR's playbook templates: created, edited (name, description, steps) and retired (active: false)
 * or brought back. A run copies the steps when it starts, so editing a template never changes a
 * run already started. Names are trimmed, never blank, and unique case-insensitively.
 */
@Injectable()
export class PlaybookTemplatesService {
  constructor(
    private readonly repo: PlaybookRepository,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<PlaybookTemplate[]> {
    return this.repo.listTemplates();
  }

  async create(viewer: Viewer, input: CreatePlaybookTemplateCommand): Promise<DomainResult<PlaybookTemplate, C.DUPLICATE_NAME>> {
    const name = checkName(input.name);
    const taken = await this.nameTaken(name, null);
    if (taken) return taken;
    const steps = input.steps ? checkSteps(input.steps) : [...DEFAULT_PLAYBOOK_STEPS];
    const template = await this.repo.insertTemplate({ name, description: input.description?.trim() || null, active: true });
    await this.repo.replaceTemplateSteps(template.id, steps);
    await this.audit.recordChange(viewer, 'createPlaybookTemplate', 'PlaybookTemplate', template.id, null, { ...template, steps });
    return template;
  }

  async update(viewer: Viewer, input: UpdatePlaybookTemplateCommand): Promise<DomainResult<PlaybookTemplate, C.DUPLICATE_NAME>> {
    const template = await this.repo.findTemplate(input.id);
    if (!template) throw notFound('PlaybookTemplate');
    const before = { ...template, steps: (await this.repo.templateSteps([template.id])).map(stepSpec) };
    if (input.name !== undefined) {
      template.name = checkName(input.name);
      const taken = await this.nameTaken(template.name, template.id);
      if (taken) return taken;
    }
    if (input.description !== undefined) template.description = input.description?.trim() || null;
    if (input.active !== undefined) template.active = input.active;
    const steps = input.steps ? checkSteps(input.steps) : before.steps;
    const saved = await this.repo.saveTemplate(template);
    if (input.steps) await this.repo.replaceTemplateSteps(template.id, steps);
    const action = input.active === false && before.active ? 'retirePlaybookTemplate' : 'updatePlaybookTemplate';
    await this.audit.recordChange(viewer, action, 'PlaybookTemplate', saved.id, before, { ...saved, steps });
    return saved;
  }

  private nameTaken(name: string, selfId: string | null): Promise<DuplicateNameFailure | null> {
    return nameTakenFailure('playbook template', name, selfId, (n) => this.repo.findTemplateByName(n));
  }
}

function checkName(raw: string): string {
  const name = raw.trim();
  if (!name) throw badInput('name', 'The name cannot be blank.');
  return name;
}

function checkSteps(input: PlaybookStepCommand[]): StepSpec[] {
  return input.map((s, i) => {
    const step: StepSpec = { kind: s.kind, title: s.title.trim(), guidance: s.guidance?.trim() ?? '', offsetDays: s.offsetDays };
    if (!step.title) throw badInput(`steps.${i}.title`, 'A step needs a title');
    const problem = offsetProblem(step);
    if (problem) throw badInput(`steps.${i}.offsetDays`, problem);
    return step;
  });
}

const stepSpec = (s: PlaybookTemplateStep): StepSpec => ({ kind: s.kind, title: s.title, guidance: s.guidance, offsetDays: s.offsetDays });
