/** Declared in order of severity, worst first, for reports. */
export const AUDIT_STATUSES = [
  'INCONSISTENT',
  'INDETERMINATE',
  'CONSISTENT_APPROXIMATE',
  'CONSISTENT',
  'NOT_APPLICABLE',
] as const;
export type AuditStatus = (typeof AUDIT_STATUSES)[number];
