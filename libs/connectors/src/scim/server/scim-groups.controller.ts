import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@app/auth';
import { readJsonBody, respond, scimBaseUrl } from './scim-http';
import { ScimAuth } from './scim-auth';
import { ScimGroupsService } from './scim-groups.service';

/** SCIM Groups = departments: list (filter displayName), get, create. PATCH of members is not supported. */
@Controller('scim/v2/Groups')
export class ScimGroupsController {
  constructor(
    private readonly auth: ScimAuth,
    private readonly groups: ScimGroupsService,
  ) {}

  @Public()
  @Get()
  list(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return respond(res, async () => ({ status: 200, body: await this.groups.list(await this.auth.connectorOf(req), query, scimBaseUrl(req)) }));
  }

  @Public()
  @Get(':id')
  get(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return respond(res, async () => ({ status: 200, body: await this.groups.get(await this.auth.connectorOf(req), id, scimBaseUrl(req)) }));
  }

  @Public()
  @Post()
  create(@Req() req: Request, @Res() res: Response): Promise<void> {
    return respond(res, async () => {
      const connector = await this.auth.connectorOf(req);
      const group = await this.groups.create(connector, await readJsonBody(req), scimBaseUrl(req));
      return { status: 201, body: group, location: group.meta.location };
    });
  }
}
