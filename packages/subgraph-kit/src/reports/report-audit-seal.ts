import { auditCell, type ReportedFigure, type Rollup } from '@union/domain';
import { GraphQLError } from 'graphql';
import { AUDIT_FIGURE_SELECTION, requiredFigure } from '../audit/audit-requires';
import { type Value } from '../figures/value.type';
import { badUserInput } from '../graphql/errors';
import { readMetric } from '../metrics/metric-argument';
import {
  figuresDigest,
  type SealedCell,
  type SealedLevel,
  sealedVersions,
  signSeal,
} from './audit-seal';
import { type ReportRuntime } from './report-settings';
import { type AuditSeal } from './report.types';

/** What the auditing subgraph `@requires` of each reported cell of a report. */
export const REPORT_CELL_SELECTION = `metric version reported ${AUDIT_FIGURE_SELECTION}`;

/** A reported cell as the gateway passes it in through `@requires`. */
export interface RequiredReportCell {
  metric: string;
  version?: number;
  reported?: Partial<Value> | null;
}

export interface ReportAuditInput<Cell extends RequiredReportCell> {
  level: SealedLevel;
  code: string;
  period: string;
  /** The report's cells, from the owning subgraph through `@requires`. */
  cells: Cell[] | undefined;
  /** The children's rollup of a cell; loaded for every cell at once, so one batch. */
  children(cell: Cell): Promise<Rollup>;
  childrenNoun: string;
  runtime: ReportRuntime;
}

function reportedCell(cell: RequiredReportCell): { figure: ReportedFigure; sealed: SealedCell } {
  const figure = requiredFigure(cell.reported, 'cells.reported');
  if (figure === null || typeof cell.version !== 'number') {
    throw badUserInput('cells', `an audit seal needs every cell's ${REPORT_CELL_SELECTION}`);
  }
  return {
    figure,
    sealed: {
      metric: cell.metric,
      version: cell.version,
      value: figure.value,
      lower: figure.lower,
      upper: figure.upper,
      text: figure.text,
      complete: figure.complete,
    },
  };
}

/**
 * Audits every reported cell of a report against the level below (auditCell, as each cell's
 * `audit` field does; an "of which" metric against its total among the same cells) and signs
 * the outcome with the subgraphs' shared secret: the report, its cells' versions, a digest of
 * the figures audited, the INCONSISTENT metrics and an expiry a few minutes on. The owner of
 * the report checks the signature, the expiry and its cells before it lets an approval pass.
 */
export async function sealReportAudit<Cell extends RequiredReportCell>(
  input: ReportAuditInput<Cell>,
): Promise<AuditSeal> {
  const key = input.runtime.sealKey;
  if (key === null) throw new GraphQLError('this subgraph was started without REPORT_SEAL_SECRET');
  const cells = (input.cells ?? []).map((cell) => ({ cell, ...reportedCell(cell) }));
  const byMetric = new Map(cells.map((c) => [c.sealed.metric, c.figure]));
  const audits = await Promise.all(
    cells.map(async ({ cell, figure }) => {
      const metric = readMetric('cells', cell.metric);
      const outcome = auditCell({
        metric,
        period: input.period,
        reported: figure,
        total: metric.totalOf ? (byMetric.get(metric.totalOf) ?? null) : null,
        children: await input.children(cell),
        childrenNoun: input.childrenNoun,
      });
      return { metric: metric.code, status: outcome.status };
    }),
  );
  const sealed = cells.map((c) => c.sealed);
  const payload = {
    level: input.level,
    code: input.code,
    period: input.period,
    versions: sealedVersions(sealed),
    figures: figuresDigest(sealed),
    inconsistent: audits
      .filter((audit) => audit.status === 'INCONSISTENT')
      .map((audit) => audit.metric)
      .sort(),
    checked: audits.length,
    expiresAt: new Date(
      input.runtime.now().getTime() + input.runtime.sealMinutes * 60_000,
    ).toISOString(),
  };
  return {
    inconsistent: payload.inconsistent,
    checked: payload.checked,
    expiresAt: payload.expiresAt,
    seal: signSeal(payload, key),
  };
}
