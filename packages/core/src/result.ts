import type { z } from 'zod';
import type { Problem } from './input/problem.ts';
import type { TraceStep } from './trace.ts';

/**
 * Why an input cannot be calculated: the one failure shape (`Problem`), with a stable code and the
 * path of the offending field. A result's `problems` (what AWS would refuse) use the same shape.
 */
export type Issue = Problem;

/** Something a person should know about a valid result (e.g. a non-canonical CIDR that was normalised). */
export interface Warning {
  readonly code: string;
  readonly message: string;
  readonly path?: ReadonlyArray<string | number>;
}

/** What a calculator's pure function returns: a value with its trace, or the issues that stopped it. */
export type Outcome<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly trace: readonly TraceStep[];
      readonly warnings: readonly Warning[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** What `run` returns to a face. Same shape as `Outcome`; `run` guarantees it never throws. */
export type Result<T> = Outcome<T>;

/**
 * A calculator: a zod schema for its raw input and a pure function of the parsed input.
 * Faces never call `calculate` directly; they go through `run`, which validates first.
 */
export interface Calculator<Schema extends z.ZodType, T> {
  readonly name: string;
  readonly schema: Schema;
  readonly calculate: (input: z.output<Schema>) => Outcome<T>;
}

/** Declares a calculator; a typed identity so the schema's output type flows into `calculate`. */
export function defineCalculator<Schema extends z.ZodType, T>(
  calculator: Calculator<Schema, T>,
): Calculator<Schema, T> {
  return calculator;
}

/** Builds a successful outcome. */
export function success<T>(
  value: T,
  trace: readonly TraceStep[],
  warnings: readonly Warning[] = [],
): Outcome<T> {
  return { ok: true, value, trace, warnings };
}

/** Builds a failed outcome from one or more issues. */
export function failure<T = never>(...issues: Issue[]): Outcome<T> {
  return { ok: false, issues };
}
