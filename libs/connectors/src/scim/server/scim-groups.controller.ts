import { Controller, Delete, Get, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OwnInputChecks } from '@app/shared';
import { Public } from '@app/auth';
import { isReturned } from '../protocol';
import { readJsonBody, scimBaseUrl } from './scim-http';
import { ScimAuth } from './scim-auth';
import { ScimGroupsService } from './scim-groups.service';
import { serve } from './scim-serve';

/**
 * SCIM Groups = departments (RFC 7644 §3): list (filter displayName, externalId, members), get, create, PUT, PATCH
 * (members, displayName, externalId), DELETE (members leave; the department stays, but the group is 404 for this
 * client from then on: see ScimGroupsService). Every response honours attributes/excludedAttributes;
 * `excludedAttributes=members`, as Entra ID sends it, does not read the members at all.
 */
@OwnInputChecks()
@Controller('scim/v2/Groups')
export class ScimGroupsController {
  constructor(
    private readonly auth: ScimAuth,
    private readonly groups: ScimGroupsService,
  ) {}

  @Public()
  @Get()
  list(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return serve(req, res, this.auth, async (connector, selection) => ({
      status: 200,
      body: await this.groups.list(connector, query, scimBaseUrl(req), isReturned(selection, 'members')),
    }));
  }

  @Public()
  @Get(':id')
  get(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector, selection) => ({
      status: 200,
      body: await this.groups.get(connector, id, scimBaseUrl(req), isReturned(selection, 'members')),
    }));
  }

  @Public()
  @Post()
  create(@Req() req: Request, @Res() res: Response): Promise<void> {
    return serve(req, res, this.auth, async (connector) => {
      const group = await this.groups.create(connector, await readJsonBody(req), scimBaseUrl(req));
      return { status: 201, body: group, location: group.meta.location };
    });
  }

  @Public()
  @Put(':id')
  replace(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => ({ status: 200, body: await this.groups.replace(connector, id, await readJsonBody(req), scimBaseUrl(req)) }));
  }

  @Public()
  @Patch(':id')
  patch(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => ({ status: 200, body: await this.groups.patch(connector, id, await readJsonBody(req), scimBaseUrl(req)) }));
  }

  @Public()
  @Delete(':id')
  remove(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return serve(req, res, this.auth, async (connector) => {
      await this.groups.remove(connector, id, scimBaseUrl(req));
      return { status: 204 };
    });
  }
}
