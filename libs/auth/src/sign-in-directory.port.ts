import type { Role } from '@app/shared';

/**
 * Who a sign-in subject is, as the lib owning the employee table answers it (@app/employees provides this
 * globally): auth sits below the domain libs, so it is handed the lookup instead of writing SQL on their table.
 */
export abstract class SignInDirectory {
  /** The employee signing in as `subject`, unless there is none or they are terminated. */
  abstract activeBySubject(subject: string): Promise<{ id: string; roles: Role[] } | null>;
}
