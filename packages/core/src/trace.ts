/**
 * One step of the arithmetic behind a result, in the order it was done, so a person can check it
 * against the AWS page in `source`. Every field is JSON-safe: numbers that may exceed 2^53 or need
 * exact decimals travel as strings (`Decimal.toString()`, `bigint.toString()`).
 */
export interface TraceStep {
  /** A stable identifier for the step, e.g. `usable_addresses`. */
  readonly id: string;
  /** The formula in words a person can follow, e.g. `2^(32 − prefix) − reserved`. */
  readonly formula: string;
  /** The named values the formula was applied to. */
  readonly inputs: Readonly<Record<string, string | number | boolean>>;
  /** The result of the step. */
  readonly value: string | number | boolean;
  /** The unit of `value`, e.g. `addresses`, `RCU`, `IOPS`, `USD`. */
  readonly unit: string;
  /** The AWS page that defines the rule or constant used, when one does. */
  readonly source?: string;
}

/** Collects trace steps in order while a calculator runs; local to one call, so calculators stay pure. */
export class Trace {
  readonly #steps: TraceStep[] = [];

  /** Records a step and returns its value, so arithmetic and its explanation are written once. */
  step<V extends string | number | boolean>(step: TraceStep & { value: V }): V {
    this.#steps.push(step);
    return step.value;
  }

  get steps(): readonly TraceStep[] {
    return this.#steps;
  }
}
