import { useMemo } from 'react';
import { EChart, type ChartOption } from './echart';

export interface IntervalBar {
  label: string;
  lower: number;
  /** null: unbounded above (以上); drawn to the chart's edge. */
  upper: number | null;
}

/**
 * Floating bars from lower to upper: the parent's reported interval against its children's
 * sum, so a reader sees at a glance whether they can meet.
 */
export function IntervalBars({ bars, label }: { bars: IntervalBar[]; label: string }) {
  const option = useMemo<ChartOption>(() => {
    const finite = bars.flatMap((bar) => [bar.lower, bar.upper ?? bar.lower]);
    const edge = Math.max(...finite, 1) * 1.1;
    return {
      animation: false,
      grid: { left: 110, right: 30, top: 10, bottom: 25 },
      xAxis: { type: 'value', min: 0, max: edge },
      yAxis: { type: 'category', data: bars.map((bar) => bar.label), inverse: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      series: [
        {
          type: 'bar',
          stack: 'interval',
          itemStyle: { color: 'transparent' },
          data: bars.map((bar) => bar.lower),
          tooltip: { show: false },
        },
        {
          type: 'bar',
          stack: 'interval',
          barMinWidth: 4,
          data: bars.map((bar, index) => ({
            // A point interval still gets a visible sliver.
            value: Math.max((bar.upper ?? edge) - bar.lower, edge / 300),
            itemStyle: { color: index === 0 ? '#c0392b' : '#2e86c1' },
          })),
        },
      ],
    };
  }, [bars]);
  return <EChart option={option} height={40 + bars.length * 34} label={label} />;
}
