import { Controller, Get, Header, Query } from '@nestjs/common';
import { localDateParam } from '@app/shared';
import { Allow } from '@app/auth';
import { IncentivesService } from '../incentives.service';

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
    return this.service.payrollCsv(localDateParam('from', from), localDateParam('to', to));
  }
}
