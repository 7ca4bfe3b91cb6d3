import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AuditService } from '@app/auth';
import { ConnectorRepository } from '../../core/connector.repository';
import { hashToken } from '../../core/secret-box';
import { Connector } from '../../core/entities/connector.entity';
import { ScimError } from '../protocol';

/**
 * Bearer-token authentication of SCIM clients: the token's SHA-256 selects the connector (kind SCIM, enabled).
 * A missing, unknown or disabled token is a 401 SCIM error, audited as UNAUTHENTICATED (capped per client address);
 * the routes are @Public() for the app's guard. Every other refusal of an authenticated client is audited here too,
 * with the connector as the actor (`refused`).
 */
@Injectable()
export class ScimAuth {
  constructor(
    private readonly connectors: ConnectorRepository,
    private readonly audit: AuditService,
  ) {}

  async connectorOf(req: Request): Promise<Connector> {
    const header = req.headers.authorization;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(Array.isArray(header) ? header[0] : header ?? '');
    if (!match) return this.refuse(req, header ? 'INVALID_TOKEN' : 'NO_TOKEN', 'A bearer token is required');
    const connector = await this.connectors.findByPushTokenHash(hashToken(match[1]));
    if (!connector) return this.refuse(req, 'INVALID_TOKEN', 'The bearer token is not valid');
    if (connector.kind !== 'SCIM' || !connector.enabled) return this.refuse(req, 'CONNECTOR_DISABLED', 'The bearer token is not valid');
    return connector;
  }

  /**
   * A request of this connector answered with a SCIM error, in the audit log once its transaction is over (so the
   * entry survives the rollback): a business rule's refusal (its code) as REFUSED, like a conflict; a missing
   * resource as NOT_FOUND; any other bad request as INVALID.
   */
  async refused(req: Request, connector: Connector, error: ScimError): Promise<void> {
    const outcome = error.code || error.status === 409 ? 'REFUSED' : error.status === 404 ? 'NOT_FOUND' : 'INVALID';
    await this.audit.recordRefusal({ connectorId: connector.id, connectorName: connector.name }, outcome, 'call', 'Operation', operationOf(req), {
      code: error.code ?? error.scimType ?? String(error.status),
      ...(error.scimType ? { reason: error.scimType } : {}),
      message: error.detail,
    });
  }

  private async refuse(req: Request, reason: string, message: string): Promise<never> {
    await this.audit.recordRefusal(null, 'UNAUTHENTICATED', 'call', 'Operation', operationOf(req), { code: 'UNAUTHENTICATED', reason });
    throw new ScimError(401, undefined, message);
  }
}

/** The request as the audit names it: method and path, without the query. */
function operationOf(req: Request): string {
  return `${req.method} ${req.originalUrl.split('?')[0].slice(0, 200)}`;
}
