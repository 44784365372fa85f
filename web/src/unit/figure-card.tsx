import { type RollupPartsFragment, type ValuePartsFragment } from '../gql/graphql';
import { IntervalBars } from '../charts/interval-bars';
import { formatInterval, formatNumber } from '../format';
import { useLabels } from '../labels';
import { AuditBadge } from './audit-badge';

export interface FigureCardProps {
  metricName: string;
  reported: ValuePartsFragment | null | undefined;
  /** The children's sum the audit compares with; absent for a district. */
  sum?: RollupPartsFragment | null;
  audit?: { status: string; rule: string; gap?: number | null; explanation: string } | null;
  /** Child names by code, to name the missing ones. */
  childNames: Map<string, string>;
}

/**
 * One cell: the text as printed, its interval and qualifier, the quote and the report it
 * came from; for a parent, the children's sum as a bar against it, coverage, the missing
 * children by name and the audit badge.
 */
export function FigureCard({ metricName, reported, sum, audit, childNames }: FigureCardProps) {
  const labels = useLabels();
  return (
    <article className="figure" aria-label={metricName}>
      <header>
        <h3>{metricName}</h3>
        {audit && <AuditBadge audit={audit} />}
      </header>
      {reported ? (
        <dl>
          <dt>{labels.reported}</dt>
          <dd className="printed">{reported.text}</dd>
          {reported.reading && (
            <>
              <dt>{labels.reading}</dt>
              <dd>{reported.reading}</dd>
            </>
          )}
          <dt>{labels.interval}</dt>
          <dd>{formatInterval(reported.lower, reported.upper)}</dd>
          <dt>{labels.qualifier}</dt>
          <dd>{reported.qualifier}</dd>
          {reported.source && (
            <>
              <dt>{labels.quote}</dt>
              <dd>
                <blockquote>{reported.source.quote}</blockquote>
              </dd>
              <dt>{labels.document}</dt>
              <dd className="muted">{reported.source.document}</dd>
            </>
          )}
          {reported.note && (
            <>
              <dt>{labels.note}</dt>
              <dd>{reported.note}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">{labels.notReported}</p>
      )}
      {sum && (
        <section className="rollup">
          <h4>{labels.childrenSum}</h4>
          <p>
            {sum.reporting > 0 ? formatInterval(sum.lower, sum.upper) : '—'}
            {sum.value !== null && sum.value !== undefined && sum.reporting > 0 && (
              <span className="muted"> ({formatNumber(sum.value)})</span>
            )}{' '}
            · {labels.coverage} {sum.reporting}/{sum.expected} ({(sum.coverage * 100).toFixed(1)}%)
          </p>
          {(reported || sum.reporting > 0) && (
            <IntervalBars
              label={`${metricName} ${labels.childrenSum}`}
              bars={[
                ...(reported
                  ? [
                      {
                        label: labels.reported,
                        lower: reported.lower,
                        upper: reported.upper ?? null,
                      },
                    ]
                  : []),
                ...(sum.reporting > 0
                  ? [{ label: labels.childrenSum, lower: sum.lower, upper: sum.upper ?? null }]
                  : []),
              ]}
            />
          )}
          {sum.missing.length > 0 && (
            <p className="missing">
              {labels.missing} ({sum.missing.length}):{' '}
              {sum.missing.map((code) => childNames.get(code) ?? code).join('、')}
            </p>
          )}
        </section>
      )}
    </article>
  );
}
