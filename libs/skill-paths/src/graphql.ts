/**
 * The skill-paths lib's GraphQL face, for other libs' api/ code (snapshots and opportunities name a PathLevelName).
 * Only api/ code imports `@app/skill-paths/graphql`; services speak the domain types of `@app/skill-paths`.
 */
export { PathLevelNameEnum } from './api/types/enums';
