/** Applies normalized PATCH operations (see patch.ts) to a ScimUserModel, returning a new model. */
import { ScimError } from './errors';
import type { ScimManagerRef, ScimUserModel } from './model';
import type { ScimPatchOperation } from './patch';
import { applyEmailOperation, EmailOperation } from './patch-emails';

type Target<K extends ScimPatchOperation['target']['kind']> = Extract<ScimPatchOperation['target'], { kind: K }>;

function applyManager(user: ScimUserModel, op: ScimPatchOperation, target: Target<'manager'>): void {
  const ent = (user.enterprise ??= {});
  const current = ent.manager ?? undefined;
  if (target.sub === 'displayName') {
    const name = op.op === 'remove' ? null : (op.value as string | null);
    if (current) {
      if (name) current.displayName = name;
      else delete current.displayName;
    } else if (name) {
      ent.manager = { displayName: name };
    }
    return;
  }
  if (op.op === 'remove') {
    ent.manager = null;
    return;
  }
  const ref: ScimManagerRef | null = target.sub === 'value' ? (op.value ? { value: op.value as string } : null) : (op.value as ScimManagerRef | null);
  if (!ref) {
    ent.manager = null;
    return;
  }
  // A new manager id invalidates the old manager's displayName (a readOnly copy of the manager's name).
  const next: ScimManagerRef = ref.value !== undefined && ref.value !== current?.value ? { value: ref.value } : { ...current };
  if (ref.displayName !== undefined) next.displayName = ref.displayName;
  ent.manager = next.value || next.displayName ? next : null;
}

function applyOne(user: ScimUserModel, op: ScimPatchOperation): void {
  const { target } = op;
  const clears = op.op === 'remove' || op.value === null;
  switch (target.kind) {
    case 'scalar':
      if (target.attr === 'userName' && clears) throw ScimError.invalidValue("'userName' is required and cannot be removed");
      if (clears) delete user[target.attr];
      else user[target.attr] = op.value as string;
      return;
    case 'active':
      // 'active' is optional (see /Schemas): removing it leaves the user as they are; false deactivates.
      if (op.op !== 'remove') user.active = op.value as boolean;
      return;
    case 'name':
      if (!target.sub) delete user.name;
      else if (clears) delete user.name?.[target.sub];
      else (user.name ??= {})[target.sub] = op.value as string;
      return;
    case 'emails':
      user.emails = applyEmailOperation(user.emails ?? [], op as EmailOperation);
      return;
    case 'enterprise':
      delete user.enterprise;
      return;
    case 'enterpriseAttr':
      if (clears) delete user.enterprise?.[target.attr];
      else (user.enterprise ??= {})[target.attr] = op.value as string;
      return;
    case 'manager':
      applyManager(user, op, target);
      return;
  }
}

function tidy(user: ScimUserModel): ScimUserModel {
  if (user.name && Object.values(user.name).every((v) => v === undefined)) delete user.name;
  if (user.emails && user.emails.length === 0) delete user.emails;
  if (user.enterprise) {
    for (const key of Object.keys(user.enterprise) as (keyof typeof user.enterprise)[]) {
      if (user.enterprise[key] === undefined) delete user.enterprise[key];
    }
    if (Object.keys(user.enterprise).length === 0) delete user.enterprise;
  }
  return user;
}

/**
 * Applies the operations in order to a copy of `user`. Throws ScimError (400) when an operation cannot apply:
 * removing userName, or a filtered emails path that matches nothing and cannot create its target.
 */
export function applyPatch(user: ScimUserModel, ops: readonly ScimPatchOperation[]): ScimUserModel {
  const next = structuredClone(user);
  for (const op of ops) applyOne(next, op);
  return tidy(next);
}
