import { REPORT_ACTIONS, REPORT_STATES, type ReportAction, type ReportState } from '@union/domain';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export const ReportStateEnum = Object.fromEntries(REPORT_STATES.map((s) => [s, s])) as {
  [S in ReportState]: S;
};
registerEnumType(ReportStateEnum, {
  name: 'ReportState',
  description:
    "OPEN: the unit's people enter figures (a report nobody touched is OPEN). SUBMITTED: " +
    'handed to the level above; figures locked. APPROVED: accepted by the level above; ' +
    'figures locked. RETURNED: sent back with a comment; open for entry again.',
});

export const ReportActionEnum = Object.fromEntries(REPORT_ACTIONS.map((a) => [a, a])) as {
  [A in ReportAction]: A;
};
registerEnumType(ReportActionEnum, {
  name: 'ReportAction',
  description:
    'SUBMITTED, APPROVED, RETURNED: decisions. REOPENED: an admin let entry continue after ' +
    "the period's deadline. CORRECTED: an admin changed a figure of an approved report.",
});

@ObjectType({ description: "One event of a report's history.", simpleResolvers: true })
@Directive('@shareable')
export class ReportEvent {
  @Field(() => Int, { description: "The report's version after the event." })
  version!: number;

  @Field(() => String, { description: 'ISO 8601 UTC instant.' })
  at!: string;

  @Field(() => String, { description: "The user's sub." })
  by!: string;

  @Field(() => ReportActionEnum)
  action!: ReportAction;

  @Field(() => ReportStateEnum)
  from!: ReportState;

  @Field(() => ReportStateEnum)
  to!: ReportState;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => Boolean, {
    description: 'Approved although the audit found an INCONSISTENT cell (with a comment).',
  })
  override!: boolean;

  @Field(() => String, { nullable: true, description: 'The cell an admin CORRECTED.' })
  metric!: string | null;
}

@ObjectType({
  description:
    'How far the level below has got with its reports for a period, over every child that ' +
    'exists (a child with no report is OPEN): a reporting rate.',
  simpleResolvers: true,
})
@Directive('@shareable')
export class Progress {
  @Field(() => Int, { description: 'Children that exist.' })
  expected!: number;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  returned!: number;

  @Field(() => [ID], { description: 'The children whose report is not APPROVED, in code order.' })
  notApproved!: string[];
}

@ObjectType({
  description:
    'An audit of every reported cell of a report against the level below, signed by the ' +
    'subgraph that computed it. Pass `seal` as approve<Level>Report(auditSeal:) within ' +
    'minutes; it holds only while the cells keep the versions and figures audited.',
  simpleResolvers: true,
})
export class AuditSeal {
  @Field(() => [String], { description: 'Metrics whose audit is INCONSISTENT, in metric order.' })
  inconsistent!: string[];

  @Field(() => Int, { description: 'How many reported cells were audited.' })
  checked!: number;

  @Field(() => String, { description: 'ISO 8601 UTC instant after which the seal is refused.' })
  expiresAt!: string;

  @Field(() => String, { description: 'Opaque: what approve<Level>Report takes as auditSeal.' })
  seal!: string;
}
