export * from './entities/practice-budget-default.entity';
export * from './entities/practice-budget.entity';
export * from './entities/practice-extension.entity';
export * from './entities/practice-session.entity';
export * from './entities/metric-adjustment.entity';
export * from './practice-budget.repository';
export * from './practice-budgets.service';
export * from './practice-events';
export * from './practice-commands';
export * from './practice-failures';
export * from './practice-budgets.module';

import { PracticeBudgetDefault } from './entities/practice-budget-default.entity';
import { PracticeBudget } from './entities/practice-budget.entity';
import { PracticeExtension } from './entities/practice-extension.entity';
import { PracticeSession } from './entities/practice-session.entity';
import { MetricAdjustment } from './entities/metric-adjustment.entity';

/** This lib's tables, for ALL_ENTITIES. */
export const PRACTICE_BUDGET_ENTITIES = [PracticeBudgetDefault, PracticeBudget, PracticeExtension, PracticeSession, MetricAdjustment];
export * from './practice-views.sql';
