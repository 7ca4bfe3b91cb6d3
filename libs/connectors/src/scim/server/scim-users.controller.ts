import { Controller, Delete, Get, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnInputChecks } from '@app/shared';
import { Public } from '@app/auth';
import { readJsonBody, scimBaseUrl } from './scim-http';
import { ScimAuth } from './scim-auth';
import { serve } from './scim-serve';
import { ScimUsersService } from './scim-users.service';

/**
 * SCIM Users (RFC 7644 §3). The SCIM id of a user is the id of the employee it is linked to (stable, and the
 * value clients send as the enterprise manager.value). Every route checks the connector's bearer token, and
 * every response honours attributes/excludedAttributes.
 */
@OwnInputChecks()
@Controller('scim/v2/Users')
export class ScimUsersController {
  constructor(
    private readonly auth: ScimAuth,
    private readonly users: ScimUsersService,
  ) {}

  @Public()
  @Get()
  list(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return serve(req, res, this.auth, async (connector) => ({ status: 200, body: await this.users.list(connector, query, scimBaseUrl(req)) }));
  }

  @Public()
  @Get(':id')
  get(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => ({ status: 200, body: await this.users.get(connector, id, scimBaseUrl(req)) }));
  }

  @Public()
  @Post()
  create(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serve(req, res, this.auth, async (connector) => {
      const user = await this.users.create(connector, await readJsonBody(req), scimBaseUrl(req));
      return { status: 201, body: user, location: user.meta.location };
    });
  }

  @Public()
  @Put(':id')
  replace(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => ({ status: 200, body: await this.users.replace(connector, id, await readJsonBody(req), scimBaseUrl(req)) }));
  }

  @Public()
  @Patch(':id')
  patch(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => ({ status: 200, body: await this.users.patch(connector, id, await readJsonBody(req), scimBaseUrl(req)) }));
  }

  @Public()
  @Delete(':id')
  remove(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => {
      await this.users.deactivate(connector, id, scimBaseUrl(req));
      return { status: 204 };
    });
  }
}
