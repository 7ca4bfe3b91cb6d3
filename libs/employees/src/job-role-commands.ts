/** A new job role: the name is trimmed, never blank, unique ignoring case. */
export interface CreateJobRoleCommand {
  name: string;
  description?: string | null;
}

/** Renames a job role or changes its description: absent fields stay, a null description clears it. */
export interface UpdateJobRoleCommand {
  id: string;
  name?: string | null;
  description?: string | null;
}
