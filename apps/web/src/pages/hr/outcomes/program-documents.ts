import { graphql } from '../../../gql';

/** What a new program can be about and who it can be for. */
export const ProgramChoicesDocument = graphql(`
  query ProgramChoices {
    skillPaths { id name levels { id level } }
    certifications { id name }
    departments { id name }
    jobRoles { id name }
    metricDefinitions { key name unit }
  }
`);

export const CreateProgramDocument = graphql(`
  mutation CreateProgram($input: CreateProgramInput!) {
    createProgram(input: $input) { id name }
  }
`);

export const ArchiveProgramDocument = graphql(`
  mutation ArchiveProgram($id: ID!) {
    archiveProgram(id: $id) { id archivedAt }
  }
`);
