import { INestApplication } from '@nestjs/common';
import { isFailure, Viewer } from '@app/shared';
import { DEFAULT_PLAYBOOK_STEPS, PlaybookTemplatesService, StepSpec } from '@app/playbooks';

/** HR's playbook templates in the demo: the article's default, and two written for the demo's programs. */
export const DEMO_PLAYBOOK_TEMPLATES: Array<{ name: string; description: string; steps: readonly StepSpec[] }> = [
  { name: 'Before and after a course', description: 'The default before-and-after conversations around any training.', steps: DEFAULT_PLAYBOOK_STEPS },
  {
    name: 'ITIL 4 Foundation exam',
    description: 'For support agents preparing the ITIL 4 Foundation exam.',
    steps: [
      { kind: 'BEFORE', title: 'Agree study time', guidance: 'Block two study sessions a week in the rota and agree the practice budget.', offsetDays: -14 },
      { kind: 'BEFORE', title: 'Pick a live problem', guidance: 'Choose one recurring incident they will analyse with the problem-management practice after the exam.', offsetDays: -3 },
      { kind: 'AFTER', title: 'Review the problem record', guidance: 'Read their problem record together; record "Diagnoses recurring incidents" if it links three or more tickets.', offsetDays: 10 },
      { kind: 'AFTER', title: 'Remove one barrier', guidance: 'Ask what stops them using the practice (queue pressure, tooling) and remove one.', offsetDays: 21 },
    ],
  },
  {
    name: 'Incident first-responder training',
    description: 'For engineers joining the on-call rota.',
    steps: [
      { kind: 'BEFORE', title: 'Set expectations', guidance: 'Explain the rota, the escalation path and what a good incident timeline looks like.', offsetDays: -7 },
      { kind: 'AFTER', title: 'Shadow an incident', guidance: 'They shadow the next incident and write the timeline.', offsetDays: 7 },
      { kind: 'AFTER', title: 'Debrief the first lead', guidance: 'After they lead one: specific feedback on the timeline and follow-up actions.', offsetDays: 30 },
      { kind: 'CUSTOM', title: 'Rota check-in', guidance: 'Check the load of the rota is sustainable.', offsetDays: 45 },
    ],
  },
];

type TemplateInput = Parameters<PlaybookTemplatesService['create']>[1];

/** HR writes the demo's templates through the templates service (audited as HR's); returns their ids by name. */
export async function loadDemoPlaybookTemplates(app: INestApplication, hr: Viewer): Promise<Map<string, string>> {
  const service = app.get(PlaybookTemplatesService, { strict: false });
  const ids = new Map<string, string>();
  for (const t of DEMO_PLAYBOOK_TEMPLATES) {
    const steps = t.steps.map((s) => ({ ...s })) as TemplateInput['steps'];
    const created = await service.create(hr, { name: t.name, description: t.description, steps });
    if (isFailure(created)) throw new Error(`Demo template "${t.name}" was refused: ${created.message}`);
    ids.set(t.name, created.id);
  }
  return ids;
}
