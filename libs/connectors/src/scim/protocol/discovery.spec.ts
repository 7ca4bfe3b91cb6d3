import { resourceType, resourceTypes, schema, schemas, serviceProviderConfig } from './discovery';

const BASE = 'https://skillpath.example/scim/v2/';

describe('discovery', () => {
  it('describes the service provider capabilities', () => {
    expect(serviceProviderConfig(BASE)).toMatchObject({
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig'],
      patch: { supported: true },
      bulk: { supported: false },
      filter: { supported: true, maxResults: 200 },
      changePassword: { supported: false },
      sort: { supported: false },
      etag: { supported: false },
      authenticationSchemes: [{ type: 'oauthbearertoken', primary: true }],
      meta: { resourceType: 'ServiceProviderConfig', location: 'https://skillpath.example/scim/v2/ServiceProviderConfig' },
    });
  });

  it('lists the User and Group resource types', () => {
    const types = resourceTypes(BASE);
    expect(types.map((t) => [t.id, t.endpoint, t.schema])).toEqual([
      ['User', '/Users', 'urn:ietf:params:scim:schemas:core:2.0:User'],
      ['Group', '/Groups', 'urn:ietf:params:scim:schemas:core:2.0:Group'],
    ]);
    expect(types[0].schemaExtensions).toEqual([{ schema: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User', required: false }]);
    expect(resourceType(BASE, 'user')?.meta.location).toBe('https://skillpath.example/scim/v2/ResourceTypes/User');
    expect(resourceType(BASE, 'Device')).toBeNull();
  });

  it('publishes the supported schemas with RFC 7643 attribute traits', () => {
    const all = schemas(BASE);
    expect(all.map((s) => s.name)).toEqual(['User', 'EnterpriseUser', 'Group']);
    const user = schema(BASE, 'URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER')!;
    expect(user.meta.location).toBe('https://skillpath.example/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User');
    expect(user.attributes.find((a) => a.name === 'userName')).toMatchObject({ required: true, caseExact: false, uniqueness: 'server' });
    expect(user.attributes.find((a) => a.name === 'emails')).toMatchObject({ type: 'complex', multiValued: true });
    const manager = schema(BASE, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User')!.attributes.find((a) => a.name === 'manager');
    expect(manager?.subAttributes?.map((a) => a.name)).toEqual(['value', '$ref', 'displayName']);
    expect(user.attributes.find((a) => a.name === 'groups')).toMatchObject({ type: 'complex', multiValued: true, mutability: 'readOnly' });
    const members = schema(BASE, 'urn:ietf:params:scim:schemas:core:2.0:Group')!.attributes.find((a) => a.name === 'members');
    expect(members).toMatchObject({ multiValued: true, mutability: 'readWrite' });
    expect(members?.subAttributes?.find((a) => a.name === 'type')?.canonicalValues).toEqual(['User']);
    expect(schema(BASE, 'urn:example:unknown')).toBeNull();
  });

  it('returns fresh objects each call', () => {
    const a = schemas(BASE);
    a[0].attributes.length = 0;
    expect(schemas(BASE)[0].attributes.length).toBeGreaterThan(0);
  });
});
