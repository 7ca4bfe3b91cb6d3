import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { idParam, Viewer } from '@app/shared';
import { CurrentViewer, SignedIn } from '@app/auth';
import { SnapshotsService } from '../snapshots.service';
import { renderSnapshotHtml } from '../domain/render-html';

const PAGE_HEADERS: Record<string, string> = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};

/** The printable one-page from–to snapshot, for the same people as the GraphQL query (bearer token). */
@Controller('snapshots')
export class SnapshotPageController {
  constructor(private readonly service: SnapshotsService) {}

  /** Headers are set only once the page is rendered, so a refusal stays a JSON error. */
  @SignedIn()
  @Get(':employeeId.html')
  async page(@CurrentViewer() viewer: Viewer, @Param('employeeId') employeeId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const html = renderSnapshotHtml(await this.service.forEmployee(viewer, idParam('employeeId', employeeId)));
    for (const [name, value] of Object.entries(PAGE_HEADERS)) res.setHeader(name, value);
    return html;
  }
}
