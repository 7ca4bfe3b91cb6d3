/**
 * Schema definitions (RFC 7643 §7) of the attributes this service provider supports: core User, enterprise
 * User extension and core Group. Traits follow RFC 7643 §8.7.1; unsupported attributes are left out.
 */
import { SCIM_ENTERPRISE_USER_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA } from './urns';

export interface ScimAttributeDefinition {
  name: string;
  type: 'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'complex';
  multiValued: boolean;
  description: string;
  required: boolean;
  caseExact: boolean;
  mutability: 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
  returned: 'always' | 'never' | 'default' | 'request';
  uniqueness: 'none' | 'server' | 'global';
  canonicalValues?: string[];
  referenceTypes?: string[];
  subAttributes?: ScimAttributeDefinition[];
}

export interface ScimSchemaDefinition {
  id: string;
  name: string;
  description: string;
  attributes: ScimAttributeDefinition[];
}

type Overrides = Partial<Omit<ScimAttributeDefinition, 'name' | 'description'>>;

function attr(name: string, description: string, overrides: Overrides = {}): ScimAttributeDefinition {
  return {
    name,
    type: 'string',
    multiValued: false,
    description,
    required: false,
    caseExact: false,
    mutability: 'readWrite',
    returned: 'default',
    uniqueness: 'none',
    ...overrides,
  };
}

const USER: ScimSchemaDefinition = {
  id: SCIM_USER_SCHEMA,
  name: 'User',
  description: 'User Account',
  attributes: [
    attr('userName', 'Unique identifier for the User, typically used to sign in. REQUIRED.', { required: true, uniqueness: 'server' }),
    attr('name', "The components of the user's name. Optional: without them, the names Skillpath holds are kept (a new user's come from the userName).", {
      type: 'complex',
      subAttributes: [
        attr('formatted', 'The full name, formatted for display.'),
        attr('familyName', 'The family name of the User.'),
        attr('givenName', 'The given name of the User.'),
      ],
    }),
    attr('displayName', 'The name of the User, suitable for display to end-users.'),
    attr('title', "The user's title, such as \"Vice President\"."),
    attr('active', "A Boolean value indicating the User's administrative status. Optional: a new user is active; without it, a user stays as they are.", { type: 'boolean' }),
    attr('emails', 'Email addresses for the user. Optional: without them, an email-shaped userName is the work email (else the one Skillpath holds is kept).', {
      type: 'complex',
      multiValued: true,
      subAttributes: [
        attr('value', 'Email address for the User.'),
        attr('type', "A label indicating the attribute's function.", { canonicalValues: ['work', 'home', 'other'] }),
        attr('primary', 'Indicates the primary email address. At most one value may be true.', { type: 'boolean' }),
      ],
    }),
    attr('groups', 'The groups the user belongs to: here, the department. Change it through the Group resource.', {
      type: 'complex',
      multiValued: true,
      mutability: 'readOnly',
      subAttributes: [
        attr('value', 'The id of the Group.', { mutability: 'readOnly' }),
        attr('$ref', 'The URI of the Group.', { type: 'reference', referenceTypes: ['Group'], mutability: 'readOnly' }),
        attr('display', 'The displayName of the Group.', { mutability: 'readOnly' }),
        attr('type', 'direct: the user is a member of the group itself.', { canonicalValues: ['direct', 'indirect'], mutability: 'readOnly' }),
      ],
    }),
  ],
};

const ENTERPRISE_USER: ScimSchemaDefinition = {
  id: SCIM_ENTERPRISE_USER_SCHEMA,
  name: 'EnterpriseUser',
  description: 'Enterprise User',
  attributes: [
    attr('employeeNumber', 'Numeric or alphanumeric identifier assigned to a person by the organization.'),
    attr('organization', 'Identifies the name of an organization.'),
    attr('department', 'Identifies the name of a department.'),
    attr('manager', "The User's manager.", {
      type: 'complex',
      subAttributes: [
        attr('value', 'The id of the SCIM resource representing the manager.'),
        attr('$ref', 'The URI of the SCIM resource representing the manager.', { type: 'reference', referenceTypes: ['User'] }),
        attr('displayName', 'The displayName of the manager.', { mutability: 'readOnly' }),
      ],
    }),
  ],
};

const GROUP: ScimSchemaDefinition = {
  id: SCIM_GROUP_SCHEMA,
  name: 'Group',
  description: 'Group',
  attributes: [
    attr('displayName', 'A human-readable name for the Group. REQUIRED.', { required: true }),
    attr('members', 'A list of members of the Group.', {
      type: 'complex',
      multiValued: true,
      subAttributes: [
        attr('value', 'Identifier of the member of this Group.', { mutability: 'immutable' }),
        attr('$ref', 'The URI of the member resource.', { type: 'reference', referenceTypes: ['User'], mutability: 'immutable' }),
        attr('type', 'The type of the member: only users (no nested groups).', { canonicalValues: ['User'], mutability: 'immutable' }),
        attr('display', 'A human-readable name for the member.', { mutability: 'readOnly' }),
      ],
    }),
  ],
};

export const SCHEMA_DEFINITIONS: readonly ScimSchemaDefinition[] = [USER, ENTERPRISE_USER, GROUP];
