import { jsonObjectSql, SelectionTree } from '@app/shared';

/** PlaybookRunStep's fields as SQL on the step aliased `s`, whose JSON is exactly what GraphQL answers. */
const STEP_COLUMNS: Record<string, string> = {
  id: 's.id',
  runId: 's.run_id',
  position: 's.position',
  kind: 's.kind',
  title: 's.title',
  guidance: 's.guidance',
  dueOn: 's.due_on::text',
  completedOn: 's.completed_on::text',
  completedById: 's.completed_by_id',
  note: 's.note',
  behaviourId: 's.behaviour_id',
  observationId: 's.observation_id',
  done: '(s.completed_at IS NOT NULL)',
};

/** PlaybookRun's fields as SQL on the run aliased `r` (cancelledAt, a timestamp, stays with the resolvers). */
const RUN_COLUMNS: Record<string, string> = {
  id: 'r.id',
  templateId: 'r.template_id',
  employeeId: 'r.employee_id',
  managerId: 'r.manager_id',
  trainingName: 'r.training_name',
  trainingDate: 'r.training_date::text',
  pathLevelId: 'r.path_level_id',
  certificationId: 'r.certification_id',
  status: 'r.status',
  cancelledById: 'r.cancelled_by_id',
  cancelReason: 'r.cancel_reason',
};

/** The run's steps in position order (as PlaybookRepository.runSteps), as the exact JSON of a plain selection. */
function stepsJsonSql(selection: SelectionTree, exact: boolean): string | null {
  const object = jsonObjectSql(selection, { columns: STEP_COLUMNS, typename: 'PlaybookRunStep' }, exact);
  return object && `(SELECT coalesce(json_agg(${object} ORDER BY s.position), '[]') FROM playbook_run_step s WHERE s.run_id = r.id)`;
}

/**
 * The run `r` as the exact JSON of a plain selection (raw-json.ts): its own columns and its steps; null when some
 * selected field only a resolver answers (cancelledAt, overdueSteps, employee).
 */
export function runJsonSql(selection: SelectionTree): string | null {
  return jsonObjectSql(selection, { columns: RUN_COLUMNS, nested: { steps: stepsJsonSql }, typename: 'PlaybookRun' }, true);
}
