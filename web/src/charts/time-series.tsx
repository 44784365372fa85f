import { useMemo } from 'react';
import { EChart, type ChartOption } from './echart';

export interface SeriesPoint {
  period: string;
  value: number;
  lower: number;
  upper: number | null;
  text: string;
}

/** A metric's printed values over the periods, with each interval drawn as a band. */
export function TimeSeries({ points, label }: { points: SeriesPoint[]; label: string }) {
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      grid: { left: 70, right: 20, top: 20, bottom: 30 },
      tooltip: {
        trigger: 'axis',
        formatter: (items: { dataIndex: number }[]) => {
          const point = points[items[0]?.dataIndex ?? 0];
          return point ? `${point.period}: ${point.text}` : '';
        },
      },
      xAxis: { type: 'category', data: points.map((p) => p.period) },
      yAxis: { type: 'value', scale: true },
      series: [
        {
          type: 'line',
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          data: points.map((p) => p.lower),
        },
        {
          type: 'line',
          stack: 'band',
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: 'rgba(46,134,193,0.25)' },
          data: points.map((p) => (p.upper ?? p.value) - p.lower),
        },
        {
          type: 'line',
          data: points.map((p) => p.value),
          label: {
            show: true,
            formatter: (item: { dataIndex: number }) => points[item.dataIndex]?.text ?? '',
          },
        },
      ],
    }),
    [points],
  );
  return <EChart option={option} height={220} label={label} />;
}
