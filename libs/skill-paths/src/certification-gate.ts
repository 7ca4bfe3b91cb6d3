import type { PathLevelName } from './entities/path-level-name';

/**
 * Port: which certifications a level requires that the employee does not hold on a date.
 * Provided by the certifications lib (which depends on this one). To be found by
 * SkillPathsModule the provider must be exported from a @Global() module, e.g.
 * `@Global() @Module({ providers: [{ provide: LEVEL_CERTIFICATION_GATE, useClass: X }], exports: [LEVEL_CERTIFICATION_GATE] })`.
 * When nothing provides it, no certification is ever missing.
 */
export const LEVEL_CERTIFICATION_GATE = Symbol('LEVEL_CERTIFICATION_GATE');

export interface LevelCertificationGate {
  /** Names of the certifications required for `level` of the role's path that the employee lacks on `onDate` (yyyy-MM-dd). */
  missingCertifications(employeeId: string, jobRoleId: string, level: PathLevelName, onDate: string): Promise<string[]>;
}
