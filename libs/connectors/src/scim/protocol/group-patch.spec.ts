import { ScimError } from './errors';
import { ScimGroupModel } from './group-model';
import { applyGroupPatch, normalizeGroupPatch } from './group-patch';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const A = '6a1f2c4e-0000-4000-8000-00000000000a';
const B = '6a1f2c4e-0000-4000-8000-00000000000b';
const C = '6a1f2c4e-0000-4000-8000-00000000000c';

const sales: ScimGroupModel = { displayName: 'Sales', members: [{ value: A, display: 'Ann Able' }, { value: B, display: 'Bo Best' }] };

function patch(group: ScimGroupModel, ...operations: unknown[]): ScimGroupModel {
  return applyGroupPatch(group, normalizeGroupPatch({ schemas: [PATCH_OP], Operations: operations }));
}

function patchError(...operations: unknown[]): ScimError {
  try {
    patch(sales, ...operations);
  } catch (err) {
    expect(err).toBeInstanceOf(ScimError);
    return err as ScimError;
  }
  throw new Error('expected the patch to fail');
}

const ids = (g: ScimGroupModel) => g.members.map((m) => m.value);

describe('Group PATCH as Microsoft Entra ID sends it', () => {
  it('"Add" members with $ref null adds them; a member already present stays once', () => {
    const group = patch(sales, { op: 'Add', path: 'members', value: [{ $ref: null, value: C }, { $ref: null, value: A }] });
    expect(ids(group)).toEqual([A, B, C]);
  });

  it('"Remove" members with a value array removes only those members', () => {
    expect(ids(patch(sales, { op: 'Remove', path: 'members', value: [{ $ref: null, value: A }] }))).toEqual([B]);
  });

  it('"Replace" displayName renames the group', () => {
    expect(patch(sales, { op: 'Replace', path: 'displayName', value: 'Sales EMEA' })).toEqual({ ...sales, displayName: 'Sales EMEA' });
  });
});

describe('Group PATCH as Okta sends it', () => {
  it('removes a member through a value-filter path, whatever the case of the attribute names', () => {
    expect(ids(patch(sales, { op: 'remove', path: `members[value eq "${B}"]` }))).toEqual([A]);
    expect(ids(patch(sales, { op: 'remove', path: `Members[Value EQ "${B.toUpperCase()}"]` }))).toEqual([A]);
  });

  it('adds members given with their display name', () => {
    expect(ids(patch(sales, { op: 'add', path: 'members', value: [{ value: C, display: 'Cy Clark' }] }))).toEqual([A, B, C]);
  });

  it('renames with a path-less replace of { id, displayName }', () => {
    expect(patch(sales, { op: 'replace', value: { id: 'ignored', displayName: 'Field Sales' } }).displayName).toBe('Field Sales');
  });
});

describe('Group PATCH per RFC 7644', () => {
  it('remove members without a value removes every member; replace members sets the list', () => {
    expect(patch(sales, { op: 'remove', path: 'members' }).members).toEqual([]);
    expect(ids(patch(sales, { op: 'replace', path: 'members', value: [{ value: C }, { value: C }] }))).toEqual([C]);
    expect(patch(sales, { op: 'replace', path: 'members', value: [] }).members).toEqual([]);
  });

  it('removing a member that is not in the group succeeds and changes nothing', () => {
    expect(patch(sales, { op: 'remove', path: `members[value eq "${C}"]` })).toEqual(sales);
    expect(patch(sales, { op: 'remove', path: 'members', value: [{ value: C }] })).toEqual(sales);
  });

  it('applies the operations in order, and the core Group URN prefix is understood', () => {
    const group = patch(
      sales,
      { op: 'remove', path: 'members' },
      { op: 'add', path: 'urn:ietf:params:scim:schemas:core:2.0:Group:members', value: { value: C } },
      { op: 'add', value: { members: [{ value: A }], displayName: 'Renamed' } },
    );
    expect(group).toEqual({ displayName: 'Renamed', members: [{ value: C }, { value: A }] });
  });

  it('skips attributes a group does not hold and reports them', () => {
    const ignored: string[] = [];
    const ops = normalizeGroupPatch(
      { Operations: [{ op: 'replace', path: 'urn:example:ext:1.0:Group:cost', value: 'x' }, { op: 'replace', value: { costCenter: 'y', 'urn:example:ext:1.0:Group:cost': 3 } }] },
      { onIgnored: (p) => ignored.push(p) },
    );
    expect(ops).toEqual([]);
    expect(ignored).toEqual(['urn:example:ext:1.0:Group:cost', 'costCenter', 'urn:example:ext:1.0:Group:cost']);
  });
});

describe('Group PATCH of externalId', () => {
  it('"Replace" externalId with a path (Entra) and a path-less replace of { externalId } (Okta) set it', () => {
    expect(patch(sales, { op: 'Replace', path: 'externalId', value: 'entra-1' })).toEqual({ ...sales, externalId: 'entra-1' });
    expect(patch(sales, { op: 'replace', value: { id: 'g1', externalId: 'okta-1' } })).toEqual({ ...sales, externalId: 'okta-1' });
    expect(patch({ ...sales, externalId: 'a' }, { op: 'add', path: 'urn:ietf:params:scim:schemas:core:2.0:Group:externalId', value: 'b' }).externalId).toBe('b');
  });

  it('remove, null and an empty string clear it; a sub-attribute path is invalidPath', () => {
    for (const operation of [{ op: 'remove', path: 'externalId' }, { op: 'replace', path: 'externalId', value: null }, { op: 'replace', value: { externalId: '' } }]) {
      expect(patch({ ...sales, externalId: 'x' }, operation)).toEqual(sales);
    }
    expect(patchError({ op: 'replace', path: 'externalId.value', value: 'x' }).scimType).toBe('invalidPath');
  });
});

describe('bad Group PATCH requests', () => {
  it.each([
    { what: 'an unknown op', operation: { op: 'merge', path: 'members', value: [] }, scimType: 'invalidSyntax' },
    { what: 'remove without a path', operation: { op: 'remove' }, scimType: 'noTarget' },
    { what: 'removing displayName', operation: { op: 'remove', path: 'displayName' }, scimType: 'invalidValue' },
    { what: 'an empty displayName', operation: { op: 'replace', path: 'displayName', value: ' ' }, scimType: 'invalidValue' },
    { what: 'add members without a value', operation: { op: 'add', path: 'members' }, scimType: 'invalidValue' },
    { what: 'a member without a value', operation: { op: 'add', path: 'members', value: [{ display: 'x' }] }, scimType: 'invalidValue' },
    { what: 'a group as a member', operation: { op: 'add', path: 'members', value: [{ value: C, type: 'Group' }] }, scimType: 'invalidValue' },
    { what: 'add with a member filter', operation: { op: 'add', path: `members[value eq "${C}"]`, value: [{ value: C }] }, scimType: 'invalidPath' },
    { what: 'a member filter on an unknown attribute', operation: { op: 'remove', path: 'members[userName eq "x"]' }, scimType: 'invalidPath' },
    { what: 'a malformed member filter', operation: { op: 'remove', path: 'members[value eq ]' }, scimType: 'invalidPath' },
    { what: 'a member sub-attribute', operation: { op: 'replace', path: 'members.value', value: C }, scimType: 'mutability' },
    { what: 'removing the whole group', operation: { op: 'remove', path: 'urn:ietf:params:scim:schemas:core:2.0:Group' }, scimType: 'mutability' },
    { what: 'a path-less value that is not an object', operation: { op: 'replace', value: 'Sales' }, scimType: 'invalidValue' },
  ])('refuses $what with 400 $scimType', ({ operation, scimType }) => {
    expect(patchError(operation)).toMatchObject({ status: 400, scimType });
  });

  it('refuses a body that is not a PatchOp message', () => {
    for (const body of [null, [], { schemas: ['urn:x'], Operations: [] }, { schemas: [PATCH_OP] }]) {
      expect(() => normalizeGroupPatch(body)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidSyntax' }));
    }
  });
});
