import { ScimError } from './errors';
import { ScimUserModel } from './model';
import { applyPatch, normalizePatch } from './patch';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

const base: ScimUserModel = {
  userName: 'adele.vance@contoso.example',
  externalId: 'ext-1',
  active: true,
  displayName: 'Adele Vance',
  name: { givenName: 'Adele', familyName: 'Vance', formatted: 'Adele Vance' },
  emails: [
    { value: 'adele.vance@contoso.example', type: 'work', primary: true },
    { value: 'adele@home.example', type: 'home' },
  ],
  title: 'Retail Manager',
  enterprise: { employeeNumber: '701984', department: 'Retail', manager: { value: 'mgr-1', displayName: 'Megan Bowen' } },
};

function patch(user: ScimUserModel, ...operations: unknown[]): ScimUserModel {
  return applyPatch(user, normalizePatch({ schemas: [PATCH_OP], Operations: operations }));
}

function patchError(user: ScimUserModel, ...operations: unknown[]): ScimError {
  try {
    patch(user, ...operations);
  } catch (err) {
    expect(err).toBeInstanceOf(ScimError);
    return err as ScimError;
  }
  throw new Error('expected the patch to fail');
}

describe('Microsoft Entra ID PATCH requests', () => {
  it('replaces the work email through a value-filter path and a name sub-attribute', () => {
    const user = patch(
      base,
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'updatedEmail@contoso.example' },
      { op: 'Replace', path: 'name.familyName', value: 'updatedFamilyName' },
    );
    expect(user.emails).toEqual([
      { value: 'updatedEmail@contoso.example', type: 'work', primary: true },
      { value: 'adele@home.example', type: 'home' },
    ]);
    expect(user.name).toEqual({ givenName: 'Adele', familyName: 'updatedFamilyName', formatted: 'Adele Vance' });
  });

  it('creates the work email when an "Add" value-filter path matches none', () => {
    const user = patch({ userName: 'x', active: true }, { op: 'Add', path: 'emails[type eq "work"].value', value: 'x@contoso.example' });
    expect(user.emails).toEqual([{ value: 'x@contoso.example', type: 'work' }]);
  });

  it('disables the user with "False" as a string, and with a real boolean', () => {
    expect(patch(base, { op: 'Replace', path: 'active', value: 'False' }).active).toBe(false);
    expect(patch(base, { op: 'replace', path: 'active', value: false }).active).toBe(false);
    expect(patch({ ...base, active: false }, { op: 'Replace', path: 'active', value: 'True' }).active).toBe(true);
  });

  it('replaces userName (single-valued property)', () => {
    expect(patch(base, { op: 'Replace', path: 'userName', value: '5b50642d@contoso.example' }).userName).toBe('5b50642d@contoso.example');
  });

  it('adds and removes the manager through the enterprise URN path', () => {
    const added = patch(base, { op: 'Add', path: `${ENTERPRISE}:manager`, value: '2819c223-7f76-453a-919d-ab1234567891' });
    expect(added.enterprise?.manager).toEqual({ value: '2819c223-7f76-453a-919d-ab1234567891' });
    const removed = patch(added, { op: 'Remove', path: `${ENTERPRISE}:manager` });
    expect(removed.enterprise).toEqual({ employeeNumber: '701984', department: 'Retail', manager: null });
  });

  it('accepts the manager as [{ $ref: null, value }] on a path without URN, and as { value }', () => {
    expect(patch(base, { op: 'Replace', path: 'manager', value: [{ $ref: null, value: 'mgr-2' }] }).enterprise?.manager).toEqual({ value: 'mgr-2' });
    expect(patch(base, { op: 'replace', path: `${ENTERPRISE}:manager`, value: { value: 'mgr-1' } }).enterprise?.manager).toEqual({
      value: 'mgr-1',
      displayName: 'Megan Bowen',
    });
    expect(patch(base, { op: 'replace', path: `${ENTERPRISE}:manager`, value: '' }).enterprise?.manager).toBeNull();
  });

  it('applies a path-less replace with dotted keys (name.formatted, name.familyName)', () => {
    const user = patch(base, { op: 'replace', value: { 'name.formatted': 'test test2', 'name.familyName': 'test' } });
    expect(user.name).toEqual({ givenName: 'Adele', familyName: 'test', formatted: 'test test2' });
  });

  it('applies a path-less Add with full-URN keys and the extension URN as a key', () => {
    const user = patch(base, {
      op: 'Add',
      value: {
        displayName: 'Adele V.',
        [`${ENTERPRISE}:employeeNumber`]: '800001',
        [`${ENTERPRISE}:manager`]: 'mgr-9',
        [ENTERPRISE]: { department: 'Operations', organization: 'Contoso' },
      },
    });
    expect(user.displayName).toBe('Adele V.');
    expect(user.enterprise).toEqual({ employeeNumber: '800001', department: 'Operations', organization: 'Contoso', manager: { value: 'mgr-9' } });
  });

  it('unwraps a simple attribute sent as an array of one { value } object', () => {
    const user = patch(base, { op: 'Replace', path: `${ENTERPRISE}:department`, value: [{ value: 'Engineering' }] });
    expect(user.enterprise?.department).toBe('Engineering');
    expect(patch(base, { op: 'Replace', path: 'title', value: [] }).title).toBeUndefined();
  });

  it('removes attributes', () => {
    const user = patch(
      base,
      { op: 'Remove', path: 'title' },
      { op: 'Remove', path: 'name.formatted' },
      { op: 'Remove', path: 'emails[type eq "home"]' },
      { op: 'Remove', path: `${ENTERPRISE}:department` },
    );
    expect(user.title).toBeUndefined();
    expect(user.name).toEqual({ givenName: 'Adele', familyName: 'Vance' });
    expect(user.emails).toEqual([{ value: 'adele.vance@contoso.example', type: 'work', primary: true }]);
    expect(user.enterprise).toEqual({ employeeNumber: '701984', manager: { value: 'mgr-1', displayName: 'Megan Bowen' } });
  });
});

describe('Okta PATCH requests', () => {
  it('deactivates with a path-less replace', () => {
    const user = patch(base, { op: 'replace', value: { active: false } });
    expect(user).toEqual({ ...base, active: false });
  });

  it('replaces the profile with nested objects and the full emails list', () => {
    const user = patch(base, {
      op: 'replace',
      value: {
        id: 'ignored-id',
        userName: 'adele@contoso.example',
        name: { givenName: 'Ada', familyName: 'Vance', middleName: 'X' },
        emails: [{ value: 'adele@contoso.example', type: 'work', primary: true }],
      },
    });
    expect(user.userName).toBe('adele@contoso.example');
    expect(user.name).toEqual({ givenName: 'Ada', familyName: 'Vance', formatted: 'Adele Vance' });
    expect(user.emails).toEqual([{ value: 'adele@contoso.example', type: 'work', primary: true }]);
  });
});

describe('emails', () => {
  it('adds emails, merging a value that is already present, and keeps one primary', () => {
    const user = patch(base, {
      op: 'add',
      path: 'emails',
      value: [
        { value: 'ADELE@home.example', primary: true },
        { value: 'other@example.com', type: 'other' },
      ],
    });
    expect(user.emails).toEqual([
      { value: 'adele.vance@contoso.example', type: 'work', primary: false },
      { value: 'ADELE@home.example', type: 'home', primary: true },
      { value: 'other@example.com', type: 'other' },
    ]);
  });

  it('sets the primary flag through a filter and clears the others', () => {
    const user = patch(base, { op: 'replace', path: 'emails[type eq "home"].primary', value: 'True' });
    expect(user.emails?.map((e) => e.primary)).toEqual([false, true]);
  });

  it('addresses the primary email when a sub-attribute has no filter', () => {
    expect(patch(base, { op: 'replace', path: 'emails.value', value: 'new@contoso.example' }).emails?.[0].value).toBe('new@contoso.example');
    expect(patch({ userName: 'x', active: true }, { op: 'add', path: 'emails.value', value: 'x@y.z' }).emails).toEqual([{ value: 'x@y.z', primary: true }]);
  });

  it('removes listed emails, or all of them', () => {
    expect(patch(base, { op: 'remove', path: 'emails', value: [{ value: 'adele@home.example' }] }).emails).toHaveLength(1);
    expect(patch(base, { op: 'remove', path: 'emails' }).emails).toBeUndefined();
    expect(patch(base, { op: 'replace', path: 'emails[type eq "work"].value', value: '' }).emails).toEqual([{ value: 'adele@home.example', type: 'home' }]);
  });

  it('fails with noTarget when a filter matches nothing and cannot describe a new email', () => {
    expect(patchError(base, { op: 'replace', path: 'emails[type eq "other"].primary', value: true }).scimType).toBe('noTarget');
    expect(patchError(base, { op: 'replace', path: 'emails[value co "nomatch"].type', value: 'work' }).scimType).toBe('noTarget');
  });
});

describe('normalizePatch', () => {
  it('produces canonical operations', () => {
    expect(
      normalizePatch({
        schemas: [PATCH_OP],
        Operations: [
          { op: 'Replace', path: 'EMAILS[TYPE EQ "work"].VALUE', value: 'a@b.c' },
          { op: 'ADD', value: { 'name.givenName': 'A', [ENTERPRISE]: { manager: { value: 'm' } } } },
          { op: 'remove', path: 'urn:ietf:params:scim:schemas:core:2.0:User:title' },
        ],
      }),
    ).toEqual([
      {
        op: 'replace',
        path: 'emails[TYPE eq "work"].value',
        target: { kind: 'emails', sub: 'value', filter: { kind: 'compare', path: { attr: 'TYPE' }, op: 'eq', value: 'work' } },
        value: 'a@b.c',
      },
      { op: 'add', path: 'name.givenName', target: { kind: 'name', sub: 'givenName' }, value: 'A' },
      { op: 'add', path: `${ENTERPRISE}:manager`, target: { kind: 'manager' }, value: { value: 'm' } },
      { op: 'remove', path: 'title', target: { kind: 'scalar', attr: 'title' } },
    ]);
  });

  it('reports and skips attributes the model does not hold', () => {
    const ignored: string[] = [];
    const ops = normalizePatch(
      {
        schemas: [PATCH_OP],
        Operations: [
          { op: 'Add', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 555 0100' },
          { op: 'Replace', value: { preferredLanguage: 'en-US', 'addresses[type eq "work"].locality': 'Redmond', displayName: 'D' } },
          { op: 'Add', path: 'urn:ietf:params:scim:schemas:extension:Microsoft:Entra:2.0:User:onPremisesSamAccountName', value: 'adele' },
        ],
      },
      { onIgnored: (p) => ignored.push(p) },
    );
    expect(ops.map((o) => o.path)).toEqual(['displayName']);
    expect(ignored).toEqual([
      'phoneNumbers[type eq "mobile"].value',
      'preferredLanguage',
      'addresses[type eq "work"].locality',
      'urn:ietf:params:scim:schemas:extension:Microsoft:Entra:2.0:User:onPremisesSamAccountName',
    ]);
  });

  it.each<[unknown, string]>([
    [null, 'invalidSyntax'],
    [{ schemas: [PATCH_OP] }, 'invalidSyntax'],
    [{ schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], Operations: [] }, 'invalidSyntax'],
    [{ Operations: [{ op: 'merge', path: 'title', value: 'x' }] }, 'invalidSyntax'],
    [{ Operations: ['replace'] }, 'invalidSyntax'],
    [{ Operations: [{ op: 'remove' }] }, 'noTarget'],
    [{ Operations: [{ op: 'replace', path: 'emails[type eq "work"' }] }, 'invalidPath'],
    [{ Operations: [{ op: 'replace', path: 'title[type eq "x"]', value: 'x' }] }, 'invalidPath'],
    [{ Operations: [{ op: 'replace', path: 42, value: 'x' }] }, 'invalidPath'],
    [{ Operations: [{ op: 'replace', value: 'not an object' }] }, 'invalidValue'],
    [{ Operations: [{ op: 'replace', path: 'title' }] }, 'invalidValue'],
    [{ Operations: [{ op: 'replace', path: 'active', value: 'maybe' }] }, 'invalidValue'],
    [{ Operations: [{ op: 'replace', path: 'userName', value: '' }] }, 'invalidValue'],
    [{ Operations: [{ op: 'replace', path: 'title', value: { a: 1 } }] }, 'invalidValue'],
    [{ Operations: [{ op: 'replace', path: 'title', value: ['a', 'b'] }] }, 'invalidValue'],
    [{ Operations: [{ op: 'remove', path: 'urn:ietf:params:scim:schemas:core:2.0:User' }] }, 'mutability'],
  ])('rejects %j with %s', (body, scimType) => {
    expect(() => normalizePatch(body)).toThrow(expect.objectContaining({ status: 400, scimType }));
  });
});

describe('applyPatch', () => {
  it('does not mutate its input', () => {
    const before = structuredClone(base);
    patch(base, { op: 'replace', path: 'name.givenName', value: 'Z' }, { op: 'remove', path: 'emails' }, { op: 'remove', path: 'manager' });
    expect(base).toEqual(before);
  });

  it('refuses to remove userName; removing the optional active leaves it as it is', () => {
    expect(patchError(base, { op: 'remove', path: 'userName' }).scimType).toBe('invalidValue');
    expect(patch({ ...base, active: false }, { op: 'remove', path: 'active' }).active).toBe(false);
    expect(patch(base, { op: 'remove', path: 'active' }).active).toBe(base.active);
  });

  it('drops the old manager displayName when the manager changes', () => {
    expect(patch(base, { op: 'replace', path: `${ENTERPRISE}:manager.value`, value: 'mgr-2' }).enterprise?.manager).toEqual({ value: 'mgr-2' });
  });

  it('removes the whole extension and drops emptied objects', () => {
    expect(patch(base, { op: 'remove', path: ENTERPRISE }).enterprise).toBeUndefined();
    const user = patch(base, { op: 'remove', path: 'name.givenName' }, { op: 'remove', path: 'name.familyName' }, { op: 'remove', path: 'name.formatted' });
    expect(user.name).toBeUndefined();
  });
});
