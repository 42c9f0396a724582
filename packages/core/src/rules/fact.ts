/**
 * The one shape of every AWS constant in awscalc: the value, its unit, the AWS page that states it
 * and the date it took effect or was last checked. Limits change (gp3 went from 16,000 to 80,000
 * IOPS in 2025); a constant without a source cannot be re-checked, so `fact` refuses to make one.
 */
export interface AwsFact<V = number> {
  readonly value: V;
  readonly unit: string;
  /** An https URL of the AWS page (documentation, pricing page or announcement) that states the value. */
  readonly source: string;
  /** ISO date (YYYY-MM-DD) the value took effect or was last checked against `source`. */
  readonly asOf: string;
  /** Optional context: a quote, a caveat, or why this page was chosen. */
  readonly note?: string;
}

const FACT = Symbol.for('awscalc.fact');
const registry: AwsFact<unknown>[] = [];
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Declares a sourced AWS constant. Throws at module load (a programmer error, caught by the test
 * suite) when the source is not an https URL or the date is not an ISO date.
 *
 * @example
 * const SUBNET_RESERVED = fact({ value: 5, unit: 'addresses', source: 'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html', asOf: '2026-11-22' })
 */
export function fact<V>(definition: AwsFact<V>): AwsFact<V> {
  const problem = factProblem(definition);
  if (problem)
    throw new Error(`Invalid AWS fact (${String(definition.value)} ${definition.unit}): ${problem}`);
  const frozen = Object.freeze({ ...definition, [FACT]: true });
  registry.push(frozen);
  return frozen;
}

/** Why a would-be fact is not acceptable, or undefined when it is. */
export function factProblem(candidate: Partial<AwsFact<unknown>>): string | undefined {
  if (
    typeof candidate.source !== 'string' ||
    !/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i.test(candidate.source)
  ) {
    return `source must be an https URL of the page that states it, got ${JSON.stringify(candidate.source)}`;
  }
  if (typeof candidate.asOf !== 'string' || !ISO_DATE.test(candidate.asOf)) {
    return `asOf must be an ISO date YYYY-MM-DD, got ${JSON.stringify(candidate.asOf)}`;
  }
  if (typeof candidate.unit !== 'string' || candidate.unit.trim() === '') return 'unit must be named';
  return undefined;
}

/** True for objects made by `fact`. */
export function isFact(value: unknown): value is AwsFact<unknown> {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[FACT] === true;
}

/** Every fact declared so far (those in modules that have been loaded). */
export function declaredFacts(): readonly AwsFact<unknown>[] {
  return registry;
}
