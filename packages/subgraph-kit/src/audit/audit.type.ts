import { AUDIT_RULES, type AuditRule, type AuditStatus } from '@union/domain';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { AuditStatusEnum } from './audit-status.enum';

export const AuditRuleEnum = Object.fromEntries(AUDIT_RULES.map((r) => [r, r])) as {
  [R in AuditRule]: R;
};
registerEnumType(AuditRuleEnum, {
  name: 'AuditRule',
  description:
    'AT_LEAST: the children may not exceed the parent (the default for sums). EQUALS: the ' +
    'parent declared complete must meet its children. WITHIN_RANGE: a rate lies within its ' +
    'children\'s range. PART_OF: an "of which" figure does not exceed its total. ' +
    'NOT_COMPARABLE: the metric is not compared across levels. See docs/rollups-and-audits.md.',
});

/**
 * The fields every audit has. Each level returns its own named type (ProvinceAudit,
 * CityAudit) so that a type returned by @requires fields never needs to be shared between
 * subgraphs. No field returns this base, so no schema prints it.
 */
@ObjectType('AuditResult', { simpleResolvers: true })
export abstract class AuditResult {
  @Field(() => AuditStatusEnum)
  status!: AuditStatus;

  @Field(() => String, {
    description: 'The rules applied, joined for reading: "AT_LEAST + PART_OF".',
  })
  rule!: string;

  @Field(() => [AuditRuleEnum], { description: 'The rules applied, in the order checked.' })
  rules!: AuditRule[];

  @Field(() => Float, {
    nullable: true,
    description: 'How far the check fails at the closest ends of the intervals (INCONSISTENT).',
  })
  gap!: number | null;

  @Field(() => String, { description: 'What was compared, over which children, what is missing.' })
  explanation!: string;
}

@ObjectType({
  description: "A province figure checked against its direct children's.",
  simpleResolvers: true,
})
export class ProvinceAudit extends AuditResult {}

@ObjectType({ description: "A city figure checked against its districts'.", simpleResolvers: true })
export class CityAudit extends AuditResult {}
