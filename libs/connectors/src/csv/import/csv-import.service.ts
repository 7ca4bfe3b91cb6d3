import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { AppError, badInput, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { TransactionHost } from '@app/persistence';
import { ColumnMapping, CsvFileError, CsvMappingError, LineError, parseEmployeeCsv, ParseResult, resolveMapping, ValidRow } from '../parse';
import { ConnectorRepository } from '../../core/connector.repository';
import { SyncRunner } from '../../core/sync-runner';
import { SourceEmployee, SyncField } from '../../core/ports';
import { SyncRun } from '../../core/entities/sync-run.entity';
import { batchChannel } from './batch-channel';

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

const toSource = (r: ValidRow): SourceEmployee => ({ ...r, line: r.line });

function providedFields(mapping: ColumnMapping): SyncField[] {
  const targets = new Set(Object.values(mapping).filter((v): v is string => !!v));
  if (targets.has('fullName')) targets.add('firstName').add('lastName');
  const fields: SyncField[] = ['employeeNumber', 'firstName', 'lastName', 'email', 'department', 'jobTitle', 'location', 'managerExternalId', 'status', 'workContext', 'hireDate'];
  return fields.filter((f) => targets.has(f) || f === 'status');
}

/**
 * HR CSV uploads: the body is spooled to a temporary file as it arrives (never held whole), validated in a
 * first streamed pass, then streamed again into the sync engine in batches. A file with errors applies nothing
 * unless HR asks for the valid rows only.
 */
@Injectable()
export class CsvImportService {
  batchSize = 2000;

  constructor(
    private readonly repo: ConnectorRepository,
    private readonly runner: SyncRunner,
    private readonly audit: AuditService,
    private readonly tx: TransactionHost,
  ) {}

  async import(viewer: Viewer, connectorId: string, body: NodeJS.ReadableStream, request: CsvImportRequest): Promise<CsvImportResult> {
    const connector = await this.repo.findById(connectorId);
    if (!connector) throw notFound('Connector');
    if (connector.kind !== 'CSV') throw badInput('id', 'Only a CSV connector takes uploads');
    const problems = resolveMapping(request.mapping).problems;
    if (problems.length) throw badInput('mapping', problems.map((p) => p.message).join(' '));
    const dir = await mkdtemp(join(tmpdir(), 'skillpath-csv-'));
    const file = join(dir, 'upload.csv');
    try {
      await pipeline(body, createWriteStream(file));
      const check = await this.parse(file, request.mapping, async () => undefined);
      const base = { totalRows: check.totalRows, validRows: check.validRows, invalidRows: check.invalidRows, errorCount: check.errorCount, errors: check.errors };
      if (request.mode === 'APPLY' && check.invalidRows > 0 && !request.validOnly) return { ...base, applied: false, run: null };
      await this.tx.run(() => this.audit.recordChange(viewer, 'importCsv', 'Connector', connectorId, null, { mode: request.mode, validOnly: request.validOnly, full: request.full, rows: check.totalRows }));
      const batches = batchChannel<ValidRow>((onBatch) => this.parse(file, request.mapping, onBatch));
      const pull = { fields: providedFields(request.mapping), batches: mapBatches(batches) };
      const run = await this.runner.run(connectorId, { pull, pullIsFull: request.full, dryRun: request.mode === 'PREVIEW' });
      return { ...base, applied: request.mode === 'APPLY' && run.status === 'SUCCEEDED', run };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  private async parse(file: string, mapping: ColumnMapping, onBatch: (rows: ValidRow[]) => Promise<void>): Promise<ParseResult> {
    try {
      return await parseEmployeeCsv(createReadStream(file), mapping, { batchSize: this.batchSize, onBatch });
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
