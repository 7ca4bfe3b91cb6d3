import { BusinessErrorCode } from '../errors/business-error-code';
import { DomainFailure, fail } from '../errors/domain-failure';

/** The failure of a name another object has: `A job role named "Sales" already exists.`, with that object's id. */
export type DuplicateNameFailure = DomainFailure<BusinessErrorCode.DUPLICATE_NAME, { existingId: string | null }>;

export function duplicateNameFailure(kind: string, name: string, existingId: string | null, field = 'name'): DuplicateNameFailure {
  return fail(BusinessErrorCode.DUPLICATE_NAME, `A ${kind} named "${name}" already exists.`, { field, details: { existingId } });
}

/**
 * The DUPLICATE_NAME failure when an object other than `selfId` (null on create) already has `name`, else null.
 * `find` looks the name up the way its unique index compares (trimmed, ignoring case).
 */
export async function nameTakenFailure(
  kind: string,
  name: string,
  selfId: string | null,
  find: (name: string) => Promise<{ id: string; name: string } | null>,
): Promise<DuplicateNameFailure | null> {
  const taken = await find(name);
  return taken && taken.id !== selfId ? duplicateNameFailure(kind, taken.name, taken.id) : null;
}
