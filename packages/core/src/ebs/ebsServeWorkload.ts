import type { EbsDemandPeriod } from './ebsDemand.ts';
import { servePeriod } from './ebsServePeriod.ts';

/** One period of the workload as the volume served it. */
export interface EbsSimulatedPeriod {
  /** 1-based repetition of the workload and period within it. */
  readonly repetition: number;
  readonly period: number;
  readonly startSeconds: number;
  readonly endSeconds: number;
  readonly demand: number;
  /** What the volume delivered: at the start of the period, at its end, and on average over it. */
  readonly deliveredAtStart: number;
  readonly deliveredAtEnd: number;
  readonly deliveredAverage: number;
  /** Demanded work the volume could not serve in the period (I/Os or MiB). */
  readonly unserved: number;
  readonly balanceStart: number;
  readonly balanceEnd: number;
  readonly emptiedAtSeconds: number | null;
  readonly filledAtSeconds: number | null;
}

/** A point of the chart: balance at `seconds`, and the rate delivered from then until the next point. */
export interface EbsSimulationPoint {
  readonly seconds: number;
  readonly balance: number;
  readonly delivered: number;
}

/** The volume's fixed figures for a run: rates in its rate unit, credits in its credit unit. */
interface EbsBucketLimits {
  readonly baseline: number;
  /** The burst ceiling, already lowered to the instance cap if there is one. */
  readonly ceiling: number;
  readonly bucket: number;
}

/** The whole workload as served: per period, chart points, and the totals the summary reports. */
interface EbsServedWorkload {
  readonly timeline: EbsSimulatedPeriod[];
  readonly points: EbsSimulationPoint[];
  readonly emptyAt: number | null;
  readonly finalBalance: number;
  readonly totalSeconds: number;
  readonly totalDemanded: number;
  readonly totalDelivered: number;
}

/**
 * Runs the periods `repeat` times back to back from `startBalance`, each served by `servePeriod`,
 * carrying the balance from one period to the next. Records a chart point at each period's start and
 * at any mid-period switch (bucket emptied or filled), plus one at the very end.
 */
export function ebsServeWorkload(
  limits: EbsBucketLimits,
  periods: readonly EbsDemandPeriod[],
  repeat: number,
  startBalance: number,
): EbsServedWorkload {
  const timeline: EbsSimulatedPeriod[] = [];
  const points: EbsSimulationPoint[] = [];
  let balance = startBalance;
  let now = 0;
  let emptyAt: number | null = null;
  let totalDemanded = 0;
  let totalDelivered = 0;
  for (let repetition = 1; repetition <= repeat; repetition++) {
    for (const [index, { demand, seconds }] of periods.entries()) {
      const served = servePeriod(limits.baseline, limits.ceiling, limits.bucket, balance, demand, seconds);
      const startSeconds = now;
      points.push({ seconds: startSeconds, balance, delivered: served.first });
      if (served.switchAfter !== null) {
        points.push({
          seconds: startSeconds + served.switchAfter,
          balance: served.switchBalance,
          delivered: served.second,
        });
      }
      const emptiedAt = served.emptiedAfter !== null ? startSeconds + served.emptiedAfter : null;
      if (emptiedAt !== null && emptyAt === null) emptyAt = emptiedAt;
      totalDemanded += demand * seconds;
      totalDelivered += served.work;
      timeline.push({
        repetition,
        period: index + 1,
        startSeconds,
        endSeconds: startSeconds + seconds,
        demand,
        deliveredAtStart: served.first,
        deliveredAtEnd: served.switchAfter !== null ? served.second : served.first,
        deliveredAverage: served.work / seconds,
        unserved: Math.max(0, demand * seconds - served.work),
        balanceStart: balance,
        balanceEnd: served.balance,
        emptiedAtSeconds: emptiedAt,
        filledAtSeconds: served.filledAfter !== null ? startSeconds + served.filledAfter : null,
      });
      balance = served.balance;
      now = startSeconds + seconds;
    }
  }
  const last = timeline[timeline.length - 1];
  points.push({ seconds: now, balance, delivered: last?.deliveredAtEnd ?? 0 });
  return {
    timeline,
    points,
    emptyAt,
    finalBalance: balance,
    totalSeconds: now,
    totalDemanded,
    totalDelivered,
  };
}
