import { ArgumentsHost, Catch, ExceptionFilter, HttpException } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 };

/**
 * Plain HTTP routes (CSV exports, calendar feeds, printable pages): AppErrors become their status
 * with JSON { code, message, field }; anything unexpected is a 500 without details.
 * GraphQL errors are left to formatGraphqlError.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    // An error is JSON even from a route that declared a CSV or HTML attachment for its success.
    res.removeHeader('content-disposition');
    res.type('application/json');
    if (error instanceof AppError) {
      res.status(STATUS[error.code] ?? 500).json({ code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) });
    } else if (error instanceof HttpException) {
      res.status(error.getStatus()).json({ code: 'HTTP_ERROR', message: error.message });
    } else if (isClientHttpError(error)) {
      // e.g. body-parser's 413 Payload Too Large or 400 on malformed JSON
      res.status(error.status).json({ code: 'HTTP_ERROR', message: error.message });
    } else {
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
    return undefined;
  }
}

function isClientHttpError(error: unknown): error is { status: number; message: string } {
  const e = error as { status?: unknown; expose?: unknown };
  return typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose === true;
}
