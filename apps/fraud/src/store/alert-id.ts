// Alert ids as they arrive in URLs. The id column is a 32-bit integer on PostgreSQL (SERIAL) and SQLite
// accepts anything, so a bigger number is not an alert on either store: reject it here, where it becomes a
// 400 or 404, rather than let the database throw (a 500).
export const MAX_ALERT_ID = 2_147_483_647;

/** The alert id in `text`, or null when it is not an integer from 1 to MAX_ALERT_ID written in digits. */
export function parseAlertId(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_ALERT_ID ? id : null;
}
