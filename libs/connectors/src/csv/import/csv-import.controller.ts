import { Controller, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import type { Request } from 'express';
import { badInput, Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { ColumnMapping } from '../parse';
import { CsvImportResult, CsvImportService } from './csv-import.service';
import { uploadTooLarge } from './spool-upload';

const flag = (v: unknown) => ['1', 'true', 'yes'].includes(String(v ?? '').toLowerCase());

/**
 * POST /connectors/:id/csv?mode=preview|apply&validOnly=true&full=true with the CSV as the raw body (text/csv)
 * and the column mapping as JSON in the `mapping` query parameter or the X-Column-Mapping header. A body over
 * CSV_UPLOAD_LIMIT answers 413.
 */
@Controller('connectors')
export class CsvImportController {
  constructor(private readonly service: CsvImportService) {}

  @Allow('HR_ADMIN')
  @Post(':id/csv')
  @HttpCode(200)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: Record<string, string | undefined>,
    @Req() req: Request,
  ): Promise<Omit<CsvImportResult, 'run'> & { run: object | null }> {
    // A declared size over the limit is refused before reading; an undeclared one is cut off at the limit.
    if (Number(req.headers['content-length'] ?? 0) > this.service.uploadLimit) throw uploadTooLarge(this.service.uploadLimit);
    const raw = query.mapping ?? (req.headers['x-column-mapping'] as string | undefined);
    let mapping: ColumnMapping;
    try {
      mapping = JSON.parse(raw ?? '') as ColumnMapping;
    } catch {
      throw badInput('mapping', 'The column mapping must be a JSON object of header → field');
    }
    if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) throw badInput('mapping', 'The column mapping must be a JSON object of header → field');
    const mode = String(query.mode ?? 'preview').toUpperCase();
    if (mode !== 'PREVIEW' && mode !== 'APPLY') throw badInput('mode', 'mode is preview or apply');
    const result = await this.service.import(viewer, id, req, { mapping, mode, validOnly: flag(query.validOnly), full: flag(query.full) });
    const run = result.run;
    return {
      ...result,
      run: run && { id: run.id, status: run.status, dryRun: run.dryRun, created: run.created, updated: run.updated, unchanged: run.unchanged, deactivated: run.deactivated, reactivated: run.reactivated, failed: run.failed, errorMessage: run.errorMessage, diff: run.diff },
    };
  }
}
