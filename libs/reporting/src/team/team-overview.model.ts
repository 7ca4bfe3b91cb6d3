/** A path one team member is on: where they are and where they aim. */
export interface TeamMemberPath {
  pathName: string;
  /** Null = not yet baseline. */
  currentLevel: string | null;
  targetLevel: string;
  targetDate: string | null;
}

/** A current certification of a team member, with its status today. */
export interface TeamMemberCertification {
  recordId: string;
  certificationName: string;
  /** ACTIVE, RENEWAL_DUE, IN_GRACE or EXPIRED. */
  status: string;
  daysLeft: number | null;
  effectiveDeadline: string | null;
}

export interface TeamMember {
  id: string;
  displayName: string;
  status: string;
  managerId: string | null;
  department: string | null;
  jobRole: string | null;
  paths: TeamMemberPath[];
  certifications: TeamMemberCertification[];
}

/** One page of a reporting line. */
export interface TeamOverview {
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
  members: TeamMember[];
}
