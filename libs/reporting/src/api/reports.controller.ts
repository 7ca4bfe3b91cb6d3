import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { badInput, notFound, Viewer } from '@app/shared';
import { Allow, CurrentViewer } from '@app/auth';
import { toCsv } from '../csv/report-table';
import { ReportsService } from '../reports.service';
import { CertificationImpactArgs, ImpactRankingArgs, KpiArgs, PeriodArgs, ProgramProgressArgs } from './inputs/report.args';

const INT_FIELDS = new Set(['beforeMonths', 'afterMonths', 'minSampleSize']);
const BOOL_FIELDS = new Set(['optionalOnly']);

type Report = { args: new () => object; table: (s: ReportsService, v: Viewer, a: never) => Promise<import('../csv/report-table').ReportTable> };

/** The CSV name of every report and the GraphQL query it mirrors (same arguments, same numbers). */
const REPORTS: Record<string, Report> = {
  'certification-impact': { args: CertificationImpactArgs, table: (s, v, a) => s.certificationImpactTable(v, a) },
  'certification-impact-ranking': { args: ImpactRankingArgs, table: (s, v, a) => s.impactRankingTable(v, a) },
  kpis: { args: KpiArgs, table: (s, v, a) => s.kpiTable(v, a) },
  'kpi-series': { args: PeriodArgs, table: (s, v, a) => s.kpiSeriesTable(v, a) },
  'certification-spend': { args: PeriodArgs, table: (s, v, a) => s.spendTable(v, a) },
  'program-progress': { args: ProgramProgressArgs, table: (s, v, a) => s.programProgressTable(v, a) },
};

function firstProblem(errors: ValidationError[]): { field: string; message: string } {
  const e = errors[0];
  return { field: e.property, message: Object.values(e.constraints ?? {})[0] ?? 'invalid value' };
}

/** Parses query-string arguments into the GraphQL args class and validates them the same way. */
async function parseArgs<T extends object>(cls: new () => T, query: Record<string, unknown>): Promise<T> {
  const plain: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (typeof raw !== 'string') throw badInput(key, `${key} must be given once`);
    if (INT_FIELDS.has(key)) {
      if (!/^-?\d+$/.test(raw)) throw badInput(key, `${key} must be a whole number`);
      plain[key] = Number(raw);
    } else if (BOOL_FIELDS.has(key)) {
      if (raw !== 'true' && raw !== 'false') throw badInput(key, `${key} must be true or false`);
      plain[key] = raw === 'true';
    } else plain[key] = raw;
  }
  const args = plainToInstance(cls, plain);
  if (cls === KpiArgs || cls === PeriodArgs) (args as KpiArgs).dimension ??= 'DEPARTMENT' as KpiArgs['dimension'];
  const errors = await validate(args, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const { field, message } = firstProblem(errors);
    throw badInput(field, message);
  }
  return args;
}

/** Every report as CSV: GET /reports/<name>.csv?<the GraphQL arguments>, bearer token, same scoping. */
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Allow('HR_ADMIN', 'MANAGER')
  @Get(':name.csv')
  async csv(
    @CurrentViewer() viewer: Viewer,
    @Param('name') name: string,
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const report = Object.prototype.hasOwnProperty.call(REPORTS, name) ? REPORTS[name] : undefined;
    if (!report) throw notFound('Report');
    const args = await parseArgs(report.args, query);
    const body = toCsv(await report.table(this.reports, viewer, args as never));
    // Set only on success: errors stay JSON.
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="${name}.csv"`);
    res.setHeader('cache-control', 'no-store');
    return body;
  }
}
