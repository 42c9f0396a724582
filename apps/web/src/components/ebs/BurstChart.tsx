import type { EbsBurstSimulation } from '@awscalc/core';
import { LineChart } from '../LineChart.tsx';
import { axisTime } from './format.ts';

/**
 * Two charts of one simulation: the credit balance, and the rate delivered against the rate demanded,
 * both with the moment the bucket empties marked. The core computed every point; this only draws.
 */
export function BurstChart({ simulation }: { simulation: EbsBurstSimulation }) {
  const span = simulation.totalSeconds;
  const markers =
    simulation.emptyAtSeconds === null ? [] : [{ x: simulation.emptyAtSeconds, label: 'bucket empty' }];
  const demand = simulation.timeline.flatMap((row) => [[row.startSeconds, row.demand] as const]);
  const last = simulation.timeline[simulation.timeline.length - 1];
  if (last) demand.push([last.endSeconds, last.demand] as const);
  const unit = simulation.rateUnit;
  return (
    <div className="ebs-charts" data-testid="burst-chart">
      <LineChart
        title={`Credit balance (${simulation.creditUnit}) over the workload`}
        series={[
          {
            name: `Credit balance (${simulation.creditUnit})`,
            color: '#2563eb',
            points: simulation.points.map((point) => [point.seconds, point.balance] as const),
          },
        ]}
        markers={markers}
        xLabel="time since start"
        yLabel={simulation.creditUnit}
        formatX={(x) => axisTime(x, span)}
      />
      <LineChart
        title={`Delivered and demanded ${unit} over the workload`}
        series={[
          { name: `Demanded ${unit}`, color: '#9ca3af', step: true, points: demand },
          {
            name: `Delivered ${unit}`,
            color: '#059669',
            step: true,
            points: simulation.points.map((point) => [point.seconds, point.delivered] as const),
          },
        ]}
        markers={markers}
        xLabel="time since start"
        yLabel={unit}
        formatX={(x) => axisTime(x, span)}
      />
    </div>
  );
}
