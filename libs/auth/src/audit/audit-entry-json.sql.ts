import { jsonObjectSql, SelectionTree } from '@app/shared';

/**
 * AuditEntry's fields as SQL on the entry aliased `a`, each giving exactly the JSON GraphQL answers: the id as text,
 * the instant as DateTime writes it (UTC, milliseconds, `Z`; to_char's MS truncates as JavaScript's Date does), the
 * JSON columns as stored.
 */
const AUDIT_ENTRY_JSON_COLUMNS: Record<string, string> = {
  id: 'a.id::text',
  at: `to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  actorKind: 'a.actor_kind',
  actorId: 'a.actor_id',
  actorSubject: 'a.actor_subject',
  action: 'a.action',
  entityType: 'a.entity_type',
  entityId: 'a.entity_id',
  outcome: 'a.outcome',
  before: 'a.before',
  after: 'a.after',
  requestId: 'a.request_id',
  detail: 'a.detail',
};

/** An audit entry as the exact JSON of a plain selection (raw-json.ts); null when some field is not plain. */
export const auditEntryJsonSql = (selection: SelectionTree): string | null =>
  jsonObjectSql(selection, { columns: AUDIT_ENTRY_JSON_COLUMNS, typename: 'AuditEntry' }, true);
