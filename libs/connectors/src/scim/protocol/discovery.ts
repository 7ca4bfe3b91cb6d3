/**
 * Discovery endpoints (RFC 7644 §4, RFC 7643 §5-7): ServiceProviderConfig, ResourceTypes and Schemas.
 * `baseUrl` is the SCIM root (e.g. https://host/scim/v2); it is used for meta.location.
 */
import { SCHEMA_DEFINITIONS, ScimSchemaDefinition } from './discovery-schemas';
import { MAX_PAGE_SIZE } from './list';
import {
  SCIM_ENTERPRISE_USER_SCHEMA,
  SCIM_GROUP_SCHEMA,
  SCIM_RESOURCE_TYPE_SCHEMA,
  SCIM_SCHEMA_SCHEMA,
  SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA,
  SCIM_USER_SCHEMA,
} from './urns';

export type { ScimAttributeDefinition, ScimSchemaDefinition } from './discovery-schemas';

const root = (baseUrl: string): string => baseUrl.replace(/\/+$/, '');

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SCIM_SERVICE_PROVIDER_CONFIG_SCHEMA],
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: MAX_PAGE_SIZE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'OAuth Bearer Token',
        description: 'Authentication with a bearer token in the Authorization header (RFC 6750)',
        specUri: 'https://www.rfc-editor.org/info/rfc6750',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${root(baseUrl)}/ServiceProviderConfig` },
  };
}

export interface ScimResourceType {
  schemas: string[];
  id: string;
  name: string;
  endpoint: string;
  description: string;
  schema: string;
  schemaExtensions: { schema: string; required: boolean }[];
  meta: { resourceType: 'ResourceType'; location: string };
}

export function resourceTypes(baseUrl: string): ScimResourceType[] {
  const base = root(baseUrl);
  return [
    {
      schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
      id: 'User',
      name: 'User',
      endpoint: '/Users',
      description: 'User Account',
      schema: SCIM_USER_SCHEMA,
      schemaExtensions: [{ schema: SCIM_ENTERPRISE_USER_SCHEMA, required: false }],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
    },
    {
      schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
      id: 'Group',
      name: 'Group',
      endpoint: '/Groups',
      description: 'Group',
      schema: SCIM_GROUP_SCHEMA,
      schemaExtensions: [],
      meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
    },
  ];
}

/** One resource type by id (case-insensitive), or null. */
export function resourceType(baseUrl: string, id: string): ScimResourceType | null {
  return resourceTypes(baseUrl).find((t) => t.id.toLowerCase() === id.toLowerCase()) ?? null;
}

export interface ScimSchemaResource extends ScimSchemaDefinition {
  schemas: string[];
  meta: { resourceType: 'Schema'; location: string };
}

export function schemas(baseUrl: string): ScimSchemaResource[] {
  const base = root(baseUrl);
  return SCHEMA_DEFINITIONS.map((def) => ({
    schemas: [SCIM_SCHEMA_SCHEMA],
    ...structuredClone(def),
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${def.id}` },
  }));
}

/** One schema by URN (case-insensitive), or null. */
export function schema(baseUrl: string, id: string): ScimSchemaResource | null {
  return schemas(baseUrl).find((s) => s.id.toLowerCase() === id.toLowerCase()) ?? null;
}
