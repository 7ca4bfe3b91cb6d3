import { CallHandler, ExecutionContext, Injectable, NestInterceptor, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { badInput } from '../errors/app-error';
import { localDateProblem } from './dates';
import { jsonValueProblem } from './json-value';
import { isUuid } from './text';

const OWN_INPUT_CHECKS = 'skillpath:own-input-checks';

/** A controller that checks its query and path itself, to answer in its protocol's error format (SCIM). */
export const OwnInputChecks = () => SetMetadata(OWN_INPUT_CHECKS, true);

/**
 * REST query strings and path parameters, in one place for every controller: their text must be storable
 * (no NUL, control characters or unpaired surrogates) and bounded, else 400 BAD_USER_INPUT naming the parameter.
 * Each route then reads its typed parameters with localDateParam / idParam or its args class.
 */
@Injectable()
export class RestParamsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http' && !Reflect.getMetadata(OWN_INPUT_CHECKS, context.getClass())) {
      const req = context.switchToHttp().getRequest<Request>();
      for (const values of [req.params, req.query]) {
        const found = jsonValueProblem(values);
        if (found) throw badInput(found.path, `${found.path} ${found.problem}`);
      }
    }
    return next.handle();
  }
}

/** An optional yyyy-MM-dd query parameter: a real calendar date in the supported years, else 400 naming it. */
export function localDateParam(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const problem = localDateProblem(value);
  if (problem) throw badInput(name, `${name} ${problem}`);
  return value as string;
}

/** An id path or query parameter: a UUID, else 400 naming it (a well-formed id of nothing stays a 404). */
export function idParam(name: string, value: unknown): string {
  if (!isUuid(value)) throw badInput(name, `${name} must be an id (a UUID)`);
  return value;
}
