import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { graphqlResult, LocalDateScalar, Viewer } from '@app/shared';
import { Allow, CurrentViewer, SignedIn } from '@app/auth';
import { IncentivesService } from '../incentives.service';
import {
  AwardStatusEnum,
  DecideIncentiveAwardResult,
  IncentiveAwardType,
  IncentiveEvaluationType,
  PayrollWebhookDeliveryType,
  RecognitionAuditRowType,
  RecognitionEventType,
  SendPayrollWebhookResult,
} from './types/incentive.types';
import { ConfigurePayrollWebhookInput, DecideIncentiveAwardInput, RecordRecognitionInput } from './inputs/incentive.inputs';

@Resolver()
export class IncentivesResolver {
  constructor(private readonly service: IncentivesService) {}

  @SignedIn()
  @Query(() => [IncentiveAwardType], { description: 'Awards you may see (yours, your line\'s; all for HR).' })
  async incentiveAwards(
    @CurrentViewer() viewer: Viewer,
    @Args('employeeId', { type: () => ID, nullable: true }) employeeId?: string,
    @Args('status', { type: () => AwardStatusEnum, nullable: true }) status?: AwardStatusEnum,
  ): Promise<IncentiveAwardType[]> {
    return (await this.service.listAwards(viewer, employeeId, status)).map(IncentiveAwardType.from);
  }

  @SignedIn()
  @Query(() => [IncentiveAwardType])
  async myIncentiveAwards(@CurrentViewer() viewer: Viewer): Promise<IncentiveAwardType[]> {
    return (await this.service.listAwards(viewer, viewer.employeeId)).map(IncentiveAwardType.from);
  }

  @Allow('HR_ADMIN')
  @Query(() => [RecognitionAuditRowType], { description: 'Last six months of recognition per department: how many referenced applying a new skill.' })
  async recognitionAudit(): Promise<RecognitionAuditRowType[]> {
    return (await this.service.recognitionAudit()).map((r) => {
      const total = Number(r.total);
      const referencingNewSkill = Number(r.referencing_new_skill);
      return Object.assign(new RecognitionAuditRowType(), { departmentId: r.department_id, department: r.department, total, referencingNewSkill, share: total ? Math.round((referencingNewSkill / total) * 1000) / 1000 : 0 });
    });
  }

  @Allow('HR_ADMIN')
  @Mutation(() => IncentiveEvaluationType, { description: 'Creates awards for newly met conditions and applies lapse policies. Idempotent.' })
  evaluateIncentives(@CurrentViewer() viewer: Viewer): Promise<IncentiveEvaluationType> {
    return this.service.evaluate(viewer);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => DecideIncentiveAwardResult, { description: 'Approves or rejects a pending award (never your own); a decided award is an AwardAlreadyDecidedError.' })
  async decideIncentiveAward(@CurrentViewer() viewer: Viewer, @Args('input') input: DecideIncentiveAwardInput): Promise<typeof DecideIncentiveAwardResult> {
    return graphqlResult(await this.service.decideAward(viewer, input), IncentiveAwardType.from);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => Boolean)
  configurePayrollWebhook(@CurrentViewer() viewer: Viewer, @Args('input') input: ConfigurePayrollWebhookInput): Promise<boolean> {
    return this.service.configureWebhook(viewer, input);
  }

  @Allow('HR_ADMIN')
  @Mutation(() => SendPayrollWebhookResult, { description: 'POSTs approved payroll awards to the webhook, signed with HMAC-SHA256; without one configured, a PayrollWebhookNotConfiguredError.' })
  async sendPayrollWebhook(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => LocalDateScalar, nullable: true }) from?: string,
    @Args('to', { type: () => LocalDateScalar, nullable: true }) to?: string,
  ): Promise<typeof SendPayrollWebhookResult> {
    return graphqlResult(await this.service.sendWebhook(viewer, from, to), PayrollWebhookDeliveryType.from);
  }

  @SignedIn()
  @Mutation(() => RecognitionEventType, { description: 'A manager in the line or HR records a shout-out, promotion or bonus, optionally referencing the skill applied.' })
  async recordRecognition(@CurrentViewer() viewer: Viewer, @Args('input') input: RecordRecognitionInput): Promise<RecognitionEventType> {
    return RecognitionEventType.from(await this.service.recordRecognition(viewer, input));
  }
}
