import { AUDIT_STATUSES, type AuditStatus } from '@union/domain';
import { registerEnumType } from 'type-graphql';

export const AuditStatusEnum = Object.fromEntries(AUDIT_STATUSES.map((s) => [s, s])) as {
  [S in AuditStatus]: S;
};
registerEnumType(AuditStatusEnum, {
  name: 'AuditStatus',
  description:
    'CONSISTENT: the rule holds on the printed values. CONSISTENT_APPROXIMATE: it holds only ' +
    'within rounding or qualifiers. INCONSISTENT: it fails even at the most favourable ends of ' +
    'the intervals (gap says by how much). INDETERMINATE: nothing to compare. NOT_APPLICABLE: ' +
    'the metric is not comparable across levels.',
});
