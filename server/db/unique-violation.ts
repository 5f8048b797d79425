/**
 * Whether an error is PostgreSQL's unique_violation (SQLSTATE 23505) on this index or constraint. Both drivers carry
 * the SQLSTATE as `code`; postgres.js names the index `constraint_name`, PGlite `constraint`; Drizzle wraps the
 * driver's error in `cause`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 10 && typeof current === 'object' && current !== null; depth++) {
    const fault = current as { code?: unknown; constraint_name?: unknown; constraint?: unknown; cause?: unknown };
    if (fault.code === '23505') return fault.constraint_name === constraint || fault.constraint === constraint;
    current = fault.cause;
  }
  return false;
}
