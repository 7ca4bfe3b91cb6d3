import { fromScimGroup, toScimGroupResource } from './group-model';

const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const A = '6a1f2c4e-0000-4000-8000-00000000000a';

describe('SCIM Group bodies (POST, PUT)', () => {
  it('reads an Entra ID create (externalId and an empty members list) and an Okta one (members with display)', () => {
    expect(fromScimGroup({ schemas: [GROUP], externalId: 'e1', displayName: 'Sales', meta: { resourceType: 'Group' }, members: [] })).toEqual({ displayName: 'Sales', externalId: 'e1', members: [] });
    expect(fromScimGroup({ schemas: [GROUP], DisplayName: ' Sales ', members: [{ value: A, display: 'Ann Able' }, { value: A }] })).toEqual({ displayName: 'Sales', members: [{ value: A }] });
  });

  it('reads core attributes given under the core Group URN, as fully qualified keys or as an object keyed by the URN', () => {
    expect(fromScimGroup({ schemas: [GROUP], [`${GROUP}:displayName`]: 'Sales', [`${GROUP}:externalId`]: 'e2', [`${GROUP}:members`]: [{ value: A }] }))
      .toEqual({ displayName: 'Sales', externalId: 'e2', members: [{ value: A }] });
    expect(fromScimGroup({ schemas: [GROUP], [GROUP.toUpperCase()]: { DisplayName: 'Ops', members: [] } })).toEqual({ displayName: 'Ops', members: [] });
  });

  it('refuses a missing displayName, a member without value and a group member with 400', () => {
    expect(() => fromScimGroup({ members: [] })).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidValue' }));
    expect(() => fromScimGroup({ displayName: 'x', members: [{ display: 'y' }] })).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
    expect(() => fromScimGroup({ displayName: 'x', members: [{ value: A, type: 'Group' }] })).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
    expect(() => fromScimGroup('Sales')).toThrow(expect.objectContaining({ scimType: 'invalidSyntax' }));
  });
});

describe('the Group resource', () => {
  const meta = { created: new Date('2026-01-02T03:04:05Z'), lastModified: '2026-02-03T04:05:06.000Z' };

  it('lists members with $ref and type User, and leaves members out when they were not read', () => {
    const withMembers = toScimGroupResource('g1', { displayName: 'Sales', members: [{ value: A, display: 'Ann Able' }] }, meta, 'https://h/scim/v2/');
    expect(withMembers).toEqual({
      schemas: [GROUP],
      id: 'g1',
      displayName: 'Sales',
      members: [{ value: A, $ref: `https://h/scim/v2/Users/${A}`, type: 'User', display: 'Ann Able' }],
      meta: { resourceType: 'Group', created: '2026-01-02T03:04:05.000Z', lastModified: '2026-02-03T04:05:06.000Z', location: 'https://h/scim/v2/Groups/g1' },
    });
    expect(toScimGroupResource('g1', { displayName: 'Sales', members: null }, meta, 'https://h/scim/v2')).not.toHaveProperty('members');
    expect(toScimGroupResource('g1', { displayName: 'Sales', externalId: 'e1', members: null }, meta, 'https://h/scim/v2')).toMatchObject({ id: 'g1', externalId: 'e1' });
    expect(toScimGroupResource('g1', { displayName: 'Sales', externalId: null, members: null }, meta, 'https://h/scim/v2')).not.toHaveProperty('externalId');
  });
});
