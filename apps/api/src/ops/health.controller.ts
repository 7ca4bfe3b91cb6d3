import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@app/auth';

/** Liveness and readiness: the database answers and every migration has run. */
@Controller()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    let database = 'up';
    let migrations = 'current';
    try {
      await this.dataSource.query('SELECT 1');
      if (await this.dataSource.showMigrations()) migrations = 'pending';
    } catch {
      database = 'down';
      migrations = 'unknown';
    }
    const ok = database === 'up' && migrations === 'current';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json({ status: ok ? 'ok' : 'error', database, migrations });
  }
}
