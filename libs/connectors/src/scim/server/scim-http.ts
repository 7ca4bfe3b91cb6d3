/** HTTP plumbing of the SCIM endpoints: SCIM JSON responses, SCIM error bodies, reading application/scim+json bodies. */
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { describeJsonProblem, jsonValueProblem } from '@app/shared';
import { ScimError, toScimErrorBody } from '../protocol';

export const SCIM_CONTENT_TYPE = 'application/scim+json';
const MAX_BODY_BYTES = 1024 * 1024;
const logger = new Logger('Scim');

/** The SCIM root URL of this request, e.g. http://host/scim/v2 (for meta.location and $ref). */
export function scimBaseUrl(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/scim/v2`;
}

export function sendScim(res: Response, status: number, body?: unknown): void {
  res.status(status);
  if (body === undefined) {
    res.end();
    return;
  }
  res.type(SCIM_CONTENT_TYPE).send(JSON.stringify(body));
}

export interface ScimReply {
  status: number;
  body?: unknown;
  location?: string;
}

/** Runs a handler and answers with its result, or with a SCIM error body (status as a string) for any failure. */
export async function respond(res: Response, handler: () => Promise<ScimReply>): Promise<void> {
  try {
    const out = await handler();
    if (out.location) res.setHeader('Location', out.location);
    sendScim(res, out.status, out.body);
  } catch (e) {
    if (!(e instanceof ScimError)) logger.error(e instanceof Error ? e.stack ?? e.message : String(e));
    const body = toScimErrorBody(e);
    sendScim(res, Number(body.status), body);
  }
}

/**
 * What a SCIM client sends (body, query parameters) must be storable text, bounded JSON: 400 invalidValue naming
 * the attribute otherwise (the same rule as every GraphQL and REST input, json-value.ts in libs/shared).
 */
export function checkScimInput<T>(value: T, name: string): T {
  const found = jsonValueProblem(value);
  if (found) throw new ScimError(400, 'invalidValue', describeJsonProblem(name, found));
  return value;
}

/**
 * The JSON body of the request. The application's JSON parser only reads application/json, so an
 * application/scim+json body is still unread on the stream and is read here.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  return checkScimInput(await readBody(req), 'body');
}

async function readBody(req: Request): Promise<unknown> {
  const parsed: unknown = req.body;
  if (parsed !== undefined && parsed !== null && (typeof parsed !== 'object' || Object.keys(parsed).length > 0)) return parsed;
  if (req.readableEnded) return parsed ?? {};
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > MAX_BODY_BYTES) throw new ScimError(413, undefined, 'The request body is too large');
    chunks.push(buf);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (!text) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw ScimError.invalidSyntax('The request body is not valid JSON');
  }
}
