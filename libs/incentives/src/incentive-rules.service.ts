import { Injectable } from '@nestjs/common';
import { badInput, BusinessErrorCode as C, DomainResult, nameTakenFailure, notFound, Viewer } from '@app/shared';
import { AuditService } from '@app/auth';
import { AmountRecurrence, IncentiveRule } from './entities/incentive-rule.entity';
import { IncentiveRepository } from './incentive.repository';
import { CreateIncentiveRuleCommand, UpdateIncentiveRuleCommand } from './incentive-commands';

const round2 = (n: number) => Math.round(n * 100) / 100;
const carriesMoney = (kind: string) => kind === 'PAY_STEP' || kind === 'BONUS';
/** A pay step is a raise (every pay period); a bonus is paid once. */
const DEFAULT_RECURRENCE: Record<string, AmountRecurrence> = { PAY_STEP: 'RECURRING', BONUS: 'ONE_OFF' };

/** Incentive rules: HR creates, edits, deactivates and reactivates them; names are unique trimmed and ignoring case. */
@Injectable()
export class IncentiveRulesService {
  constructor(
    private readonly repo: IncentiveRepository,
    private readonly audit: AuditService,
  ) {}

  listRules(includeInactive: boolean): Promise<IncentiveRule[]> {
    return this.repo.listRules(includeInactive);
  }

  async createRule(viewer: Viewer, input: CreateIncentiveRuleCommand): Promise<DomainResult<IncentiveRule, C.DUPLICATE_NAME>> {
    if (!!input.certificationId === !!input.pathLevelId) throw badInput('certificationId', 'Give exactly one of certificationId or pathLevelId.');
    const taken = await nameTakenFailure('rule', input.name, null, (n) => this.repo.ruleByName(n));
    if (taken) return taken;
    if (!(await this.repo.targetExists(input.certificationId ?? null, input.pathLevelId ?? null))) {
      throw badInput(input.certificationId ? 'certificationId' : 'pathLevelId', 'No such certification or path level.');
    }
    const rule = Object.assign(new IncentiveRule(), {
      name: input.name,
      kind: input.kind,
      certificationId: input.certificationId ?? null,
      pathLevelId: input.pathLevelId ?? null,
      baseAmount: input.baseAmount ?? null,
      valueWeight: input.valueWeight ?? 1,
      demandWeight: input.demandWeight ?? 1,
      currency: input.currency ?? null,
      amountRecurrence: input.amountRecurrence ?? null,
      opportunity: input.opportunity ?? null,
      onLapse: input.onLapse ?? 'KEEP',
      active: true,
    });
    settle(rule);
    const saved = await this.repo.saveRule(rule);
    await this.audit.recordChange(viewer, 'createIncentiveRule', 'IncentiveRule', saved.id, null, { ...saved });
    return saved;
  }

  async updateRule(viewer: Viewer, input: UpdateIncentiveRuleCommand): Promise<DomainResult<IncentiveRule, C.DUPLICATE_NAME>> {
    const rule = await this.get(input.id);
    const before = { ...rule };
    if (input.name !== undefined && input.name !== null) {
      const taken = await nameTakenFailure('rule', input.name, rule.id, (n) => this.repo.ruleByName(n));
      if (taken) return taken;
    }
    const { id: _id, ...changes } = input;
    Object.assign(rule, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)));
    settle(rule);
    const saved = await this.repo.saveRule(rule);
    await this.audit.recordChange(viewer, 'updateIncentiveRule', 'IncentiveRule', saved.id, before, { ...saved });
    return saved;
  }

  /** An inactive rule makes no new awards; those it made stay. Setting the current state changes nothing. */
  async setActive(viewer: Viewer, id: string, active: boolean): Promise<IncentiveRule> {
    const rule = await this.get(id);
    if (rule.active === active) return rule;
    const before = { ...rule };
    rule.active = active;
    const saved = await this.repo.saveRule(rule);
    await this.audit.recordChange(viewer, active ? 'reactivateIncentiveRule' : 'deactivateIncentiveRule', 'IncentiveRule', saved.id, before, { ...saved });
    return saved;
  }

  private async get(id: string): Promise<IncentiveRule> {
    const rule = await this.repo.findRule(id);
    if (!rule) throw notFound('IncentiveRule');
    return rule;
  }
}

/** Checks a rule's fields together and derives amount and recurrence; BAD_USER_INPUT names the field. */
function settle(rule: IncentiveRule): void {
  const money = carriesMoney(rule.kind);
  if (money && rule.baseAmount === null) throw badInput('baseAmount', 'A pay step or bonus needs a base amount.');
  if (money && !rule.currency) throw badInput('currency', 'A pay step or bonus needs a currency.');
  if (!money && rule.amountRecurrence) throw badInput('amountRecurrence', 'Only a pay step or a bonus pays an amount, once or recurring.');
  if (rule.kind === 'ELIGIBILITY' && !rule.opportunity) throw badInput('opportunity', 'An eligibility rule names the project, internal gig or community of practice it opens.');
  if (rule.onLapse === 'SUSPEND' && !(rule.kind === 'PAY_STEP' && rule.certificationId)) throw badInput('onLapse', 'Only a pay step tied to a certification can be suspended when the certification lapses.');
  rule.amountRecurrence = money ? (rule.amountRecurrence ?? DEFAULT_RECURRENCE[rule.kind]) : null;
  rule.amount = money ? round2((rule.baseAmount as number) * rule.valueWeight * rule.demandWeight) : null;
  if (!money) Object.assign(rule, { baseAmount: null, currency: null });
}
