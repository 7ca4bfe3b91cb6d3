import { graphql } from '../../../gql';

export const JobRolesDocument = graphql(`
  query HrJobRoles {
    jobRoles(includeRetired: true) { id name description retired }
    skillPaths { id jobRoleId }
  }
`);
export const CreateJobRoleDocument = graphql(`
  mutation CreateJobRole($input: CreateJobRoleInput!) {
    createJobRole(input: $input) { __typename ... on JobRole { id } ... on DuplicateNameError { message } }
  }
`);
export const UpdateJobRoleDocument = graphql(`
  mutation UpdateJobRole($input: UpdateJobRoleInput!) {
    updateJobRole(input: $input) { __typename ... on JobRole { id name } ... on DuplicateNameError { message } }
  }
`);
export const RetireJobRoleDocument = graphql(`
  mutation RetireJobRole($id: ID!) {
    retireJobRole(id: $id) { id retired }
  }
`);
export const RestoreJobRoleDocument = graphql(`
  mutation RestoreJobRole($id: ID!) {
    restoreJobRole(id: $id) { id retired }
  }
`);
