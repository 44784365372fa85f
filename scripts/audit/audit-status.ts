/** The gateway's AuditStatus values, worst first: the order reports list findings in. */
export const STATUS_ORDER = [
  'INCONSISTENT',
  'INDETERMINATE',
  'CONSISTENT_APPROXIMATE',
  'CONSISTENT',
  'NOT_APPLICABLE',
] as const;

export type AuditStatus = (typeof STATUS_ORDER)[number];

/** Its place in STATUS_ORDER; a status this client does not know sorts first, to be seen. */
export function statusRank(status: string): number {
  return (STATUS_ORDER as readonly string[]).indexOf(status);
}
