/** Which attribute of ScimUserModel a PATCH path (or a key of a path-less value object) addresses. */
import { ScimError } from './errors';
import { formatAttrPath, formatFilter, PatchPath, ScimFilter } from './filter-ast';
import { ENTERPRISE_URN_LC, SCIM_ENTERPRISE_USER_SCHEMA, USER_URN_LC } from './urns';

export type ScalarAttr = 'userName' | 'externalId' | 'displayName' | 'title';
export type NameAttr = 'givenName' | 'familyName' | 'formatted';
export type EmailSubAttr = 'value' | 'type' | 'primary';
export type EnterpriseAttr = 'employeeNumber' | 'department' | 'organization';
export type ManagerSubAttr = 'value' | 'displayName';

export type UserTarget =
  | { readonly kind: 'scalar'; readonly attr: ScalarAttr }
  | { readonly kind: 'active' }
  | { readonly kind: 'name'; readonly sub?: NameAttr }
  | { readonly kind: 'emails'; readonly filter?: ScimFilter; readonly sub?: EmailSubAttr }
  | { readonly kind: 'enterprise' }
  | { readonly kind: 'enterpriseAttr'; readonly attr: EnterpriseAttr }
  | { readonly kind: 'manager'; readonly sub?: ManagerSubAttr }
  /** The whole resource (a path equal to the core User URN): handled like a path-less operation. */
  | { readonly kind: 'root' };

const SCALARS: Readonly<Record<string, ScalarAttr>> = { username: 'userName', externalid: 'externalId', displayname: 'displayName', title: 'title' };
const NAME_SUBS: Readonly<Record<string, NameAttr>> = { givenname: 'givenName', familyname: 'familyName', formatted: 'formatted' };
const EMAIL_SUBS: Readonly<Record<string, EmailSubAttr>> = { value: 'value', type: 'type', primary: 'primary' };
const ENTERPRISE_ATTRS: Readonly<Record<string, EnterpriseAttr>> = {
  employeenumber: 'employeeNumber',
  department: 'department',
  organization: 'organization',
};
const MANAGER_SUBS: Readonly<Record<string, ManagerSubAttr>> = { value: 'value', displayname: 'displayName' };

function enterpriseTarget(attr: string, sub: string | undefined): UserTarget | null {
  const plain = ENTERPRISE_ATTRS[attr];
  if (plain) return sub ? null : { kind: 'enterpriseAttr', attr: plain };
  if (attr !== 'manager') return null;
  if (!sub) return { kind: 'manager' };
  const managerSub = MANAGER_SUBS[sub];
  return managerSub ? { kind: 'manager', sub: managerSub } : null;
}

/**
 * Resolves a parsed PATCH path. Returns null for attributes the model does not hold (callers ignore those, as
 * IdPs send many attributes an app does not map). Enterprise attributes are also accepted without their URN.
 */
export function resolveTarget(patchPath: PatchPath, original: string): UserTarget | null {
  if (patchPath.schemaUrn) {
    const urn = patchPath.schemaUrn.toLowerCase();
    return urn === ENTERPRISE_URN_LC ? { kind: 'enterprise' } : urn === USER_URN_LC ? { kind: 'root' } : null;
  }
  const target = modelTarget(patchPath);
  if (target && patchPath.valueFilter && target.kind !== 'emails') {
    throw ScimError.invalidPath(`'${formatAttrPath(patchPath.path)}' is not a multi-valued attribute, so '${original}' cannot filter it`);
  }
  return target;
}

function modelTarget({ path, valueFilter, subAttr }: PatchPath): UserTarget | null {
  const uri = path.uri?.toLowerCase();
  const attr = path.attr.toLowerCase();
  const sub = (subAttr ?? path.sub)?.toLowerCase();
  if (uri === ENTERPRISE_URN_LC) return enterpriseTarget(attr, sub);
  if (uri && uri !== USER_URN_LC) return null;
  if (SCALARS[attr]) return sub ? null : { kind: 'scalar', attr: SCALARS[attr] };
  if (attr === 'active') return sub ? null : { kind: 'active' };
  if (attr === 'name') {
    if (!sub) return { kind: 'name' };
    return NAME_SUBS[sub] ? { kind: 'name', sub: NAME_SUBS[sub] } : null;
  }
  if (attr === 'emails') {
    if (sub && !EMAIL_SUBS[sub]) return null;
    return { kind: 'emails', ...(valueFilter ? { filter: valueFilter } : {}), ...(sub ? { sub: EMAIL_SUBS[sub] } : {}) };
  }
  return uri ? null : enterpriseTarget(attr, sub);
}

/** Canonical display path of a target, e.g. `emails[type eq "work"].value` or `urn:...:enterprise:2.0:User:manager`. */
export function targetPath(target: UserTarget): string {
  switch (target.kind) {
    case 'scalar':
      return target.attr;
    case 'active':
      return 'active';
    case 'name':
      return target.sub ? `name.${target.sub}` : 'name';
    case 'emails':
      return `emails${target.filter ? `[${formatFilter(target.filter)}]` : ''}${target.sub ? `.${target.sub}` : ''}`;
    case 'enterprise':
      return SCIM_ENTERPRISE_USER_SCHEMA;
    case 'enterpriseAttr':
      return `${SCIM_ENTERPRISE_USER_SCHEMA}:${target.attr}`;
    case 'manager':
      return `${SCIM_ENTERPRISE_USER_SCHEMA}:manager${target.sub ? `.${target.sub}` : ''}`;
    case 'root':
      return '';
  }
}
