import type { PathLevelName } from '@app/skill-paths';

/** A behaviour of a level as shown on a snapshot: what the person does and the output expected. */
export interface SnapshotBehaviour {
  id: string;
  level: PathLevelName;
  position: number;
  activity: string;
  expectedOutput: string;
}

/** A learning resource tagged "start here" for the level the person is at. */
export interface SnapshotResource {
  id: string;
  level: PathLevelName;
  title: string;
  url: string;
  kind: string;
  estimatedMinutes: number | null;
}

/** A certification the next level needs, with the person's current record if they hold one. */
export interface SnapshotCertification {
  certificationId: string;
  name: string;
  issuer: string;
  level: PathLevelName;
  required: boolean;
  held: boolean;
  /** Status of the current record today (null: never earned). */
  status: string | null;
  earnedOn: string | null;
  expiresOn: string | null;
  /** The day the renewal window opens. */
  renewalOpensOn: string | null;
  /** Last valid day (extension or expiry). */
  effectiveDeadline: string | null;
  studyGuideUrl: string | null;
}

/** An approved practice budget for a level of the path. */
export interface SnapshotBudget {
  budgetId: string;
  level: PathLevelName | null;
  periodStart: string;
  periodEnd: string;
  approvedHours: number;
  extraHours: number;
  usedHours: number;
  remainingHours: number;
}

/** An incentive rule paid off by reaching a level of the path or earning one of its certifications. */
export interface SnapshotPayoff {
  ruleId: string;
  name: string;
  kind: string;
  amount: number | null;
  currency: string | null;
  opportunity: string | null;
  /** Set for a level rule. */
  level: PathLevelName | null;
  /** Set for a certification rule. */
  certificationName: string | null;
}

export type HorizonSource = 'SIX_MONTHS' | 'TARGET_DATE';

/** The from–to page of one path assignment. */
export interface SnapshotSection {
  assignmentId: string;
  pathId: string;
  pathName: string;
  currentLevel: PathLevelName | null;
  currentLevelSummary: string | null;
  targetLevel: PathLevelName;
  targetLevelSummary: string | null;
  nextLevel: PathLevelName | null;
  targetDate: string | null;
  horizonDate: string;
  horizonSource: HorizonSource;
  /** Today's level's behaviours. */
  currentBehaviours: SnapshotBehaviour[];
  /** The target level's behaviours. */
  targetBehaviours: SnapshotBehaviour[];
  /** Tasks, decisions and problems handled differently: behaviours above today's level up to the target not already done today nor observed. */
  handledDifferently: SnapshotBehaviour[];
  /** Behaviours above today's level up to the target already observed (counted observations). Absent in snapshots saved before it existed. */
  observedAhead?: SnapshotBehaviour[];
  startHere: SnapshotResource[];
  nextLevelCertifications: SnapshotCertification[];
  practiceBudgets: SnapshotBudget[];
  payoffs: SnapshotPayoff[];
}

/** One employee's snapshot on a day: one section per path assignment. */
export interface EmployeeSnapshot {
  employeeId: string;
  employeeName: string;
  takenOn: string;
  sections: SnapshotSection[];
}
