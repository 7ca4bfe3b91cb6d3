import type { Request, Response } from 'express';
import { Connector } from '../../core/entities/connector.entity';
import { AttributeSelection, parseAttributeSelection, ScimError, ScimListResponse, selectAttributes } from '../protocol';
import { checkScimInput, respond, ScimReply } from './scim-http';
import { ScimAuth } from './scim-auth';

function selected(body: object, selection: AttributeSelection): object {
  if (!('Resources' in body)) return selectAttributes(body, selection);
  const list = body as ScimListResponse<object>;
  return { ...list, Resources: list.Resources.map((r) => selectAttributes(r, selection)) };
}

/**
 * One SCIM request: the bearer token selects the connector (401 otherwise), the attributes / excludedAttributes
 * query parameters (RFC 7644 §3.4.2.5) are read, and the resource or list the handler answers with is trimmed to them.
 * A SCIM error it answers with is audited as the connector's refusal (ScimAuth.refused).
 */
export function serve(req: Request, res: Response, auth: ScimAuth, handler: (connector: Connector, selection: AttributeSelection) => Promise<ScimReply>): Promise<void> {
  return respond(res, async () => {
    const connector = await auth.connectorOf(req);
    try {
      checkScimInput(req.params, 'path');
      const selection = parseAttributeSelection(checkScimInput(req.query as Record<string, unknown>, 'query'));
      const reply = await handler(connector, selection);
      return typeof reply.body === 'object' && reply.body !== null ? { ...reply, body: selected(reply.body, selection) } : reply;
    } catch (e) {
      if (e instanceof ScimError) await auth.refused(req, connector, e);
      throw e;
    }
  });
}
