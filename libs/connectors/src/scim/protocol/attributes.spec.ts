import { isReturned, parseAttributeSelection, selectAttributes } from './attributes';

const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const user = {
  schemas: [USER, ENTERPRISE],
  id: 'u1',
  userName: 'ann@example.test',
  name: { givenName: 'Ann', familyName: 'Able' },
  emails: [{ value: 'ann@example.test', type: 'work', primary: true }, { value: 'ann@home.test', type: 'home' }],
  active: true,
  [ENTERPRISE]: { department: 'Sales', manager: { value: 'm1', displayName: 'Max' } },
  meta: { resourceType: 'User', location: 'https://h/scim/v2/Users/u1' },
};

const select = (query: Record<string, unknown>) => selectAttributes(user, parseAttributeSelection(query));

describe('attributes and excludedAttributes', () => {
  it('returns the default set when neither is given', () => {
    expect(select({})).toBe(user);
  });

  it('attributes keeps only the listed attributes, plus id and schemas, case-insensitively', () => {
    expect(select({ attributes: 'USERNAME,name.givenName' })).toEqual({ schemas: user.schemas, id: 'u1', userName: 'ann@example.test', name: { givenName: 'Ann' } });
  });

  it('selects sub-attributes of every value of a multi-valued attribute', () => {
    expect(select({ attributes: 'emails.value,emails.type' }).emails).toEqual([{ value: 'ann@example.test', type: 'work' }, { value: 'ann@home.test', type: 'home' }]);
  });

  it('understands full extension paths, a whole extension URN and the core URN prefix', () => {
    expect(select({ attributes: `${ENTERPRISE}:department,${USER}:active` })).toEqual({ schemas: user.schemas, id: 'u1', active: true, [ENTERPRISE]: { department: 'Sales' } });
    expect(select({ attributes: ENTERPRISE })[ENTERPRISE]).toEqual(user[ENTERPRISE]);
    expect(select({ attributes: [`${ENTERPRISE}:manager.value`, 'userName'] })).toMatchObject({ userName: 'ann@example.test', [ENTERPRISE]: { manager: { value: 'm1' } } });
  });

  it('excludedAttributes drops attributes and sub-attributes but never id or schemas; an emptied extension goes', () => {
    const out = select({ excludedAttributes: `emails.primary, meta, id, schemas, ${ENTERPRISE}:department, ${ENTERPRISE}:manager` });
    expect(out).toEqual({
      schemas: user.schemas,
      id: 'u1',
      userName: 'ann@example.test',
      name: user.name,
      emails: [{ value: 'ann@example.test', type: 'work' }, { value: 'ann@home.test', type: 'home' }],
      active: true,
    });
    expect(user.emails[0].primary).toBe(true);
  });

  it('ignores names the resource does not have and refuses text that is not an attribute name with 400 invalidPath', () => {
    expect(select({ attributes: 'nickName' })).toEqual({ schemas: user.schemas, id: 'u1' });
    expect(() => parseAttributeSelection({ attributes: 'user name' })).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidPath' }));
  });

  it('tells whether a top-level attribute is returned, so a caller can skip reading it', () => {
    expect(isReturned(parseAttributeSelection({}), 'members')).toBe(true);
    expect(isReturned(parseAttributeSelection({ excludedAttributes: 'members' }), 'members')).toBe(false);
    expect(isReturned(parseAttributeSelection({ attributes: 'displayName' }), 'members')).toBe(false);
    expect(isReturned(parseAttributeSelection({ attributes: 'members.value' }), 'members')).toBe(true);
  });
});
