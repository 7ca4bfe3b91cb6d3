import { Injectable } from '@nestjs/common';
import { GenerateSql, SqlExample, TransactionHost } from '@app/persistence';
import { isUniqueViolation, isUuid } from '@app/shared';
import { Department } from './entities/department.entity';


/**
 * The port through which a source (SCIM Groups: a group is a department) writes departments: only this lib writes
 * the department table. Each call runs in the caller's transaction. Names are unique trimmed and ignoring case
 * (UQ_department_name_key); a name another department has is refused by an empty result, for the caller to report.
 */
@Injectable()
export class DepartmentWriteRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Locks the department for a write, so writes to one department (and to what a caller keeps about it) apply one
   * after the other; returns whether it exists. NO KEY UPDATE, so employees can still be moved into the department
   * meanwhile (their foreign key check takes KEY SHARE). An id that is not a uuid names no department.
   */
  @GenerateSql({ params: [SqlExample.ID] })
  async lockById(id: string): Promise<boolean> {
    return isUuid(id) && (await this.lock('id = $1', id)) !== null;
  }

  /** Locks the department of this name (trimmed, ignoring case) as lockById does; returns its id, null when there is none. */
  @GenerateSql({ params: ['Engineering'] })
  lockByName(name: string): Promise<string | null> {
    return this.lock('lower(btrim(name)) = lower(btrim($1))', name);
  }

  private async lock(condition: string, value: string): Promise<string | null> {
    const [row] = await this.tx.query<{ id: string }>(`SELECT id FROM department WHERE ${condition} FOR NO KEY UPDATE`, [value]);
    return row?.id ?? null;
  }

  /** A new department of this name (trimmed), or null when one with this name exists. */
  @GenerateSql({ params: ['Engineering'] })
  async insertUnlessNamed(name: string): Promise<Pick<Department, 'id' | 'name'> | null> {
    const [row] = await this.tx.query<Pick<Department, 'id' | 'name'>>(`INSERT INTO department (name) VALUES (btrim($1)) ON CONFLICT DO NOTHING RETURNING id, name`, [name]);
    return row ?? null;
  }

  /** Renames the department (name trimmed, as insertUnlessNamed stores it); false when another one has this name, refused in a savepoint so the caller's transaction goes on. */
  @GenerateSql({ params: [SqlExample.ID, 'Platform'] })
  async rename(id: string, name: string): Promise<boolean> {
    try {
      await this.tx.run(() => this.tx.manager.transaction((m) => m.query(`UPDATE department SET name = btrim($2), updated_at = now() WHERE id = $1`, [id, name])));
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  /** Marks the department changed (its members changed, say): updated_at moves. */
  @GenerateSql({ params: [SqlExample.ID] })
  async touch(id: string): Promise<void> {
    await this.tx.query(`UPDATE department SET updated_at = now() WHERE id = $1`, [id]);
  }
}
