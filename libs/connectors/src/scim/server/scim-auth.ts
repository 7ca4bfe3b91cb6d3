import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { ConnectorRepository } from '../../core/connector.repository';
import { hashToken } from '../../core/secret-box';
import { Connector } from '../../core/entities/connector.entity';
import { ScimError } from '../protocol';

/**
 * Bearer-token authentication of SCIM clients: the token's SHA-256 selects the connector (kind SCIM, enabled).
 * A missing, unknown or disabled token is a 401 SCIM error; the routes are @Public() for the app's guard.
 */
@Injectable()
export class ScimAuth {
  constructor(private readonly connectors: ConnectorRepository) {}

  async connectorOf(req: Request): Promise<Connector> {
    const header = req.headers.authorization;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(Array.isArray(header) ? header[0] : header ?? '');
    if (!match) throw new ScimError(401, undefined, 'A bearer token is required');
    const connector = await this.connectors.findByPushTokenHash(hashToken(match[1]));
    if (!connector || connector.kind !== 'SCIM' || !connector.enabled) throw new ScimError(401, undefined, 'The bearer token is not valid');
    return connector;
  }
}
