import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@app/auth';
import { CalendarFeedService } from './calendar-feed.service';

/** GET /calendar/<token>.ics: no sign-in, the unguessable token is the credential. */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Public()
  @Get(':file')
  @Header('cache-control', 'private, no-store')
  async feed(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(file);
    const body = match ? await this.feeds.render(match[1]) : null;
    if (body === null) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.status(200).type('text/calendar; charset=utf-8').send(body);
  }
}
