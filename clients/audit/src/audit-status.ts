import { AUDIT_STATUSES } from '@union/domain';

/** The gateway's AuditStatus values, worst first: the order reports list findings in. */
export const STATUS_ORDER = AUDIT_STATUSES;

/** Its place in STATUS_ORDER; a status this client does not know sorts first, to be seen. */
export function statusRank(status: string): number {
  return (STATUS_ORDER as readonly string[]).indexOf(status);
}
