/**
 * What every text parser in awscalc returns (sizes, rates, durations, numbers, CIDRs): the value, or
 * why the text is not one, with a stable code and a message a field builder can prefix with its label.
 */
export type Parsed<T> = { readonly ok: true; readonly value: T } | ParseFailure;

export interface ParseFailure {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
}
