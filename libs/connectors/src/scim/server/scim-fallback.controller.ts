import { All, Controller, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnInputChecks } from '@app/shared';
import { Public } from '@app/auth';
import { ScimError } from '../protocol';
import { ScimAuth } from './scim-auth';
import { serve } from './scim-serve';

/** Endpoints of RFC 7644 this service provider does not implement (ServiceProviderConfig says so for Bulk). */
const NOT_IMPLEMENTED: ReadonlyArray<[RegExp, string]> = [
  [/^\/bulk\/?$/i, 'Bulk operations are not supported'],
  [/^\/me(\/.*)?$/i, 'The /Me alias is not supported'],
  [/^(\/(users|groups))?\/\.search\/?$/i, 'POST .search is not supported; use GET with a filter'],
];

/**
 * Every other request under /scim/v2 gets a SCIM error body rather than the application's: 501 for the optional
 * endpoints above, 404 for anything else. Registered after the SCIM controllers, so it only sees what they do not serve.
 */
@OwnInputChecks()
@Controller('scim/v2')
export class ScimFallbackController {
  constructor(private readonly auth: ScimAuth) {}

  @Public()
  @All('*path')
  unknown(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serve(req, res, this.auth, async () => {
      const path = req.path.replace(/^\/scim\/v2/i, '');
      const unsupported = NOT_IMPLEMENTED.find(([pattern]) => pattern.test(path));
      if (unsupported) throw new ScimError(501, undefined, unsupported[1]);
      throw ScimError.notFound(`There is no SCIM endpoint ${req.method} ${path}`);
    });
  }
}
