import { ScimError } from './errors';
import { fromScimResource, ScimUserModel, toScimResource } from './model';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** Shape of Microsoft Entra ID's POST /Users (core + enterprise extension, meta.resourceType, roles). */
const entraCreate = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  externalId: '8c1d9f3e-44b2-4b61-a1a4-0d6c2e6f7a10',
  userName: 'adele.vance@contoso.example',
  active: true,
  displayName: 'Adele Vance',
  title: 'Retail Manager',
  emails: [{ primary: true, type: 'work', value: 'adele.vance@contoso.example' }],
  meta: { resourceType: 'User' },
  name: { formatted: 'Adele Vance', familyName: 'Vance', givenName: 'Adele' },
  roles: [],
  [ENTERPRISE]: {
    employeeNumber: '701984',
    department: 'Retail',
    costCenter: '4130',
    manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' },
  },
};

/** Shape of Okta's POST /Users (no extension; locale, groups and password are not in our model). */
const oktaCreate = {
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  userName: 'isaac.brock@example.com',
  name: { givenName: 'Isaac', familyName: 'Brock' },
  emails: [{ primary: true, value: 'isaac.brock@example.com', type: 'work' }],
  displayName: 'Isaac Brock',
  locale: 'en-US',
  externalId: '00ujl29u0le5T6Aj10h7',
  groups: [],
  password: '1mz050nq',
  active: true,
};

describe('fromScimResource', () => {
  it('reads an Entra ID create request including the enterprise extension', () => {
    expect(fromScimResource(entraCreate)).toEqual<ScimUserModel>({
      userName: 'adele.vance@contoso.example',
      externalId: '8c1d9f3e-44b2-4b61-a1a4-0d6c2e6f7a10',
      active: true,
      displayName: 'Adele Vance',
      title: 'Retail Manager',
      emails: [{ value: 'adele.vance@contoso.example', type: 'work', primary: true }],
      name: { formatted: 'Adele Vance', familyName: 'Vance', givenName: 'Adele' },
      enterprise: { employeeNumber: '701984', department: 'Retail', manager: { value: '26118915-6090-4610-87e4-49d8ca9f808d' } },
    });
  });

  it('reads an Okta create request and ignores password, locale and groups', () => {
    expect(fromScimResource(oktaCreate)).toEqual<ScimUserModel>({
      userName: 'isaac.brock@example.com',
      externalId: '00ujl29u0le5T6Aj10h7',
      active: true,
      displayName: 'Isaac Brock',
      emails: [{ value: 'isaac.brock@example.com', type: 'work', primary: true }],
      name: { givenName: 'Isaac', familyName: 'Brock' },
    });
  });

  it('tolerates boolean strings, case-insensitive keys and a missing active flag', () => {
    expect(fromScimResource({ UserName: 'a@b.c', Active: 'False', emails: [{ value: 'a@b.c', primary: 'True' }] })).toEqual({
      userName: 'a@b.c',
      active: false,
      emails: [{ value: 'a@b.c', primary: true }],
    });
    expect(fromScimResource({ userName: 'x' }).active).toBe(true);
  });

  it('reads flattened extension keys', () => {
    const user = fromScimResource({ userName: 'x', [`${ENTERPRISE}:employeeNumber`]: 42, [`${ENTERPRISE}:manager`]: 'mgr-1' });
    expect(user.enterprise).toEqual({ employeeNumber: '42', manager: { value: 'mgr-1' } });
  });

  it.each([{}, { userName: '' }, { userName: '   ' }, { userName: null }])('rejects %j: userName is required', (body) => {
    expect(() => fromScimResource(body)).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidValue' }));
  });

  it('rejects non-objects and malformed values', () => {
    expect(() => fromScimResource([])).toThrow(ScimError);
    expect(() => fromScimResource('user')).toThrow(expect.objectContaining({ scimType: 'invalidSyntax' }));
    expect(() => fromScimResource({ userName: 'x', active: 'maybe' })).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
    expect(() => fromScimResource({ userName: 'x', emails: [{ type: 'work' }] })).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
  });
});

describe('toScimResource', () => {
  const meta = { created: new Date('2024-01-02T03:04:05Z'), lastModified: '2024-02-03T04:05:06.000Z' };

  it('renders a User with the enterprise extension and manager $ref', () => {
    const resource = toScimResource(fromScimResource(entraCreate), 'u-1', { ...meta, version: 'W/"3"' }, 'https://skillpath.example/scim/v2/');
    expect(resource).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
      id: 'u-1',
      externalId: '8c1d9f3e-44b2-4b61-a1a4-0d6c2e6f7a10',
      userName: 'adele.vance@contoso.example',
      name: { formatted: 'Adele Vance', familyName: 'Vance', givenName: 'Adele' },
      displayName: 'Adele Vance',
      title: 'Retail Manager',
      emails: [{ value: 'adele.vance@contoso.example', type: 'work', primary: true }],
      active: true,
      [ENTERPRISE]: {
        employeeNumber: '701984',
        department: 'Retail',
        manager: {
          value: '26118915-6090-4610-87e4-49d8ca9f808d',
          $ref: 'https://skillpath.example/scim/v2/Users/26118915-6090-4610-87e4-49d8ca9f808d',
        },
      },
      meta: {
        resourceType: 'User',
        created: '2024-01-02T03:04:05.000Z',
        lastModified: '2024-02-03T04:05:06.000Z',
        location: 'https://skillpath.example/scim/v2/Users/u-1',
        version: 'W/"3"',
      },
    });
  });

  it('omits the extension (and its schema) when it holds nothing, and omits absent attributes', () => {
    const resource = toScimResource({ userName: 'x', active: false, enterprise: { manager: null } }, 'id 2', meta, 'https://h/scim/v2');
    expect(resource).toEqual({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      id: 'id 2',
      userName: 'x',
      active: false,
      meta: { resourceType: 'User', created: '2024-01-02T03:04:05.000Z', lastModified: '2024-02-03T04:05:06.000Z', location: 'https://h/scim/v2/Users/id%202' },
    });
    expect(JSON.parse(JSON.stringify(resource))).toEqual(resource);
  });
});
