import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnInputChecks } from '@app/shared';
import { Public } from '@app/auth';
import { listResponseFromArray, resourceType, resourceTypes, schema, schemas, ScimError, serviceProviderConfig } from '../protocol';
import { scimBaseUrl } from './scim-http';
import { ScimAuth } from './scim-auth';
import { serve } from './scim-serve';

/** SCIM discovery (RFC 7644 §4): ServiceProviderConfig, ResourceTypes, Schemas. Bearer token required like every SCIM route. */
@OwnInputChecks()
@Controller('scim/v2')
export class ScimDiscoveryController {
  constructor(private readonly auth: ScimAuth) {}

  @Public()
  @Get('ServiceProviderConfig')
  config(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serve(req, res, this.auth, async () => {
      return { status: 200, body: serviceProviderConfig(scimBaseUrl(req)) };
    });
  }

  @Public()
  @Get('ResourceTypes')
  resourceTypes(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return serve(req, res, this.auth, async () => {
      return { status: 200, body: listResponseFromArray(resourceTypes(scimBaseUrl(req)), query) };
    });
  }

  @Public()
  @Get('ResourceTypes/:id')
  resourceType(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async () => {
      const found = resourceType(scimBaseUrl(req), id);
      if (!found) throw ScimError.notFound(`Resource type ${id} not found`);
      return { status: 200, body: found };
    });
  }

  @Public()
  @Get('Schemas')
  schemas(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return serve(req, res, this.auth, async () => {
      return { status: 200, body: listResponseFromArray(schemas(scimBaseUrl(req)), query) };
    });
  }

  @Public()
  @Get('Schemas/:id')
  schema(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async () => {
      const found = schema(scimBaseUrl(req), id);
      if (!found) throw ScimError.notFound(`Schema ${id} not found`);
      return { status: 200, body: found };
    });
  }
}
