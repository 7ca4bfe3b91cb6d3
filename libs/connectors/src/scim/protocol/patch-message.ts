/**
 * The PatchOp message (RFC 7644 §3.5.2) read into raw operations, before any resource type interprets their
 * paths: op names in any case ("Replace", as Entra ID sends), an empty or missing path as null.
 */
import { ScimError } from './errors';
import { isPlainObject, readKey } from './patch-values';
import { SCIM_PATCH_OP } from './urns';

export type PatchOpName = 'add' | 'replace' | 'remove';

/** `path` is null when the operation has none: an add/replace of an object of attributes. */
export type RawPatchOperation = {
  /** Position in Operations, for error messages. */
  readonly index: number;
  readonly value: unknown;
} & ({ readonly op: 'add' | 'replace'; readonly path: null } | { readonly op: PatchOpName; readonly path: string });

function opName(raw: unknown, index: number): PatchOpName {
  const name = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (name === 'add' || name === 'replace' || name === 'remove') return name;
  throw ScimError.invalidSyntax(`Operations[${index}].op must be add, replace or remove, got ${JSON.stringify(raw)}`);
}

/** Reads a PatchOp body; throws ScimError (400) for a malformed body, op or path, or a remove without a path. */
export function readPatchOperations(body: unknown): RawPatchOperation[] {
  if (!isPlainObject(body)) throw ScimError.invalidSyntax('The PATCH body must be a PatchOp JSON object');
  const schemas = readKey(body, 'schemas');
  if (Array.isArray(schemas) && !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === SCIM_PATCH_OP.toLowerCase())) {
    throw ScimError.invalidSyntax(`The PATCH body's schemas must include ${SCIM_PATCH_OP}`);
  }
  const operations = readKey(body, 'Operations');
  if (!Array.isArray(operations)) throw ScimError.invalidSyntax("The PATCH body needs an 'Operations' array");
  return operations.map((raw, index): RawPatchOperation => {
    if (!isPlainObject(raw)) throw ScimError.invalidSyntax(`Operations[${index}] must be an object`);
    const op = opName(readKey(raw, 'op'), index);
    const path = readKey(raw, 'path');
    const value = readKey(raw, 'value');
    if (path === undefined || path === null || path === '') {
      if (op === 'remove') throw ScimError.noTarget(`Operations[${index}]: remove needs a path`);
      return { index, op, path: null, value };
    }
    if (typeof path !== 'string') throw ScimError.invalidPath(`Operations[${index}].path must be a string`);
    return { index, op, path, value };
  });
}

/** The value of a path-less add/replace: an object of attributes (a one-element array around it is unwrapped). */
export function pathlessValue(value: unknown, index: number): Record<string, unknown> {
  const v = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (!isPlainObject(v)) throw ScimError.invalidValue(`Operations[${index}] has no path, so its value must be an object of attributes`);
  return v;
}
