import { ScimError, toScimErrorBody } from './errors';
import { parseFilter } from './filter';

describe('SCIM errors', () => {
  it('renders a ScimError as an RFC 7644 error body with a string status', () => {
    expect(toScimErrorBody(ScimError.invalidFilter("Unsupported filter attribute 'title'"))).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '400',
      scimType: 'invalidFilter',
      detail: "Unsupported filter attribute 'title'",
    });
  });

  it('omits scimType when there is none', () => {
    expect(ScimError.notFound('User 42 not found').toBody()).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '404',
      detail: 'User 42 not found',
    });
    expect(ScimError.uniqueness('userName taken')).toMatchObject({ status: 409, scimType: 'uniqueness' });
  });

  it('hides unexpected errors behind an opaque 500', () => {
    expect(toScimErrorBody(new Error('password=secret'))).toEqual({
      schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
      status: '500',
      detail: 'Internal server error',
    });
  });

  it('is what the parsers throw', () => {
    expect(() => parseFilter('userName zz "a"')).toThrow(ScimError);
    try {
      parseFilter('userName zz "a"');
    } catch (err) {
      expect(err).toBeInstanceOf(Error);
      expect((err as ScimError).name).toBe('ScimError');
      expect(toScimErrorBody(err).scimType).toBe('invalidFilter');
    }
  });
});
