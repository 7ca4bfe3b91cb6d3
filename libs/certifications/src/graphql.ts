/**
 * The certifications lib's GraphQL face, for other libs' api/ code (a snapshot's certification has a CertificationStatus).
 * Only api/ code imports `@app/certifications/graphql`; services speak the domain types of `@app/certifications`.
 */
export { CertificationStatusEnum } from './api/types/enums';
