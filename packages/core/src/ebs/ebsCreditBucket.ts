import type { Trace } from '../trace.ts';
import {
  type EbsBurstModel,
  ebsBurstSecondsFrom,
  ebsRefillSeconds,
  ebsRoundSecondsLikeAws,
} from './ebsBurstModel.ts';

export interface EbsCreditBucket {
  readonly capacity: number;
  readonly unit: 'I/O credits' | 'MiB of credits';
  readonly earnRate: number;
  readonly burstRate: number;
  readonly rateUnit: 'IOPS' | 'MiB/s';
  readonly balance: number;
  readonly balancePercent: number;
  /** Seconds the current balance sustains the burst rate (exact); null when the volume does not burst. */
  readonly burstSecondsFromBalance: number | null;
}

/** The burst figures of a credit bucket: burst and refill seconds (exact and rounded like AWS), and the bucket at a balance. */
export interface EbsBurstFigures {
  readonly creditBucket: EbsCreditBucket;
  readonly burstSeconds: number | null;
  readonly burstSecondsExact: number | null;
  readonly refillSeconds: number | null;
  readonly refillSecondsExact: number | null;
}

/**
 * gp2, st1 and sc1: how long a full bucket sustains the burst, how long an empty one takes to refill
 * at baseline, and how long the given balance lasts. A bucket whose baseline meets the burst rate
 * (gp2 from 1,000 GiB) never empties, so its burst and refill seconds are null.
 */
export function ebsCreditBucketFigures(
  model: EbsBurstModel,
  balancePercent: number,
  trace: Trace,
): EbsBurstFigures {
  let burstSeconds: number | null = null;
  let burstSecondsExact: number | null = null;
  let refillSeconds: number | null = null;
  let refillSecondsExact: number | null = null;
  if (model.burstable) {
    burstSecondsExact = trace.step({
      id: 'burst_seconds_full_bucket',
      formula: `bucket ÷ (burst − baseline) (${model.creditUnit} ÷ ${model.rateUnit})`,
      inputs: { bucket: model.bucket, burst: model.ceiling, baseline: model.baseline },
      value: ebsBurstSecondsFrom(model.bucket, model) ?? 0,
      unit: 's',
      source: model.source,
    });
    burstSeconds = trace.step({
      id: 'burst_seconds_rounded',
      formula: "round to the nearest second, as AWS's gp2 table does (334 GiB: 2,702.7 → 2,703)",
      inputs: { exact: burstSecondsExact },
      value: ebsRoundSecondsLikeAws(burstSecondsExact),
      unit: 's',
      source: model.source,
    });
    refillSecondsExact = trace.step({
      id: 'refill_seconds_empty_bucket',
      formula: `bucket ÷ baseline (earn rate, no I/O above baseline)`,
      inputs: { bucket: model.bucket, baseline: model.baseline },
      value: ebsRefillSeconds(model) ?? 0,
      unit: 's',
      source: model.source,
    });
    refillSeconds = trace.step({
      id: 'refill_seconds_rounded',
      formula: "round to the nearest second, as AWS's gp2 table does (334 GiB: 5,389.2 → 5,389)",
      inputs: { exact: refillSecondsExact },
      value: ebsRoundSecondsLikeAws(refillSecondsExact),
      unit: 's',
      source: model.source,
    });
  }
  const balance = (model.bucket * balancePercent) / 100;
  const fromBalance = ebsBurstSecondsFrom(balance, model);
  if (fromBalance !== undefined && balancePercent !== 100) {
    trace.step({
      id: 'burst_seconds_from_balance',
      formula: 'balance ÷ (burst − baseline)',
      inputs: { balance, burst: model.ceiling, baseline: model.baseline },
      value: fromBalance,
      unit: 's',
      source: model.source,
    });
  }
  const creditBucket: EbsCreditBucket = {
    capacity: model.bucket,
    unit: model.creditUnit,
    earnRate: model.baseline,
    burstRate: model.ceiling,
    rateUnit: model.rateUnit,
    balance,
    balancePercent,
    burstSecondsFromBalance: fromBalance ?? null,
  };
  return { creditBucket, burstSeconds, burstSecondsExact, refillSeconds, refillSecondsExact };
}
