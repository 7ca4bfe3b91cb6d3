import { graphql } from '../../../gql';

/** A person's paths with their levels and behaviours (to aim a run at a level, and to record what was observed). */
export const PersonPathsDocument = graphql(`
  query PersonPaths($id: ID!) {
    employee(id: $id) {
      id
      pathAssignments {
        id
        path { id name levels { id level behaviours { id activity } } }
      }
    }
  }
`);
