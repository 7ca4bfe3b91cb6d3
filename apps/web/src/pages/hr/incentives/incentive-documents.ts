import { graphql } from '../../../gql';

export const IncentivesDocument = graphql(`
  query HrIncentives {
    incentiveRules(includeInactive: true) {
      id name kind active amount baseAmount currency amountRecurrence valueWeight demandWeight onLapse certificationId pathLevelId opportunity
    }
    certifications { id name }
    incentiveAwardsAwaitingApproval {
      id kind amount currency metOn
      rule { id name amountRecurrence }
      employee { id displayName }
    }
    recognitionAudit { departmentId department total referencingNewSkill share }
  }
`);
export const CreateRuleDocument = graphql(`
  mutation HrCreateIncentiveRule($input: CreateIncentiveRuleInput!) {
    createIncentiveRule(input: $input) { __typename ... on IncentiveRule { id } ... on DuplicateNameError { message } }
  }
`);
export const UpdateRuleDocument = graphql(`
  mutation HrUpdateIncentiveRule($input: UpdateIncentiveRuleInput!) {
    updateIncentiveRule(input: $input) { __typename ... on IncentiveRule { id } ... on DuplicateNameError { message } }
  }
`);
export const DeactivateRuleDocument = graphql(`
  mutation HrDeactivateIncentiveRule($id: ID!) {
    deactivateIncentiveRule(id: $id) { id active }
  }
`);
export const ReactivateRuleDocument = graphql(`
  mutation HrReactivateIncentiveRule($id: ID!) {
    reactivateIncentiveRule(id: $id) { id active }
  }
`);
export const EvaluateDocument = graphql(`
  mutation HrEvaluateIncentives {
    evaluateIncentives { created }
  }
`);
export const DecideDocument = graphql(`
  mutation HrDecideAward($input: DecideIncentiveAwardInput!) {
    decideIncentiveAward(input: $input) { __typename ... on IncentiveAward { id status } ... on BusinessError { errorCode message } }
  }
`);

export const KINDS = [
  { value: 'PAY_STEP', label: 'Pay step' },
  { value: 'BONUS', label: 'Bonus' },
  { value: 'RECOGNITION', label: 'Recognition' },
  { value: 'ELIGIBILITY', label: 'Eligibility (for an opportunity)' },
];
export const kindName = (kind: string) => KINDS.find((k) => k.value === kind)?.label.replace(/ \(.*$/, '') ?? kind;
export const hasMoney = (kind: string) => kind === 'PAY_STEP' || kind === 'BONUS';
export const recurrenceWords = (r: string | null | undefined) => (r === 'RECURRING' ? 'every pay period' : r === 'ONE_OFF' ? 'once' : '');
