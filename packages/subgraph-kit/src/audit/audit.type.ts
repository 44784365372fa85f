import { Field, Float, ObjectType } from 'type-graphql';
import { type AuditStatus } from '@union/domain';
import { AuditStatusEnum } from './audit-status.enum';

/**
 * The fields every audit has. Each level returns its own named type (ProvinceAudit,
 * CityAudit): Hive Gateway rejects one type returned by @requires fields in two
 * subgraphs (DESIGN.md §9). No field returns this base, so no schema prints it.
 */
@ObjectType('AuditResult')
export abstract class AuditResult {
  @Field(() => AuditStatusEnum)
  status!: AuditStatus;

  @Field(() => String, {
    description: 'The rules applied: AT_LEAST, EQUALS, WITHIN_RANGE, PART_OF, NOT_COMPARABLE.',
  })
  rule!: string;

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
