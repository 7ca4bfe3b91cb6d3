import { AmountRecurrence, IncentiveKind, LapsePolicy } from './entities/incentive-rule.entity';
import { RecognitionKind } from './entities/recognition-event.entity';

/** A new rule, tied to a certification or a path level (exactly one). Absent weights are 1, absent onLapse KEEP. */
export interface CreateIncentiveRuleCommand {
  name: string;
  kind: IncentiveKind;
  certificationId?: string | null;
  pathLevelId?: string | null;
  baseAmount?: number | null;
  valueWeight?: number | null;
  demandWeight?: number | null;
  currency?: string | null;
  opportunity?: string | null;
  onLapse?: LapsePolicy | null;
  amountRecurrence?: AmountRecurrence | null;
}

/** Changes a rule: absent (or null) fields stay; what it is tied to and its kind are fixed. */
export interface UpdateIncentiveRuleCommand {
  id: string;
  name?: string | null;
  baseAmount?: number | null;
  valueWeight?: number | null;
  demandWeight?: number | null;
  currency?: string | null;
  opportunity?: string | null;
  onLapse?: LapsePolicy | null;
  amountRecurrence?: AmountRecurrence | null;
}

export interface DecideIncentiveAwardCommand {
  id: string;
  approve: boolean;
}

export interface ConfigurePayrollWebhookCommand {
  url: string;
  secret: string;
}

/** Recognition of an employee, optionally naming the path level or certification whose skill was applied. */
export interface RecordRecognitionCommand {
  employeeId: string;
  kind: RecognitionKind;
  occurredOn: string;
  note: string;
  pathLevelId?: string | null;
  certificationId?: string | null;
}
