import { graphql } from '../../../gql';

/** The renewal rules as the form holds them (numbers may be empty). */
export interface RulesDraft {
  id?: string;
  name: string;
  issuer: string;
  neverExpires: boolean;
  validityAmount: number | '';
  validityUnit: string;
  expiryBase: string;
  anchorMonth: number | '';
  anchorDay: number | '';
  renewalWindowAmount: number | '';
  renewalWindowUnit: string;
  gracePeriodDays: number | '';
  minActiveAmount: number | '';
  minActiveUnit: string;
  renewalRequirements: string;
}

export const EMPTY_RULES: RulesDraft = {
  name: '',
  issuer: '',
  neverExpires: false,
  validityAmount: 3,
  validityUnit: 'YEARS',
  expiryBase: 'FROM_COMPLETION',
  anchorMonth: '',
  anchorDay: '',
  renewalWindowAmount: 90,
  renewalWindowUnit: 'DAYS',
  gracePeriodDays: 30,
  minActiveAmount: '',
  minActiveUnit: 'MONTHS',
  renewalRequirements: '',
};

const num = (v: number | '') => (v === '' ? null : v);

/** The fields the API takes, from the form (the same for preview, create and update). */
export function rulesInput(d: RulesDraft) {
  const fixed = d.expiryBase === 'FIXED_CYCLE';
  const hasMin = d.minActiveAmount !== '';
  return {
    validityAmount: d.neverExpires ? null : num(d.validityAmount),
    validityUnit: (d.neverExpires ? null : d.validityUnit) as never,
    expiryBase: d.expiryBase as never,
    anchorMonth: fixed ? num(d.anchorMonth) : null,
    anchorDay: fixed ? num(d.anchorDay) : null,
    renewalWindowAmount: num(d.renewalWindowAmount),
    renewalWindowUnit: (d.renewalWindowAmount === '' ? null : d.renewalWindowUnit) as never,
    gracePeriodDays: num(d.gracePeriodDays),
    minActiveAmount: hasMin ? num(d.minActiveAmount) : null,
    minActiveUnit: (hasMin ? d.minActiveUnit : null) as never,
  };
}

export const PreviewDocument = graphql(`
  query PreviewRenewalRules($input: PreviewRenewalRulesInput!) {
    previewRenewalRules(input: $input) {
      __typename
      ... on RenewalRulesPreview {
        first { completedOn windowOpensOn expiresOn graceEndsOn }
        renewal { completedOn windowOpensOn expiresOn graceEndsOn }
      }
      ... on RenewalRuleError { field message }
    }
  }
`);

export const CatalogDocument = graphql(`
  query HrCatalog {
    certifications {
      id name issuer validityAmount validityUnit expiryBase anchorMonth anchorDay renewalWindowAmount renewalWindowUnit
      gracePeriodDays minActiveAmount minActiveUnit renewalRequirements
    }
  }
`);

export const CreateCertificationDocument = graphql(`
  mutation HrCreateCertification($input: CreateCertificationInput!) {
    createCertification(input: $input) { __typename ... on Certification { id } ... on DuplicateNameError { message } }
  }
`);
export const UpdateCertificationDocument = graphql(`
  mutation HrUpdateCertification($input: UpdateCertificationInput!) {
    updateCertification(input: $input) { __typename ... on Certification { id } ... on DuplicateNameError { message } }
  }
`);

const UNIT: Record<string, [string, string]> = { DAYS: ['day', 'days'], MONTHS: ['month', 'months'], YEARS: ['year', 'years'] };
export const duration = (amount: number | null | undefined, unit: string | null | undefined) =>
  amount == null || !unit ? null : `${amount} ${UNIT[unit]?.[amount === 1 ? 0 : 1] ?? unit.toLowerCase()}`;
