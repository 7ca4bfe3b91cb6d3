import { Injectable } from '@nestjs/common';
import { DEPARTMENT_VIEW, EMPLOYEE_VIEW, JOB_ROLE_VIEW } from '@app/employees';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { ColumnMap, ENTERPRISE_URN_LC, ScimFilter, filterToSql, ScimUserModel } from '../protocol';

/** A sync_error row the engine wrote for a pushed record. */
export interface PushErrorRow {
  external_id: string | null;
  field: string | null;
  message: string;
  /** The refusal's code (sync_error.code); null for a bad value. */
  code: string | null;
  payload: Record<string, unknown> | null;
}

/** One SCIM user of a connector: its external_ref joined to the employee it is linked to. */
export interface ScimUserRow {
  id: string;
  ref_key: string;
  scim: ScimUserModel | null;
  email: string;
  first_name: string;
  last_name: string;
  employee_number: string | null;
  department_id: string | null;
  department: string | null;
  /** The department in `scim` was set by a Group write (membership), not by the user's own attributes. */
  department_via_group: boolean;
  /** This connector DELETEd the department's group: it is not among the user's groups. */
  group_deleted: boolean;
  title: string | null;
  active: boolean;
  manager_id: string | null;
  manager_name: string | null;
  created_at: Date;
  updated_at: Date;
}

/**
 * The SQL "view" of the users of one connector ($1): employees linked through external_ref (entity employee).
 * The SCIM id is the employee id. SCIM-only attributes (userName, externalId, emails…) live in
 * external_ref.payload->'scim', written after each push, and payload->'scimDepartmentVia' = 'group' marks a
 * department that came from a Group membership. `dl` is the connector's link to the department (see
 * ScimGroupsRepository): it tells whether the connector deleted its group.
 */
const USERS_VIEW = `
  SELECT r.internal_id AS id, r.external_id AS ref_key, r.payload->'scim' AS scim,
         coalesce(r.payload->>'scimDepartmentVia' = 'group', false) AS department_via_group, e.department_id,
         coalesce(r.payload->'scim'->>'userName', e.email) AS user_name, r.payload->'scim'->>'externalId' AS external_id,
         r.payload->'scim'->>'displayName' AS display_name, e.email, e.first_name, e.last_name,
         e.first_name || ' ' || e.last_name AS formatted, e.employee_number, d.name AS department, j.name AS title,
         e.status <> 'TERMINATED' AS active, e.manager_id, m.first_name || ' ' || m.last_name AS manager_name,
         dl.payload->>'deleted' IS NOT NULL AS group_deleted, e.created_at, e.updated_at
  FROM external_ref r
  JOIN ${EMPLOYEE_VIEW} e ON e.id = r.internal_id
  LEFT JOIN ${DEPARTMENT_VIEW} d ON d.id = e.department_id
  LEFT JOIN external_ref dl ON dl.connector_id = $1 AND dl.entity = 'department' AND dl.external_id = e.department_id::text
  LEFT JOIN ${JOB_ROLE_VIEW} j ON j.id = e.job_role_id
  LEFT JOIN ${EMPLOYEE_VIEW} m ON m.id = e.manager_id
  WHERE r.connector_id = $1 AND r.entity = 'employee'`;

/** Users this connector DELETEd are kept (the employee stays, TERMINATED) but hidden from it: 404, left out of lists. */
const NOT_DELETED = `r.payload->>'scimDeleted' IS NULL`;
const VISIBLE_USERS = `${USERS_VIEW} AND ${NOT_DELETED}`;

const ENT = `${ENTERPRISE_URN_LC}:`;

/** Filterable attributes → columns of USERS_VIEW (alias u). */
export const USER_COLUMNS: ColumnMap = {
  id: 'u.id::text',
  username: 'u.user_name',
  externalid: 'u.external_id',
  displayname: 'u.display_name',
  'emails.value': 'u.email',
  'emails.type': "'work'::text",
  name: 'u.formatted',
  'name.formatted': 'u.formatted',
  'name.givenname': 'u.first_name',
  'name.familyname': 'u.last_name',
  title: 'u.title',
  active: 'u.active',
  'meta.created': 'u.created_at',
  'meta.lastmodified': 'u.updated_at',
  [`${ENT}employeenumber`]: 'u.employee_number',
  [`${ENT}department`]: 'u.department',
  [`${ENT}manager.value`]: 'u.manager_id::text',
  [`${ENT}manager`]: 'u.manager_id::text',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string): boolean => UUID.test(v);

/** Every query of the SCIM Users endpoints. */
@Injectable()
export class ScimUsersRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  async findById(connectorId: string, id: string): Promise<ScimUserRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.tx.query<ScimUserRow>(`SELECT * FROM (${VISIBLE_USERS}) u WHERE u.id = $2`, [connectorId, id]);
    return row ?? null;
  }

  /** One page of users matching the filter (ordered by creation), and the total count; two statements. */
  @GenerateSql({ name: 'no filter', params: [SqlExample.ID, null, 0, 100] }, { name: 'userName eq', params: [SqlExample.ID, { kind: 'compare', path: { attr: 'userName' }, op: 'eq', value: 'ada' }, 0, 100] })
  async list(connectorId: string, filter: ScimFilter | null, offset: number, count: number): Promise<{ rows: ScimUserRow[]; total: number }> {
    const params: unknown[] = [connectorId];
    const where = filter ? filterToSql(filter, USER_COLUMNS, params) : 'TRUE';
    const [{ total }] = await this.tx.query<{ total: string }>(`SELECT count(*) AS total FROM (${VISIBLE_USERS}) u WHERE ${where}`, params);
    if (count === 0) return { rows: [], total: Number(total) };
    const rows = await this.tx.query<ScimUserRow>(
      `SELECT * FROM (${VISIBLE_USERS}) u WHERE ${where} ORDER BY u.created_at, u.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, count],
    );
    return { rows, total: Number(total) };
  }

  /** The user of this connector (other than `exceptId`) that already has this userName or email (case-insensitively), if any. */
  @GenerateSql({ params: [SqlExample.ID, 'ada', 'ada@example.com', null] })
  async conflicting(connectorId: string, userName: string, email: string | null, exceptId: string | null): Promise<'userName' | 'email' | null> {
    const [row] = await this.tx.query<{ user_name: string; email: string }>(
      `SELECT u.user_name, u.email FROM (${VISIBLE_USERS}) u
       WHERE (lower(u.user_name) = lower($2) OR lower(u.email) = lower($3)) AND u.id IS DISTINCT FROM $4::uuid LIMIT 1`,
      [connectorId, userName, email, exceptId],
    );
    if (!row) return null;
    return row.user_name.toLowerCase() === userName.toLowerCase() ? 'userName' : 'email';
  }

  /**
   * The users with these SCIM ids (those that are users of this connector), locked for the write that reads
   * them: concurrent writes to one user (a user PATCH, a group membership) apply one after the other.
   */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.IDS] })
  async findForUpdate(connectorId: string, ids: readonly string[]): Promise<ScimUserRow[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.tx.query<ScimUserRow>(`${VISIBLE_USERS} AND r.internal_id = ANY($2::uuid[]) ORDER BY r.id FOR UPDATE OF r`, [connectorId, valid]);
  }

  /** A user this connector DELETEd that had this userName or email (case-insensitively), locked: a POST of it brings it back. */
  @GenerateSql({ params: [SqlExample.ID, 'ada', 'ada@example.com'] })
  async findDeletedForUpdate(connectorId: string, userName: string, email: string | null): Promise<ScimUserRow | null> {
    const [row] = await this.tx.query<ScimUserRow>(
      `${USERS_VIEW} AND NOT ${NOT_DELETED} AND (lower(coalesce(r.payload->'scim'->>'userName', e.email)) = lower($2) OR lower(e.email) = lower($3))
       ORDER BY lower(coalesce(r.payload->'scim'->>'userName', e.email)) = lower($2) DESC, r.id LIMIT 1 FOR UPDATE OF r`,
      [connectorId, userName, email],
    );
    return row ?? null;
  }

  /** The employee with this email (case-insensitively), whoever links them: their names and email. */
  @GenerateSql({ params: ['ada@example.com'] })
  async employeeByEmail(email: string): Promise<Pick<ScimUserRow, 'first_name' | 'last_name' | 'email'> | null> {
    const [row] = await this.tx.query<Pick<ScimUserRow, 'first_name' | 'last_name' | 'email'>>(
      `SELECT first_name, last_name, email FROM ${EMPLOYEE_VIEW} e WHERE lower(email) = lower($1)`,
      [email],
    );
    return row ?? null;
  }

  /** Hides the user from this connector (after a DELETE); the next push of it (a POST bringing it back) clears the mark. */
  @GenerateSql({ params: [SqlExample.ID, 'ref-1'] })
  async markDeleted(connectorId: string, refKey: string): Promise<void> {
    await this.tx.query(
      `UPDATE external_ref SET payload = payload || '{"scimDeleted": true}'::jsonb, updated_at = now() WHERE connector_id = $1 AND entity = 'employee' AND external_id = $2`,
      [connectorId, refKey],
    );
  }

  /**
   * Serializes the writes of this connector that claim these userNames and emails (transaction-scoped advisory
   * locks, taken in one order): of concurrent identical POSTs one creates the user, the others then see it (409).
   */
  @GenerateSql({ params: [SqlExample.ID, 'ada', 'ada@example.com'] })
  async lockNames(connectorId: string, userName: string, email: string | null): Promise<void> {
    const keys = [...new Set([`scim-user:${connectorId}:${userName.toLowerCase()}`, ...(email ? [`employee-email:${email.toLowerCase()}`] : [])])].sort();
    await this.tx.query(`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n`, [keys]);
  }

  /** SCIM id → external key (external_ref.external_id) for those of these ids that are users of this connector. */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.IDS] })
  async refKeysOf(connectorId: string, ids: readonly string[]): Promise<Map<string, string>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await this.tx.query<{ internal_id: string; external_id: string }>(
      `SELECT internal_id, external_id FROM external_ref r WHERE connector_id = $1 AND entity = 'employee' AND internal_id = ANY($2::uuid[]) AND ${NOT_DELETED}`,
      [connectorId, valid],
    );
    return new Map(rows.map((r) => [r.internal_id, r.external_id]));
  }

  /** External key → employee id, once the engine has merged them. */
  @GenerateSql({ params: [SqlExample.ID, ['ref-1', 'ref-2']] })
  async idsOfRefKeys(connectorId: string, refKeys: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.tx.query<{ internal_id: string; external_id: string }>(
      `SELECT internal_id, external_id FROM external_ref WHERE connector_id = $1 AND entity = 'employee' AND external_id = ANY($2::text[])`,
      [connectorId, refKeys],
    );
    return new Map(rows.map((r) => [r.external_id, r.internal_id]));
  }

  /**
   * Keeps the SCIM representation beside the engine's payload (the engine rewrites the payload; this is re-added
   * after every push), with the mark of a department that came from a Group. One statement for all the users.
   */
  @GenerateSql({ params: [SqlExample.ID, [{ refKey: 'ref-1', model: { userName: 'ada', active: true }, departmentViaGroup: false }]] })
  async storeScimModels(connectorId: string, users: ReadonlyArray<{ refKey: string; model: ScimUserModel; departmentViaGroup: boolean }>): Promise<void> {
    await this.tx.query(
      `UPDATE external_ref r SET payload = (r.payload - 'scimDepartmentVia' - 'scimDeleted') || jsonb_build_object('scim', u.model)
             || CASE WHEN u.via THEN '{"scimDepartmentVia": "group"}'::jsonb ELSE '{}'::jsonb END, updated_at = now()
       FROM unnest($2::text[], $3::jsonb[], $4::boolean[]) AS u(ref_key, model, via)
       WHERE r.connector_id = $1 AND r.entity = 'employee' AND r.external_id = u.ref_key`,
      [connectorId, users.map((u) => u.refKey), users.map((u) => JSON.stringify(u.model)), users.map((u) => u.departmentViaGroup)],
    );
  }

  /** The errors the engine recorded, in this push's transaction, for these pushed records (a push has no run). */
  @GenerateSql({ params: [SqlExample.ID, ['ref-1']] })
  async pushErrors(connectorId: string, refKeys: readonly string[]): Promise<PushErrorRow[]> {
    return this.tx.query<PushErrorRow>(
      `SELECT external_id, field, message, code, payload FROM sync_error WHERE connector_id = $1 AND external_id = ANY($2::text[]) AND run_id IS NULL
       ORDER BY created_at, id`,
      [connectorId, refKeys],
    );
  }
}
