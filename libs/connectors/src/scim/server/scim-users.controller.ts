import { Controller, Delete, Get, Param, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@app/auth';
import { selectAttributes } from '../protocol';
import { attributeSelection, readJsonBody, respond, scimBaseUrl, selectedList } from './scim-http';
import { ScimAuth } from './scim-auth';
import { ScimUsersService } from './scim-users.service';

/**
 * SCIM Users (RFC 7644 §3). The SCIM id of a user is the id of the employee it is linked to (stable, and the
 * value clients send as the enterprise manager.value). Every route checks the connector's bearer token, and
 * every response honours attributes/excludedAttributes.
 */
@Controller('scim/v2/Users')
export class ScimUsersController {
  constructor(
    private readonly auth: ScimAuth,
    private readonly users: ScimUsersService,
  ) {}

  @Public()
  @Get()
  list(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>): Promise<void> {
    return respond(res, async () => {
      const connector = await this.auth.connectorOf(req);
      const selection = attributeSelection(req);
      return { status: 200, body: selectedList(await this.users.list(connector, query, scimBaseUrl(req)), selection) };
    });
  }

  @Public()
  @Get(':id')
  get(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return respond(res, async () => {
      const connector = await this.auth.connectorOf(req);
      const selection = attributeSelection(req);
      return { status: 200, body: selectAttributes(await this.users.get(connector, id, scimBaseUrl(req)), selection) };
    });
  }

  @Public()
  @Post()
  create(@Req() req: Request, @Res() res: Response): Promise<void> {
    return respond(res, async () => {
      const connector = await this.auth.connectorOf(req);
      const selection = attributeSelection(req);
      const user = await this.users.create(connector, await readJsonBody(req), scimBaseUrl(req));
      return { status: 201, body: selectAttributes(user, selection), location: user.meta.location };
    });
  }

  @Public()
  @Put(':id')
  replace(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return respond(res, async () => {
      const connector = await this.auth.connectorOf(req);
      const selection = attributeSelection(req);
      return { status: 200, body: selectAttributes(await this.users.replace(connector, id, await readJsonBody(req), scimBaseUrl(req)), selection) };
    });
  }

  @Public()
  @Patch(':id')
  patch(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return respond(res, async () => {
      const connector = await this.auth.connectorOf(req);
      const selection = attributeSelection(req);
      return { status: 200, body: selectAttributes(await this.users.patch(connector, id, await readJsonBody(req), scimBaseUrl(req)), selection) };
    });
  }

  @Public()
  @Delete(':id')
  remove(@Req() req: Request, @Res() res: Response, @Param('id') id: string): Promise<void> {
    return respond(res, async () => {
      await this.users.deactivate(await this.auth.connectorOf(req), id, scimBaseUrl(req));
      return { status: 204 };
    });
  }
}
