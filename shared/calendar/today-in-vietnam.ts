/** Vietnam's clocks are UTC+7 all year (no daylight saving). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/**
 * Today in Vietnam (UTC+7), as YYYY-MM-DD: a working day starts at midnight in Hà Nội, not in UTC.
 * Shared, so a rule such as "a document's date is not after today" reads the same on the server
 * (its own clock) and in the browser (the person's clock).
 */
export const todayInVietnam = (now = new Date()) =>
  new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
