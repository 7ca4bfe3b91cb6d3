import { Injectable } from '@nestjs/common';
import { Connector } from '../../core/entities/connector.entity';
import { sameMember, ScimError, ScimMemberRef } from '../protocol';
import { currentModel, withDepartment } from './scim-user-mapping';
import { UserPush, ScimUserPush } from './scim-user-push';
import { ScimUsersRepository } from './scim-users.repository';

const has = (list: readonly ScimMemberRef[], id: string) => list.some((m) => sameMember(m.value, id));

/**
 * Group membership is the employee's department. Adding a user sets it to the group's department (a user in
 * another department group moves: last write wins); removing a user clears it only if it still is this
 * department. Both go through the same engine push as Users writes, all the touched members in one batch.
 */
@Injectable()
export class ScimGroupMembership {
  constructor(
    private readonly users: ScimUsersRepository,
    private readonly pushes: ScimUserPush,
  ) {}

  /** Moves from `current` members to `wanted` ones; returns whether anyone was added or removed. */
  async apply(connector: Connector, department: { id: string; name: string }, current: readonly ScimMemberRef[], wanted: readonly ScimMemberRef[]): Promise<boolean> {
    const added = wanted.filter((m) => !has(current, m.value)).map((m) => m.value.toLowerCase());
    const removed = current.filter((m) => !has(wanted, m.value)).map((m) => m.value.toLowerCase());
    if (added.length === 0 && removed.length === 0) return false;
    const rows = new Map((await this.users.findForUpdate(connector.id, [...added, ...removed])).map((r) => [r.id, r]));
    const unknown = added.filter((id) => !rows.has(id));
    if (unknown.length) throw ScimError.invalidValue(`Not users of this SCIM client, so they cannot be members: ${unknown.join(', ')}`);
    const pushes: UserPush[] = [];
    for (const id of added) {
      const row = rows.get(id)!;
      pushes.push({ refKey: row.ref_key, model: withDepartment(currentModel(row), department.name), selfId: row.id, held: row, departmentViaGroup: true });
    }
    for (const id of removed) {
      const row = rows.get(id);
      // Read after the lock: a user another write moved meanwhile is no longer in this department, and stays put.
      if (row?.department_id !== department.id) continue;
      pushes.push({ refKey: row.ref_key, model: withDepartment(currentModel(row), null), selfId: row.id, held: row, departmentViaGroup: false });
    }
    await this.pushes.apply(connector, pushes);
    return true;
  }
}
