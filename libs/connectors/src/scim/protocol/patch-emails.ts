/**
 * PATCH on the multi-valued `emails` attribute.
 * - `add emails [...]`: appends; an email whose value is already present (case-insensitively) is merged instead.
 * - `replace emails [...]`: replaces the list. `remove emails`: clears it (or drops the listed values).
 * - `emails[filter]` / `emails[filter].sub`: updates the matching emails; when none match, add and replace create
 *   the email the filter describes if it is only `eq` tests (`type eq "work"`), else fail with noTarget.
 *   Removing `.value` (or setting it to '') removes the email.
 * - `emails.sub` without a filter addresses the primary email (or the first one).
 * At most one email stays primary: the one most recently marked.
 */
import { ScimError } from './errors';
import { formatFilter } from './filter-ast';
import { equalityAssignments, matchesValueFilter } from './filter-match';
import type { ScimEmail } from './model';
import type { ScimPatchOperation, ScimPatchTarget } from './patch';
import type { EmailSubAttr } from './patch-targets';

export interface EmailOperation extends Omit<ScimPatchOperation, 'target'> {
  readonly target: Extract<ScimPatchTarget, { kind: 'emails' }>;
}

const sameValue = (a: string | undefined, b: string | undefined): boolean => (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

function markPrimary(list: ScimEmail[], index: number): void {
  list.forEach((e, i) => {
    if (i !== index && e.primary) e.primary = false;
  });
}

function keepFirstPrimary(list: ScimEmail[]): ScimEmail[] {
  const first = list.findIndex((e) => e.primary);
  if (first >= 0) markPrimary(list, first);
  return list;
}

function setSub(email: ScimEmail, sub: EmailSubAttr, value: unknown): void {
  if (sub === 'primary') email.primary = value as boolean;
  else if (value === null) delete email[sub];
  else email[sub] = value as string;
}

function withoutSub(email: ScimEmail, sub: EmailSubAttr): ScimEmail {
  const copy = { ...email };
  delete copy[sub];
  return copy;
}

function requireValues(list: ScimEmail[], op: EmailOperation): ScimEmail[] {
  if (list.some((e) => !e.value)) throw ScimError.noTarget(`'${op.path}' does not address an email with a value`);
  return list;
}

function wholeList(emails: ScimEmail[], op: EmailOperation): ScimEmail[] {
  const incoming = (op.value ?? []) as ScimEmail[];
  if (op.op === 'remove') return incoming.length ? emails.filter((e) => !incoming.some((r) => sameValue(r.value, e.value))) : [];
  if (op.op === 'replace') return keepFirstPrimary(incoming.map((e) => ({ ...e })));
  const result = emails.map((e) => ({ ...e }));
  for (const email of incoming) {
    let index = result.findIndex((e) => sameValue(e.value, email.value));
    if (index >= 0) result[index] = { ...result[index], ...email };
    else index = result.push({ ...email }) - 1;
    if (email.primary) markPrimary(result, index);
  }
  return result;
}

function filtered(emails: ScimEmail[], op: EmailOperation): ScimEmail[] {
  const { sub } = op.target;
  const filter = op.target.filter!;
  const matches = new Set(emails.flatMap((e, i) => (matchesValueFilter(e as unknown as Record<string, unknown>, filter) ? [i] : [])));
  const dropsEmail = op.op === 'remove' ? !sub || sub === 'value' : sub === 'value' && op.value === null;
  if (dropsEmail) return emails.filter((_, i) => !matches.has(i));
  if (op.op === 'remove') return emails.map((e, i) => (matches.has(i) ? withoutSub(e, sub!) : e));
  const result = emails.map((e) => ({ ...e }));
  if (matches.size === 0) {
    const seed = equalityAssignments(filter);
    if (!seed || Object.keys(seed).some((k) => k !== 'value' && k !== 'type' && k !== 'primary')) {
      throw ScimError.noTarget(`No email matches '${formatFilter(filter)}'`);
    }
    const created: ScimEmail = { value: typeof seed.value === 'string' ? seed.value : '' };
    if (typeof seed.type === 'string') created.type = seed.type;
    if (typeof seed.primary === 'boolean') created.primary = seed.primary;
    matches.add(result.push(created) - 1);
  }
  for (const index of matches) {
    if (sub) setSub(result[index], sub, op.value);
    else Object.assign(result[index], op.value);
    if (result[index].primary) markPrimary(result, index);
  }
  return requireValues(result, op);
}

function unfilteredSub(emails: ScimEmail[], op: EmailOperation, sub: EmailSubAttr): ScimEmail[] {
  if (op.op === 'remove' || (sub === 'value' && op.value === null)) {
    return sub === 'value' ? [] : emails.map((e) => withoutSub(e, sub));
  }
  const result = emails.map((e) => ({ ...e }));
  let index = result.findIndex((e) => e.primary);
  if (index < 0) index = result.length > 0 ? 0 : -1;
  if (index < 0) {
    if (sub !== 'value') throw ScimError.noTarget(`'${op.path}': the user has no email`);
    return [{ value: op.value as string, primary: true }];
  }
  setSub(result[index], sub, op.value);
  if (result[index].primary) markPrimary(result, index);
  return requireValues(result, op);
}

export function applyEmailOperation(emails: ScimEmail[], op: EmailOperation): ScimEmail[] {
  const { filter, sub } = op.target;
  if (filter) return filtered(emails, op);
  if (sub) return unfilteredSub(emails, op, sub);
  return wholeList(emails, op);
}
