// One period of constant demand, solved exactly: the piece the simulation repeats for every period.

interface Served {
  /** Rate delivered from the start of the period, and after `switchAfter` seconds (if it changes). */
  readonly first: number;
  readonly second: number;
  readonly switchAfter: number | null;
  readonly switchBalance: number;
  readonly balance: number;
  /** Work done in the period (I/Os or MiB). */
  readonly work: number;
  /** Seconds into the period when the bucket ran dry or became full, or null. */
  readonly emptiedAfter: number | null;
  readonly filledAfter: number | null;
}

/**
 * Serves one period of constant demand exactly. `ceiling` already includes the instance cap. The
 * balance is linear in time until it hits 0 (then delivery falls to the baseline) or the bucket
 * size (then it stays full), so one switch point at most.
 */
export function servePeriod(
  baseline: number,
  ceiling: number,
  bucket: number,
  balance: number,
  demand: number,
  seconds: number,
): Served {
  const wanted = Math.min(demand, ceiling);
  if (wanted <= baseline) {
    // At or below baseline: the volume earns (baseline − delivered) credits per second until full.
    const earn = baseline - wanted;
    if (earn > 0 && balance < bucket) {
      const toFull = (bucket - balance) / earn;
      if (toFull < seconds) {
        return {
          first: wanted,
          second: wanted,
          switchAfter: toFull,
          switchBalance: bucket,
          balance: bucket,
          work: wanted * seconds,
          emptiedAfter: null,
          filledAfter: toFull,
        };
      }
      const end = Math.min(bucket, balance + earn * seconds);
      return {
        first: wanted,
        second: wanted,
        switchAfter: null,
        switchBalance: end,
        balance: end,
        work: wanted * seconds,
        emptiedAfter: null,
        filledAfter: end >= bucket ? seconds : null,
      };
    }
    return {
      first: wanted,
      second: wanted,
      switchAfter: null,
      switchBalance: balance,
      balance,
      work: wanted * seconds,
      emptiedAfter: null,
      filledAfter: null,
    };
  }
  // Above baseline: spend (delivered − baseline) per second while credits last.
  const fallback = Math.min(demand, baseline);
  if (balance <= 0) {
    // Already empty when the demand needs credits: throttled from the first second.
    return {
      first: fallback,
      second: fallback,
      switchAfter: null,
      switchBalance: 0,
      balance: 0,
      work: fallback * seconds,
      emptiedAfter: 0,
      filledAfter: null,
    };
  }
  const drain = wanted - baseline;
  const toEmpty = balance / drain;
  if (toEmpty >= seconds) {
    const end = Math.max(0, balance - drain * seconds);
    return {
      first: wanted,
      second: wanted,
      switchAfter: null,
      switchBalance: end,
      balance: end,
      work: wanted * seconds,
      emptiedAfter: end === 0 ? seconds : null,
      filledAfter: null,
    };
  }
  return {
    first: wanted,
    second: fallback,
    switchAfter: toEmpty,
    switchBalance: 0,
    balance: 0,
    work: wanted * toEmpty + fallback * (seconds - toEmpty),
    emptiedAfter: toEmpty,
    filledAfter: null,
  };
}
