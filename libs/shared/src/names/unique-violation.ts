/** PostgreSQL's code for a unique index refusing a row. */
export const PG_UNIQUE_VIOLATION = '23505';

/** Whether a write was refused by a unique index (a PostgreSQL unique violation, as TypeORM or the driver reports it). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } } | null;
  return (err?.driverError?.code ?? err?.code) === PG_UNIQUE_VIOLATION;
}

/**
 * The unique index a write was refused by (a PostgreSQL unique violation, as TypeORM or the driver reports it), else
 * null. Lets a service answer a concurrent duplicate the way its own check would have (e.g. a DuplicateNameError).
 */
export function uniqueIndexViolated(e: unknown): string | null {
  if (!isUniqueViolation(e)) return null;
  const err = e as { constraint?: string; driverError?: { constraint?: string } };
  return err.driverError?.constraint ?? err.constraint ?? null;
}
