import { Decimal } from '../money/decimal.ts';
import type { Trace } from '../trace.ts';
import { S3_READ_RATE_PER_PREFIX, S3_WRITE_RATE_PER_PREFIX } from './s3Limits.ts';
import type { TrafficShare } from './s3TrafficSpread.ts';

// The load a traffic spread puts on each prefix, and the partitions the spread needs: a hot prefix
// needs partitions of its own, the lightly used ones share.

export interface S3PrefixTraffic {
  readonly prefix: string;
  /** Percentage of all requests that go to keys under this prefix (shares normalised to 100). */
  readonly sharePercent: number;
  readonly getRate: number;
  readonly putRate: number;
  /** Partitioned prefixes this prefix alone needs: max(⌈GET/5,500⌉, ⌈PUT/3,500⌉, 1). */
  readonly partitionsNeeded: number;
  /** True when this prefix alone carries more than one partitioned prefix supports. */
  readonly overLimit: boolean;
  /**
   * Partitions counted for this prefix in `prefixesForTraffic`: a hot prefix's own `partitionsNeeded`;
   * 0 for a lightly used prefix, whose load is counted with the others in `sharedPartitions`.
   * Σ ownPartitions + sharedPartitions = prefixesForTraffic.
   */
  readonly ownPartitions: number;
}

/**
 * Partitions the lightly used prefixes of a spread need together: each is within one partition's
 * rates, so they can share partitions and are counted by their exact combined share of the rates
 * (not the rounded per-row figures). At least 1 when there is any light prefix (it is stored somewhere).
 */
export function sharedPartitionsFor(
  shares: readonly TrafficShare[],
  rows: readonly S3PrefixTraffic[],
  getRate: number,
  putRate: number,
): number {
  const light = shares.filter((_, index) => !rows[index]?.overLimit);
  if (light.length === 0) return 0;
  const total = shares.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  const lightShare = light.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  const lightFraction = total.isZero() ? new Decimal(0) : lightShare.dividedBy(total);
  return Math.max(
    lightFraction.times(getRate).dividedBy(S3_READ_RATE_PER_PREFIX.value).ceil().toNumber(),
    lightFraction.times(putRate).dividedBy(S3_WRITE_RATE_PER_PREFIX.value).ceil().toNumber(),
    1,
  );
}

export function trafficRows(
  shares: readonly TrafficShare[],
  getRate: number,
  putRate: number,
  trace: Trace,
): S3PrefixTraffic[] {
  if (shares.length === 0) return [];
  const total = shares.reduce((sum, entry) => sum.plus(entry.share), new Decimal(0));
  trace.step({
    id: 'traffic_share_total',
    formula: 'Σ shares (each share ÷ this total = the fraction of requests under that prefix)',
    inputs: { prefixes: shares.length },
    value: total.toString(),
    unit: 'share units',
  });
  return shares.map(({ prefix, share }) => {
    const fraction = new Decimal(share).dividedBy(total);
    const prefixGet = fraction.times(getRate);
    const prefixPut = fraction.times(putRate);
    const partitionsNeeded = Math.max(
      prefixGet.dividedBy(S3_READ_RATE_PER_PREFIX.value).ceil().toNumber(),
      prefixPut.dividedBy(S3_WRITE_RATE_PER_PREFIX.value).ceil().toNumber(),
      1,
    );
    return {
      prefix,
      sharePercent: fraction.times(100).toDecimalPlaces(2).toNumber(),
      getRate: prefixGet.toDecimalPlaces(3).toNumber(),
      putRate: prefixPut.toDecimalPlaces(3).toNumber(),
      partitionsNeeded,
      overLimit: partitionsNeeded > 1,
      ownPartitions: partitionsNeeded > 1 ? partitionsNeeded : 0,
    };
  });
}
