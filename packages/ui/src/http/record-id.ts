// Record ids as they arrive in URLs. Store ids are 32-bit integers on PostgreSQL (SERIAL / INT), and SQLite
// holds nothing beyond, so a larger number names no record on either store: refuse it here, where it becomes
// a 400 or 404, instead of letting the database throw (a 500).
export const MAX_RECORD_ID = 2_147_483_647;

/** The id written in `text`, or null unless it is an integer from 1 to MAX_RECORD_ID in plain digits. */
export function parseRecordId(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}
