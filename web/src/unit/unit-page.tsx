import { useContext, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { type RollupPartsFragment, type ValuePartsFragment } from '../gql/graphql';
import { TimeSeries } from '../charts/time-series';
import { periodEndYear } from '../format';
import { LanguageContext, useLabels } from '../labels';
import { levelOf, unitHref } from '../route';
import { FigureCard } from './figure-card';
import {
  CityHistoryQuery,
  CityPageQuery,
  DistrictHistoryQuery,
  DistrictPageQuery,
  MetricsQuery,
  ProvinceHistoryQuery,
  ProvincePageQuery,
} from './unit-queries';

interface Cell {
  metric: string;
  reported: ValuePartsFragment | null | undefined;
  sum?: RollupPartsFragment | null;
  audit?: { status: string; rule: string; gap?: number | null; explanation: string } | null;
}

interface HistoryPoint {
  metric: string;
  period: string;
  reported:
    { value: number; lower: number; upper?: number | null; text: string } | null | undefined;
}

/** The periods with figures, newest first; 2013 before 2013-2019 for the same end year. */
function periodsOf(history: HistoryPoint[]): string[] {
  return [...new Set(history.map((point) => point.period))].sort(
    (a, b) => periodEndYear(b) - periodEndYear(a) || a.length - b.length,
  );
}

/** A unit with every figure of a period and a metric's values over the periods. */
export function UnitPage({ code, period: askedPeriod }: { code: string; period: string | null }) {
  const labels = useLabels();
  const language = useContext(LanguageContext);
  const level = levelOf(code);
  const [{ data: metricsData }] = useQuery({ query: MetricsQuery });
  const [province] = useQuery({
    query: ProvinceHistoryQuery,
    variables: { code },
    pause: level !== 'PROVINCE',
  });
  const [city] = useQuery({
    query: CityHistoryQuery,
    variables: { code },
    pause: level !== 'CITY',
  });
  const [district] = useQuery({
    query: DistrictHistoryQuery,
    variables: { code },
    pause: level !== 'DISTRICT',
  });
  const history: HistoryPoint[] =
    province.data?.province?.figures ??
    city.data?.city?.figures ??
    district.data?.district?.figures ??
    [];
  const periods = periodsOf(history);
  const period = askedPeriod ?? periods[0] ?? String(new Date().getFullYear() - 1);
  const metricName = (metric: string) => {
    const found = metricsData?.metrics.find((m) => m.code === metric);
    return found ? (language === 'zh' ? found.nameZh : found.nameEn) : metric;
  };
  return (
    <div className="unit-page">
      <UnitFigures code={code} period={period} periods={periods} metricName={metricName} />
      <SeriesPanel history={history} metricName={metricName} label={labels.timeSeries} />
    </div>
  );
}

function UnitFigures({
  code,
  period,
  periods,
  metricName,
}: {
  code: string;
  period: string;
  periods: string[];
  metricName: (metric: string) => string;
}) {
  const labels = useLabels();
  const level = levelOf(code);
  const asOf = periodEndYear(period);
  const [province] = useQuery({
    query: ProvincePageQuery,
    variables: { code, period, asOf },
    pause: level !== 'PROVINCE',
  });
  const [city] = useQuery({
    query: CityPageQuery,
    variables: { code, period, asOf },
    pause: level !== 'CITY',
  });
  const [district] = useQuery({
    query: DistrictPageQuery,
    variables: { code, period },
    pause: level !== 'DISTRICT',
  });
  const error = province.error ?? city.error ?? district.error;

  let name = '';
  let path: { code: string; name: string }[] = [];
  let cells: Cell[] = [];
  const childNames = new Map<string, string>();
  const p = province.data?.province;
  const c = city.data?.city;
  const d = district.data?.district;
  if (p) {
    name = p.name;
    cells = p.figures.map((f) => ({
      metric: f.metric,
      reported: f.reported,
      sum: f.directChildrenSum,
      audit: f.audit,
    }));
    for (const child of [...p.cities, ...p.districts]) childNames.set(child.code, child.name);
  } else if (c) {
    name = c.name;
    path = [c.province];
    cells = c.figures.map((f) => ({
      metric: f.metric,
      reported: f.reported,
      sum: f.districtsSum,
      audit: f.audit,
    }));
    for (const child of c.districts) childNames.set(child.code, child.name);
  } else if (d) {
    name = d.name;
    path = [d.province, ...(d.city ? [d.city] : [])];
    cells = d.figures.map((f) => ({ metric: f.metric, reported: f.reported }));
  }
  const loaded = Boolean(p ?? c ?? d);
  return (
    <section>
      <p className="breadcrumb">
        <a href={unitHref(null)}>{labels.nation}</a>
        {path.map((unit) => (
          <span key={unit.code}>
            {' › '}
            <a href={unitHref(unit.code, period)}>{unit.name}</a>
          </span>
        ))}
      </p>
      <h2>
        {name} <span className="muted">{code}</span>
      </h2>
      <label className="period">
        {labels.period}{' '}
        <select
          aria-label={labels.period}
          value={period}
          onChange={(event) => (window.location.hash = unitHref(code, event.target.value))}
        >
          {[...new Set([period, ...periods])].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      {error && <p className="error">{error.message}</p>}
      {loaded && cells.length === 0 && <p className="muted">{labels.notReported}</p>}
      <div className="figures">
        {cells.map((cell) => (
          <FigureCard
            key={cell.metric}
            metricName={metricName(cell.metric)}
            reported={cell.reported}
            sum={cell.sum}
            audit={cell.audit}
            childNames={childNames}
          />
        ))}
      </div>
    </section>
  );
}

function SeriesPanel({
  history,
  metricName,
  label,
}: {
  history: HistoryPoint[];
  metricName: (metric: string) => string;
  label: string;
}) {
  const metrics = [...new Set(history.map((point) => point.metric))];
  const [chosen, setChosen] = useState<string | null>(null);
  const metric =
    chosen && metrics.includes(chosen)
      ? chosen
      : metrics.includes('members')
        ? 'members'
        : metrics[0];
  const points = useMemo(
    () =>
      history
        .filter((point) => point.metric === metric && point.reported)
        .map((point) => ({
          period: point.period,
          value: point.reported!.value,
          lower: point.reported!.lower,
          upper: point.reported!.upper ?? null,
          text: point.reported!.text,
        }))
        .sort(
          (a, b) =>
            periodEndYear(a.period) - periodEndYear(b.period) || b.period.length - a.period.length,
        ),
    [history, metric],
  );
  if (!metric) return null;
  return (
    <section className="series">
      <h3>
        {label}{' '}
        <select
          aria-label={label}
          value={metric}
          onChange={(event) => setChosen(event.target.value)}
        >
          {metrics.map((code) => (
            <option key={code} value={code}>
              {metricName(code)}
            </option>
          ))}
        </select>
      </h3>
      <TimeSeries points={points} label={`${label}: ${metricName(metric)}`} />
    </section>
  );
}
