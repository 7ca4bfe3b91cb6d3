import { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { DEFAULT_PLAYBOOK_STEPS, StepSpec } from '@app/playbooks';

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

/** Templates, and one open run: Maya Lopez (manager) with Eli Turner (employee) around his ITIL exam in ten days. */
export async function loadDemoPlaybooks(m: EntityManager, ids: Map<string, string>, today: DateTime = DateTime.utc()): Promise<void> {
  const templates = new Map<string, string>();
  for (const t of DEMO_PLAYBOOK_TEMPLATES) {
    const [row] = await m.query(`INSERT INTO playbook_template (name, description) VALUES ($1, $2) RETURNING id`, [t.name, t.description]);
    templates.set(t.name, row.id);
    await m.query(
      `INSERT INTO playbook_template_step (template_id, position, kind, title, guidance, offset_days)
       SELECT $1, s.ord, s.kind, s.title, s.guidance, s.offset_days FROM jsonb_to_recordset($2::jsonb) AS s(ord int, kind text, title text, guidance text, offset_days int)`,
      [row.id, JSON.stringify(t.steps.map((s, i) => ({ ord: i + 1, kind: s.kind, title: s.title, guidance: s.guidance, offset_days: s.offsetDays })))],
    );
  }
  const manager = ids.get('maya.lopez');
  const employee = ids.get('eli.turner');
  if (!manager || !employee) return;
  const training = today.plus({ days: 10 }).toISODate() as string;
  const [run] = await m.query(
    `INSERT INTO playbook_run (template_id, employee_id, manager_id, started_by_id, training_name, training_date, certification_id)
     SELECT $1, $2, $3, $3, 'ITIL 4 Foundation exam', $4::date, (SELECT id FROM certification WHERE name = 'ITIL 4 Foundation') RETURNING id`,
    [templates.get('ITIL 4 Foundation exam'), employee, manager, training],
  );
  await m.query(
    `INSERT INTO playbook_run_step (run_id, position, kind, title, guidance, offset_days, due_on)
     SELECT $1, s.position, s.kind, s.title, s.guidance, s.offset_days, GREATEST($3::date + s.offset_days, $4::date) FROM playbook_template_step s WHERE s.template_id = $2`,
    [run.id, templates.get('ITIL 4 Foundation exam'), training, today.toISODate()],
  );
}
