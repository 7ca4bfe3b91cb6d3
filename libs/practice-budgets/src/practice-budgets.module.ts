import { Module } from '@nestjs/common';
import { EmployeesModule } from '@app/employees';
import { PracticeBudgetRepository } from './practice-budget.repository';
import { PracticeBudgetsService } from './practice-budgets.service';
import { PracticeBudgetsResolver } from './api/practice-budgets.resolver';

@Module({
  imports: [EmployeesModule],
  providers: [PracticeBudgetRepository, PracticeBudgetsService, PracticeBudgetsResolver],
  exports: [PracticeBudgetRepository, PracticeBudgetsService],
})
export class PracticeBudgetsModule {}
