import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig, AppError, badInput, notFound, parseSize, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { ColumnMapping, CsvFileError, CsvMappingError, DEFAULT_MAX_ERRORS, LineError, parseEmployeeCsv, ParseResult, resolveMapping, ValidRow } from '../parse';
import { ConnectorRepository } from '../../core/connector.repository';
import { SyncRunner } from '../../core/sync-runner';
import { SourceEmployee, SyncField } from '../../core/ports';
import { SyncRun } from '../../core/entities/sync-run.entity';
import { adaptiveBatches } from './adaptive-batches';
import { batchChannel } from './batch-channel';
import { FileChecks } from './file-checks';
import { spoolUpload } from './spool-upload';

export interface CsvImportRequest {
  mapping: ColumnMapping;
  /** PREVIEW: a dry run (diff and per-line errors, nothing applied). APPLY: apply. */
  mode: 'PREVIEW' | 'APPLY';
  /** Apply the valid rows of a file that has errors (otherwise such a file applies nothing). */
  validOnly: boolean;
  /** The file lists everyone: people missing from it are deactivated. */
  full: boolean;
}

export interface CsvImportResult {
  applied: boolean;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  errorCount: number;
  errors: LineError[];
  run: SyncRun | null;
}

/** How long one batch of an upload should take: other requests wait at most about this long for the engine. */
const BATCH_TARGET_MS = 200;

const toSource = (r: ValidRow): SourceEmployee => ({ ...r, line: r.line });

function providedFields(mapping: ColumnMapping): SyncField[] {
  const targets = new Set(Object.values(mapping).filter((v): v is string => !!v));
  if (targets.has('fullName')) targets.add('firstName').add('lastName');
  const fields: SyncField[] = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location', 'managerExternalId', 'status', 'workContext', 'hireDate'];
  return fields.filter((f) => targets.has(f) || f === 'status');
}

/**
 * HR CSV uploads: the body is spooled to a temporary file as it arrives (never held whole, at most
 * CSV_UPLOAD_LIMIT bytes), checked in a first streamed pass (each row, then the whole file: FileChecks), then
 * streamed again into the sync engine in batches sized to take about 200 ms each (at most CSV_BATCH_ROWS), each
 * its own short transaction. Preview and
 * apply share that check, so a preview lists every error an apply raises. A file with errors applies nothing
 * unless HR asks for the valid rows only; an apply killed mid-way resumes, when the same file is posted again,
 * after the last batch it committed.
 */
@Injectable()
export class CsvImportService {
  batchSize: number;
  readonly uploadLimit: number;

  constructor(
    private readonly repo: ConnectorRepository,
    private readonly runner: SyncRunner,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
    config: AppConfig,
  ) {
    this.batchSize = config.CSV_BATCH_ROWS;
    this.uploadLimit = parseSize(config.CSV_UPLOAD_LIMIT);
  }

  async import(viewer: Viewer, connectorId: string, body: NodeJS.ReadableStream, request: CsvImportRequest): Promise<CsvImportResult> {
    const connector = await this.repo.findById(connectorId);
    if (!connector) throw notFound('Connector');
    if (connector.kind !== 'CSV') throw badInput('id', 'Only a CSV connector takes uploads');
    const problems = resolveMapping(request.mapping).problems;
    if (problems.length) throw badInput('mapping', problems.map((p) => p.message).join(' '));
    const dir = await mkdtemp(join(tmpdir(), 'skillpath-csv-'));
    const file = join(dir, 'upload.csv');
    try {
      const spooled = await spoolUpload(body, file, this.uploadLimit);
      const { base, refusedLines } = await this.check(connectorId, file, request.mapping);
      if (request.mode === 'APPLY' && base.invalidRows > 0 && !request.validOnly) return { ...base, applied: false, run: null };
      await this.tx.run(() => this.audit.recordChange(viewer, 'importCsv', 'Connector', connectorId, null, { mode: request.mode, validOnly: request.validOnly, full: request.full, rows: base.totalRows }));
      const batches = batchChannel<ValidRow>((onBatch) => this.parse(file, request.mapping, onBatch, refusedLines));
      const resumeKey = createHash('sha256').update(JSON.stringify([spooled.sha256, request.mapping, request.full, request.validOnly])).digest('hex');
      const sized = adaptiveBatches(batches, { max: this.batchSize, targetMs: BATCH_TARGET_MS });
      const pull = { fields: providedFields(request.mapping), batches: mapBatches(sized), resumeKey };
      const run = await this.runner.run(connectorId, { pull, pullIsFull: request.full, dryRun: request.mode === 'PREVIEW' });
      return { ...base, applied: request.mode === 'APPLY' && run.status === 'SUCCEEDED', run };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The one validation of a file, for preview and apply alike: every row, then FileChecks; errors in line order. */
  private async check(connectorId: string, file: string, mapping: ColumnMapping): Promise<{ base: Omit<CsvImportResult, 'applied' | 'run'>; refusedLines: Set<number> }> {
    const checks = new FileChecks((ids) => this.repo.knownExternalIds(connectorId, ids));
    const rows = await this.parse(file, mapping, (batch) => checks.batch(batch));
    const fileErrors = await checks.finish();
    const refusedLines = new Set(fileErrors.map((e) => e.line));
    const errors = [...rows.errors, ...fileErrors].sort((a, b) => a.line - b.line).slice(0, Math.max(rows.errors.length, DEFAULT_MAX_ERRORS));
    const base = {
      totalRows: rows.totalRows,
      validRows: rows.validRows - refusedLines.size,
      invalidRows: rows.invalidRows + refusedLines.size,
      errorCount: rows.errorCount + fileErrors.length,
      errors,
    };
    return { base, refusedLines };
  }

  private async parse(file: string, mapping: ColumnMapping, onBatch: (rows: ValidRow[]) => Promise<void>, refusedLines?: ReadonlySet<number>): Promise<ParseResult> {
    try {
      return await parseEmployeeCsv(createReadStream(file), mapping, { batchSize: this.batchSize, onBatch, refusedLines });
    } catch (e) {
      if (e instanceof CsvMappingError) throw badInput('mapping', e.message);
      if (e instanceof CsvFileError) throw new AppError('BAD_USER_INPUT', e.line ? `Line ${e.line}: ${e.message}` : e.message, 'file');
      throw e;
    }
  }
}

async function* mapBatches(batches: AsyncIterable<ValidRow[]>): AsyncGenerator<SourceEmployee[]> {
  for await (const b of batches) yield b.map(toSource);
}
