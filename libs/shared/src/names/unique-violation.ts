/** PostgreSQL's code for a unique index refusing a row. */
export const PG_UNIQUE_VIOLATION = '23505';

/**
 * The unique index a write was refused by (a PostgreSQL unique violation, as TypeORM or the driver reports it), else
 * null. Lets a service answer a concurrent duplicate the way its own check would have (e.g. a DuplicateNameError).
 */
export function uniqueIndexViolated(e: unknown): string | null {
  const err = e as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } } | null;
  if (!err || (err.driverError?.code ?? err.code) !== PG_UNIQUE_VIOLATION) return null;
  return err.driverError?.constraint ?? err.constraint ?? null;
}
