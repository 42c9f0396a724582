/**
 * One failure vocabulary for every calculator and face. An `Issue` says why an input could not be
 * calculated (`run` returns ok:false); a `Problem` says why AWS would refuse a configuration that
 * could be calculated (it sits in the result's `problems`, beside the numbers). Both have one shape,
 * so a face prints, maps to a flag and highlights a field the same way for either.
 */
export interface Problem {
  /** Stable, machine-readable, e.g. `gp3_throughput_needs_iops`. Faces may switch on it. */
  readonly code: string;
  /** The offending field in the raw input, e.g. `['tiers', 2, 'size']`; `[]` for the whole input. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong and what would be valid, naming fields by their labels. */
  readonly message: string;
  /** The AWS rule broken, in a few words (e.g. `gp3 throughput ≤ 0.25 MiB/s per IOPS`). */
  readonly rule?: string;
  /** The AWS page that states the rule. */
  readonly source?: string;
  /** The numbers in the message, for programs: `{ iops: 3000, maximumThroughputMiBps: 750 }`. */
  readonly params?: Readonly<Record<string, number | string>>;
  /** The nearest valid values, e.g. `{ minimumIops: 4000 }`. */
  readonly nearest?: Readonly<Record<string, number | string>>;
}
