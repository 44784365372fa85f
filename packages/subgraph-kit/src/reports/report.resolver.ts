import { type SqlEntityManager } from '@mikro-orm/knex';
import { entryClosesAt, type ReportState, type Viewer } from '@union/domain';
import type DataLoader from 'dataloader';
import {
  Arg,
  type ClassType,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { type CellShape } from '../figures/figure-fields.resolver';
import { orgPeriodKey } from '../figures/figure-loaders';
import { type FigureRow } from '../figures/figure-row';
import { readPeriodArgument } from '../figures/period-argument';
import {
  approveReport,
  type DecisionRequest,
  reopenReport,
  returnReport,
  type SealGate,
  submitReport,
} from './report-decisions';
import { type ReportEventRow } from './report-event-row';
import { type ReportRow } from './report-row';
import { type ReportRuntime } from './report-settings';
import { type ReportKey, reportKey, type ReportTables, statusOf } from './report-store';
import { ReportEvent, ReportStateEnum } from './report.types';

/** How a level names its reports: CityReport { cityCode period } and so on. */
export interface ReportShape<Report extends { period: string }> {
  type: ClassType<Report>;
  make(code: string, period: string): Report;
  codeOf(report: Report): string;
}

/** What a level's report fields need from its request context. */
export interface ReportContext {
  em: SqlEntityManager;
  requestId: string;
  viewer: Viewer | null;
  reports: ReportRuntime;
  loaders: {
    reportByKey: DataLoader<string, ReportRow | null>;
    reportEventsByKey: DataLoader<string, ReportEventRow[]>;
    unitByCode: DataLoader<string, object | null>;
    figuresByCode: DataLoader<string, FigureRow[]>;
  };
}

export interface ReportResolverOptions<
  Report extends { period: string },
  Cell extends object,
  Unit extends { code: string },
> {
  /** Province, City or District: submit<Level>Report, approve<Level>Report, ... */
  level: 'Province' | 'City' | 'District';
  unitType: ClassType<Unit>;
  report: ReportShape<Report>;
  cell: CellShape<Cell>;
  tables: ReportTables;
  /** The unit's parent, whose approvers decide on its report; null for a province. */
  parentOf(unit: Unit): string | null;
  /** The audit gate of approvals; null where the level has no children (districts). */
  gate: SealGate | null;
}

/**
 * A level's reports, owned by its subgraph: `report(period)` on the unit, the report's
 * state, history and cells, and the mutations submit/approve/return/reopen<Level>Report.
 * A decision answers with the report, so its new state and history (and, from the subgraph
 * below, the progress of the level below) can be asked for in the same request.
 */
export function createReportResolvers<
  Report extends { period: string },
  Cell extends object,
  Unit extends { code: string },
>(options: ReportResolverOptions<Report, Cell, Unit>): ClassType[] {
  const { level, report, tables } = options;
  const lower = level.toLowerCase();
  const keyOf = (root: Report): ReportKey => ({ code: report.codeOf(root), period: root.period });
  const row = (root: Report, context: ReportContext) =>
    context.loaders.reportByKey.load(reportKey(keyOf(root)));
  const request = (context: ReportContext): DecisionRequest => ({
    em: context.em,
    viewer: context.viewer,
    requestId: context.requestId,
    runtime: context.reports,
    findUnit: async (code) => {
      const unit = (await context.loaders.unitByCode.load(code)) as Unit | null;
      return unit === null ? null : { code: unit.code, parent: options.parentOf(unit) };
    },
  });
  const answer = (key: ReportKey) => report.make(key.code, key.period);

  @Resolver(() => options.unitType)
  class UnitReportResolver {
    @FieldResolver(() => report.type, {
      description:
        `The ${lower}'s report for a period: all its cells of that period, submitted by its ` +
        'people and approved or returned by the level above.',
    })
    report(@Root() unit: Unit, @Arg('period', () => String) period: string): Report {
      return report.make(unit.code, readPeriodArgument('period', period));
    }
  }

  @Resolver(() => report.type)
  class ReportFieldsResolver {
    @FieldResolver(() => ReportStateEnum)
    async state(@Root() root: Report, @Ctx() context: ReportContext): Promise<ReportState> {
      return statusOf(await row(root, context)).state;
    }

    @FieldResolver(() => Int, {
      description: 'Raised by every event; 0 for a report nobody has decided on.',
    })
    async version(@Root() root: Report, @Ctx() context: ReportContext): Promise<number> {
      return statusOf(await row(root, context)).version;
    }

    @FieldResolver(() => Int, {
      description: "Admins' corrections of the report's figures since it was last approved.",
    })
    async modifiedSinceApproval(
      @Root() root: Report,
      @Ctx() context: ReportContext,
    ): Promise<number> {
      return statusOf(await row(root, context)).modifiedSinceApproval;
    }

    @FieldResolver(() => Boolean, {
      description: 'An admin reopened the unit and period for entry after its deadline.',
    })
    async reopened(@Root() root: Report, @Ctx() context: ReportContext): Promise<boolean> {
      return statusOf(await row(root, context)).reopened;
    }

    @FieldResolver(() => String, {
      nullable: true,
      description:
        'When entry for the period closes (REPORT_ENTRY_DAYS after it ends); null: no deadline.',
    })
    entryClosesAt(@Root() root: Report, @Ctx() context: ReportContext): string | null {
      return entryClosesAt(root.period, context.reports.entryDays)?.toISOString() ?? null;
    }

    @FieldResolver(() => String, { nullable: true, description: 'When the last event was.' })
    async updatedAt(@Root() root: Report, @Ctx() context: ReportContext): Promise<string | null> {
      return (await row(root, context))?.updatedAt ?? null;
    }

    @FieldResolver(() => String, { nullable: true, description: 'Who made the last event.' })
    async updatedBy(@Root() root: Report, @Ctx() context: ReportContext): Promise<string | null> {
      return (await row(root, context))?.updatedBy ?? null;
    }

    @FieldResolver(() => [ReportEvent], { description: 'Every event, newest first.' })
    async history(@Root() root: Report, @Ctx() context: ReportContext): Promise<ReportEvent[]> {
      const events = await context.loaders.reportEventsByKey.load(reportKey(keyOf(root)));
      return events.map((event) => ({
        version: event.version,
        at: event.at,
        by: event.by,
        action: event.action,
        from: event.fromState,
        to: event.toState,
        comment: event.comment,
        override: event.override,
        metric: event.metric,
      }));
    }

    @FieldResolver(() => [options.cell.type], {
      description:
        "The report's reported cells (every metric with a figure for the period), in metric " +
        'order: what is submitted and approved, and what an audit seal covers.',
    })
    async cells(@Root() root: Report, @Ctx() context: ReportContext): Promise<Cell[]> {
      const { code, period } = keyOf(root);
      const rows = await context.loaders.figuresByCode.load(orgPeriodKey(code, period));
      return rows.map((r) => options.cell.make(r.code, r.metric, r.period));
    }
  }

  const decides = "approver whose units cover the unit's parent (an admin for a province)";

  @Resolver(() => report.type)
  class ReportDecisionResolver {
    @Mutation(() => report.type, {
      name: `submit${level}Report`,
      description:
        'Hands the report to the level above: a reporter covering the unit, from OPEN or ' +
        'RETURNED. Its figures are then LOCKED.',
    })
    async submit(
      @Arg('code', () => ID) code: string,
      @Arg('period', () => String) period: string,
      @Arg('comment', () => String, { nullable: true }) comment: string | null,
      @Arg('expectedVersion', () => Int, {
        nullable: true,
        description: "The report's version as read; anything else current is CONFLICT.",
      })
      expectedVersion: number | null,
      @Ctx() context: ReportContext,
    ): Promise<Report> {
      return answer(
        await submitReport(request(context), tables, { code, period, comment, expectedVersion }),
      );
    }

    @Mutation(() => report.type, {
      name: `return${level}Report`,
      description: `Sends a SUBMITTED or APPROVED report back to its people (RETURNED), with a comment: an ${decides}.`,
    })
    async return(
      @Arg('code', () => ID) code: string,
      @Arg('period', () => String) period: string,
      @Arg('comment', () => String) comment: string,
      @Arg('expectedVersion', () => Int, {
        nullable: true,
        description: "The report's version as read; anything else current is CONFLICT.",
      })
      expectedVersion: number | null,
      @Ctx() context: ReportContext,
    ): Promise<Report> {
      return answer(
        await returnReport(request(context), tables, { code, period, comment, expectedVersion }),
      );
    }

    @Mutation(() => report.type, {
      name: `reopen${level}Report`,
      description:
        "Lets entry continue after the period's deadline for this unit and period: an admin " +
        'covering the unit, with a comment. The state does not change.',
    })
    async reopen(
      @Arg('code', () => ID) code: string,
      @Arg('period', () => String) period: string,
      @Arg('comment', () => String) comment: string,
      @Arg('expectedVersion', () => Int, {
        nullable: true,
        description: "The report's version as read; anything else current is CONFLICT.",
      })
      expectedVersion: number | null,
      @Ctx() context: ReportContext,
    ): Promise<Report> {
      return answer(
        await reopenReport(request(context), tables, { code, period, comment, expectedVersion }),
      );
    }
  }

  const gate = options.gate;
  const approveDescription = `Accepts a SUBMITTED report: an ${decides}. Its figures stay LOCKED until it is returned.`;

  if (gate === null) {
    @Resolver(() => report.type)
    class ReportApprovalResolver {
      @Mutation(() => report.type, {
        name: `approve${level}Report`,
        description: `${approveDescription} A ${lower} has no level below, so no audit gate.`,
      })
      async approve(
        @Arg('code', () => ID) code: string,
        @Arg('period', () => String) period: string,
        @Arg('comment', () => String, { nullable: true }) comment: string | null,
        @Arg('override', () => Boolean, {
          nullable: true,
          description: `Has no effect: a ${lower}'s report has no audit to override.`,
        })
        override: boolean | null,
        @Arg('expectedVersion', () => Int, {
          nullable: true,
          description: "The report's version as read; anything else current is CONFLICT.",
        })
        expectedVersion: number | null,
        @Ctx() context: ReportContext,
      ): Promise<Report> {
        const args = { code, period, comment, override, expectedVersion };
        return answer(await approveReport(request(context), tables, args, null));
      }
    }
    return [
      UnitReportResolver,
      ReportFieldsResolver,
      ReportDecisionResolver,
      ReportApprovalResolver,
    ];
  }

  const sealGate: SealGate = gate;

  @Resolver(() => report.type)
  class SealedApprovalResolver {
    @Mutation(() => report.type, {
      name: `approve${level}Report`,
      description:
        `${approveDescription} Needs auditSeal: the seal of an audit of exactly the figures ` +
        `it holds (${sealGate.howToSeal}). An INCONSISTENT audit is AUDIT_INCONSISTENT unless ` +
        'override is true and a comment says why.',
    })
    async approve(
      @Arg('code', () => ID) code: string,
      @Arg('period', () => String) period: string,
      @Arg('comment', () => String, { nullable: true }) comment: string | null,
      @Arg('override', () => Boolean, {
        nullable: true,
        description: 'Approve although the audit found INCONSISTENT cells; needs a comment.',
      })
      override: boolean | null,
      @Arg('auditSeal', () => String, {
        nullable: true,
        description: 'AuditSeal.seal of this report, from the last few minutes. Required.',
      })
      auditSeal: string | null,
      @Arg('expectedVersion', () => Int, {
        nullable: true,
        description: "The report's version as read; anything else current is CONFLICT.",
      })
      expectedVersion: number | null,
      @Ctx() context: ReportContext,
    ): Promise<Report> {
      const args = { code, period, comment, override, auditSeal, expectedVersion };
      return answer(await approveReport(request(context), tables, args, sealGate));
    }
  }
  return [UnitReportResolver, ReportFieldsResolver, ReportDecisionResolver, SealedApprovalResolver];
}
