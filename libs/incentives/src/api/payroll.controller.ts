import { Controller, Get, Header, Query } from '@nestjs/common';
import { badInput } from '@app/shared';
import { Allow } from '@app/auth';
import { IncentivesService } from '../incentives.service';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Approved pay steps and bonuses for payroll, as CSV. HR only. */
@Controller('incentives')
export class PayrollController {
  constructor(private readonly service: IncentivesService) {}

  @Allow('HR_ADMIN')
  @Get('payroll.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="payroll-awards.csv"')
  @Header('cache-control', 'no-store')
  payroll(@Query('from') from?: string, @Query('to') to?: string): Promise<string> {
    if (from !== undefined && !DATE.test(from)) throw badInput('from', 'from must be yyyy-MM-dd');
    if (to !== undefined && !DATE.test(to)) throw badInput('to', 'to must be yyyy-MM-dd');
    return this.service.payrollCsv(from, to);
  }
}
