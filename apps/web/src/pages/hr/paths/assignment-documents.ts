import { graphql } from '../../../gql';

export const PathPeopleDocument = graphql(`
  query PathPeople($pathId: ID!) {
    pathAssignments(pathId: $pathId, first: 200) {
      totalCount
      nodes { id currentLevel targetLevel targetDate employee { id displayName email } }
    }
  }
`);

export const FindPeopleDocument = graphql(`
  query FindPeople($search: String) {
    employees(search: $search, first: 20, status: ACTIVE) { nodes { id displayName email jobRole { name } } }
  }
`);

export const AssignPathDocument = graphql(`
  mutation HrAssignPath($input: AssignPathInput!) {
    assignPath(input: $input) {
      __typename
      ... on PathAssignment { id }
      ... on AlreadyAssignedError { message }
      ... on TargetBelowCurrentError { message }
      ... on TargetDateInPastError { message }
    }
  }
`);

export const UpdateLevelDocument = graphql(`
  mutation UpdatePathLevelSummary($input: UpdatePathLevelInput!) {
    updatePathLevel(input: $input) { id summary minObservationsPerBehaviour }
  }
`);
