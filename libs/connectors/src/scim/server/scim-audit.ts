import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/auth';
import { Connector } from '../../core/entities/connector.entity';

export type ScimWrite =
  | 'scimCreateUser'
  | 'scimReplaceUser'
  | 'scimPatchUser'
  | 'scimDeactivateUser'
  | 'scimCreateGroup'
  | 'scimReplaceGroup'
  | 'scimPatchGroup'
  | 'scimDeleteGroup';

/** A SCIM user is an Employee (same id), a SCIM group a Department (same id). */
export type ScimAuditSubject = { readonly type: 'Employee' | 'Department'; readonly id: string };

/**
 * Every SCIM write in the audit log: the connector is the actor, before and after are the SCIM resources (without
 * meta), recorded inside the write's transaction so the entry exists exactly when the write does.
 */
@Injectable()
export class ScimAudit {
  constructor(private readonly audit: AuditService) {}

  async record(connector: Connector, action: ScimWrite, subject: ScimAuditSubject, before: object | null, after: object | null): Promise<void> {
    await this.audit.recordChange({ connectorId: connector.id, connectorName: connector.name }, action, subject.type, subject.id, withoutMeta(before), withoutMeta(after));
  }
}

function withoutMeta(resource: object | null): object | null {
  if (!resource) return null;
  const { meta: _meta, ...rest } = resource as { meta?: unknown };
  return rest;
}
