import { graphql } from '../../../gql';

export const RolePathDocument = graphql(`
  query RolePath($jobRoleId: ID!) {
    jobRoles(includeRetired: true) { id name retired }
    skillPathForJobRole(jobRoleId: $jobRoleId) {
      id
      name
      levels {
        id
        level
        summary
        behaviours { id activity expectedOutput position }
        resources { id title url kind startHere position }
      }
    }
    certificationRequirements(jobRoleId: $jobRoleId) { id level required certification { id name } }
    certifications { id name }
  }
`);

export const AddBehaviourDocument = graphql(`
  mutation AddBehaviour($input: AddBehaviourInput!) {
    addBehaviour(input: $input) { id }
  }
`);
export const UpdateBehaviourDocument = graphql(`
  mutation UpdateBehaviour($input: UpdateBehaviourInput!) {
    updateBehaviour(input: $input) { id position }
  }
`);
export const RemoveBehaviourDocument = graphql(`
  mutation RemoveBehaviour($id: ID!) {
    removeBehaviour(id: $id) { __typename ... on BehaviourHasObservationsError { message } }
  }
`);
export const AddResourceDocument = graphql(`
  mutation AddLearningResource($input: AddLearningResourceInput!) {
    addLearningResource(input: $input) { id }
  }
`);
export const UpdateResourceDocument = graphql(`
  mutation UpdateLearningResource($input: UpdateLearningResourceInput!) {
    updateLearningResource(input: $input) { id startHere position }
  }
`);
export const RemoveResourceDocument = graphql(`
  mutation RemoveLearningResource($id: ID!) {
    removeLearningResource(id: $id)
  }
`);
export const SetRequirementDocument = graphql(`
  mutation SetCertificationRequirement($input: SetCertificationRequirementInput!) {
    setCertificationRequirement(input: $input) { id }
  }
`);
export const RemoveRequirementDocument = graphql(`
  mutation RemoveCertificationRequirement($input: RemoveCertificationRequirementInput!) {
    removeCertificationRequirement(input: $input)
  }
`);
export const CreatePathDocument = graphql(`
  mutation CreateSkillPath($input: CreateSkillPathInput!) {
    createSkillPath(input: $input) { __typename ... on SkillPath { id } ... on PathAlreadyExistsError { message } }
  }
`);
