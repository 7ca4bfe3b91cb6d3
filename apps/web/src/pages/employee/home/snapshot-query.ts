import { graphql } from '../../../gql';

/** A person's live from–to snapshot (mine on Home; a team member's on their page). */
export const SnapshotDocument = graphql(`
  query FromToSnapshot($employeeId: ID!) {
    fromToSnapshot(employeeId: $employeeId) {
      takenOn
      sections {
        assignmentId
        pathName
        currentLevel
        currentLevelSummary
        targetLevel
        targetLevelSummary
        targetDate
        horizonDate
        currentBehaviours { id activity expectedOutput level }
        handledDifferently { id activity expectedOutput level }
        startHere { id title url kind estimatedMinutes }
      }
    }
  }
`);
