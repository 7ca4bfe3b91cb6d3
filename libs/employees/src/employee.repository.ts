import { Injectable } from '@nestjs/common';
import { attachPrefetched, decodeCursor, jsonArrayOf, Page, toPage } from '@app/shared';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { Employee } from './entities/employee.entity';
import { Department } from './entities/department.entity';
import { JobRole } from './entities/job-role.entity';
import { Location } from './entities/location.entity';
import type { RelationSql } from './employee-relations';
import { PageRelationSql } from './page-relation.sql';
import { managerCycleSql } from './manager-cycle.sql';
import type { Org } from './employee-write.repository';
import { EMPLOYEE_VIEW_COLUMNS, EmployeeView, EmployeeViewRow, toEmployeeView } from './employee-view';

export type EmployeeSort = 'NAME' | 'HIRE_DATE' | 'CREATED_AT';

export interface EmployeeListQuery {
  /** SQL predicate on `e.id` restricting to what the viewer may see, with its params. */
  visible: { sql: string; params: unknown[] };
  departmentId?: string;
  jobRoleId?: string;
  locationId?: string;
  status?: string;
  managerId?: string;
  search?: string;
  sort: EmployeeSort;
  descending: boolean;
  first: number;
  after?: string;
  /** Relation fields read in the same statement (EmployeeRelations.columns), attached to each row as prefetched. */
  relations?: {
    fields: Iterable<string>;
    columns: (sql: RelationSql) => string[];
    /** Each node's whole answer as exact JSON (employeeJsonSql); null: the nodes go through the resolvers. */
    nodeJson?: (sql: RelationSql) => string | null;
  };
}

/** A page whose nodes were read as their exact JSON (raw-json.ts): `nodesJson` is the array, `nodes` is empty. */
export type EmployeeListPage = Page<EmployeeView> & { nodesJson?: string };

const SORT_KEY: Record<EmployeeSort, string> = {
  NAME: `lower(e.last_name || ' ' || e.first_name)`,
  HIRE_DATE: `coalesce(e.hire_date, DATE '0001-01-01')::text`,
  CREATED_AT: `to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
};

/** Every query on employee and its org tables. */
@Injectable()
export class EmployeeRepository {
  constructor(private readonly tx: TransactionHost) {}

  @GenerateSql({ params: [SqlExample.ID] })
  findById(id: string): Promise<Employee | null> {
    return this.tx.manager.findOne(Employee, { where: { id } });
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  findByIds(ids: readonly string[]): Promise<Employee[]> {
    return this.tx.manager.createQueryBuilder(Employee, 'e').where('e.id = ANY(:ids)', { ids }).getMany();
  }

  /** People not terminated who hold `role` (e.g. every HR admin, to tell them something awaits them). */
  @GenerateSql({ params: ['HR'] })
  withRole(role: string): Promise<Employee[]> {
    return this.tx.manager.createQueryBuilder(Employee, 'e').where(`:role = ANY(e.roles) AND e.status <> 'TERMINATED'`, { role }).orderBy('e.id').getMany();
  }

  /** The employee with this email, compared case-insensitively (as the unique index on lower(email) does), other than `exceptId`. */
  @GenerateSql({ name: 'anyone', params: ['ada@example.com'] }, { name: 'except one', params: ['ada@example.com', SqlExample.ID] })
  findByEmail(email: string, exceptId: string | null = null): Promise<Employee | null> {
    return this.tx.manager
      .createQueryBuilder(Employee, 'e')
      .where('lower(e.email) = lower(:email)', { email })
      .andWhere('e.id IS DISTINCT FROM :exceptId::uuid', { exceptId })
      .getOne();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  departments(ids: readonly string[]): Promise<Department[]> {
    return this.tx.manager.createQueryBuilder(Department, 'd').where('d.id = ANY(:ids)', { ids }).getMany();
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  jobRoles(ids: readonly string[]): Promise<JobRole[]> {
    return this.tx.manager.createQueryBuilder(JobRole, 'r').where('r.id = ANY(:ids)', { ids }).getMany();
  }

  /** The job role whose name is `name` trimmed and ignoring case (the unique key). */
  @GenerateSql({ params: ['Backend engineer'] })
  jobRoleByName(name: string): Promise<JobRole | null> {
    return this.tx.manager.createQueryBuilder(JobRole, 'r').where('lower(trim(r.name)) = lower(trim(:name))', { name }).getOne();
  }

  /** The department or location whose name is `name` trimmed and ignoring case (its unique key). */
  @GenerateSql({ name: 'department', params: [Department, 'Engineering'] }, { name: 'location', params: [Location, 'Berlin'] })
  orgByName<T extends Org>(kind: T, name: string): Promise<InstanceType<T> | null> {
    return this.tx.manager.createQueryBuilder(kind, 'o').where('lower(trim(o.name)) = lower(trim(:name))', { name }).getOne() as Promise<InstanceType<T> | null>;
  }

  /** Every department or location, by name. */
  @GenerateSql({ name: 'department', params: [Department] }, { name: 'location', params: [Location] })
  listOrg<T extends Org>(kind: T): Promise<InstanceType<T>[]> {
    return this.tx.manager.getRepository(kind).find({ order: { name: 'ASC' } }) as Promise<InstanceType<T>[]>;
  }

  @GenerateSql({ params: [SqlExample.IDS] })
  locations(ids: readonly string[]): Promise<Location[]> {
    return this.tx.manager.createQueryBuilder(Location, 'l').where('l.id = ANY(:ids)', { ids }).getMany();
  }

  /** Direct reports of many managers at once (for a DataLoader). */
  @GenerateSql({ params: [SqlExample.IDS] })
  directReportsOf(managerIds: readonly string[]): Promise<Employee[]> {
    return this.tx.manager
      .createQueryBuilder(Employee, 'e')
      .where('e.manager_id = ANY(:managerIds)', { managerIds })
      .orderBy('e.last_name')
      .addOrderBy('e.first_name')
      .getMany();
  }

  /** True when making `managerId` the manager of `employeeId` would close a reporting cycle (the one rule: managerCycleSql). */
  @GenerateSql({ params: [SqlExample.ID, SqlExample.ID_2] })
  async wouldCycle(employeeId: string, managerId: string): Promise<boolean> {
    const rows = await this.tx.query<{ emp_id: string }>(managerCycleSql('SELECT $1::uuid AS emp_id, $2::uuid AS mgr_id'), [employeeId, managerId]);
    return rows.length > 0;
  }

  /**
   * Filtered, sorted, keyset-paginated list in one statement: the page's rows (plain columns, mapped once, no
   * entity hydration) with the filter's total count.
   */
  @GenerateSql({ name: 'first page', params: [{ visible: SqlExample.ANYONE, sort: 'NAME', descending: false, first: 20 }] }, { name: 'filtered, next page', params: [{ visible: SqlExample.ANYONE, departmentId: SqlExample.ID, jobRoleId: SqlExample.ID, locationId: SqlExample.ID, status: 'ACTIVE', managerId: SqlExample.ID_2, search: 'ada', sort: 'HIRE_DATE', descending: true, first: 20, after: SqlExample.CURSOR }] })
  async list(q: EmployeeListQuery): Promise<EmployeeListPage> {
    const params: unknown[] = [...q.visible.params];
    const where: string[] = [q.visible.sql];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.departmentId) add((p) => `e.department_id = ${p}`, q.departmentId);
    if (q.jobRoleId) add((p) => `e.job_role_id = ${p}`, q.jobRoleId);
    if (q.locationId) add((p) => `e.location_id = ${p}`, q.locationId);
    if (q.status) add((p) => `e.status = ${p}`, q.status);
    if (q.managerId) add((p) => `e.manager_id = ${p}`, q.managerId);
    if (q.search) add((p) => `(e.first_name || ' ' || e.last_name || ' ' || e.email) ILIKE ${p}`, `%${q.search.replace(/[%_\\]/g, '\\$&')}%`);
    const filterSql = where.join(' AND ');
    const key = SORT_KEY[q.sort];
    const cursor = decodeCursor(q.after);
    const cmp = q.descending ? '<' : '>';
    let pageWhere = filterSql;
    if (cursor) {
      params.push(String(cursor.key), cursor.id);
      pageWhere += ` AND (${key}, e.id) ${cmp} ($${params.length - 1}, $${params.length}::uuid)`;
    }
    const mark = params.length;
    const relations = new PageRelationSql((value) => `$${params.push(value)}`);
    const nodeJson = q.relations?.nodeJson?.(relations) ?? null;
    if (!nodeJson) {
      // nothing of it is in the statement
      params.length = mark;
      relations.clear();
    }
    const relationColumns = nodeJson ? [] : (q.relations?.columns(relations) ?? []);
    params.push(q.first + 1);
    const dir = q.descending ? 'DESC' : 'ASC';
    // Without a cursor the page is the filter's first rows, so the window count over them is the total; after
    // a cursor the total is counted over the whole filter (same statement, same parameters).
    const total = cursor ? `(SELECT count(*) FROM employee e WHERE ${filterSql})` : 'count(*) OVER ()';
    const columns = nodeJson ? [`e.id`, `${nodeJson}::text AS node_json`] : [EMPLOYEE_VIEW_COLUMNS, ...relationColumns];
    // The page first, then its relations joined to it (PageRelationSql).
    const rows = await this.tx.query<EmployeeViewRow & { sort_key: string; total: string; node_json?: string }>(
      `WITH page AS (SELECT e.*, ${key} AS sort_key, ${total} AS total
         FROM employee e WHERE ${pageWhere} ORDER BY ${key} ${dir}, e.id ${dir} LIMIT $${params.length})${relations.ctes.map((c) => `, ${c}`).join('')}
       SELECT ${columns.join(', ')}, e.sort_key, e.total FROM page e ${relations.joins.join(' ')} ORDER BY e.sort_key ${dir}, e.id ${dir}`,
      params,
    );
    const count = rows.length ? Number(rows[0].total) : cursor ? await this.count(filterSql, params.slice(0, q.visible.params.length + where.length - 1)) : 0;
    const cursorOf = (r: { id: string; sort_key: string }) => ({ key: r.sort_key, id: r.id });
    if (nodeJson) {
      const page = toPage(rows, q.first, count, cursorOf);
      return { ...page, nodes: [], nodesJson: jsonArrayOf(page.nodes.map((r) => r.node_json ?? 'null')) };
    }
    const keys = new Map(rows.map((r) => [r.id, r.sort_key]));
    const read = relationColumns.length ? [...(q.relations?.fields ?? [])] : [];
    const views = rows.map((r) => {
      const view = toEmployeeView(r);
      if (!read.length) return view;
      const values: Record<string, unknown> = {};
      for (const f of read) if (f in r) values[f] = (r as unknown as Record<string, unknown>)[f];
      return attachPrefetched(view, values);
    });
    return toPage(views, q.first, count, (e) => ({ key: keys.get(e.id) ?? null, id: e.id }));
  }

  private async count(filterSql: string, params: unknown[]): Promise<number> {
    const [{ count }] = await this.tx.query<{ count: string }>(`SELECT count(*) FROM employee e WHERE ${filterSql}`, params);
    return Number(count);
  }

}
