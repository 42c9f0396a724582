// The public API of @awscalc/core: hand-picked, so what faces may rely on is deliberate.

export * from './cidr/index.ts';
export * from './dynamodb/index.ts';
export * from './ebs/index.ts';
export { Decimal } from './money/decimal.ts';
export type { MonthConvention, MonthHours } from './money/month.ts';
export { MONTH_HOURS, monthConvention } from './money/month.ts';
export type { CostLine, Price, PriceBook } from './money/priceBook.ts';
export {
  applyPriceOverrides,
  costLine,
  definePriceBook,
  formatUsd,
  PriceOverride,
  priceFor,
  totalUsd,
} from './money/priceBook.ts';
export type { Calculator, Issue, Outcome, Result, Warning } from './result.ts';
export { defineCalculator, failure, success } from './result.ts';
export type { AwsFact } from './rules/fact.ts';
export { declaredFacts, fact, factProblem, isFact } from './rules/fact.ts';
export { findNonJsonValue, run } from './run.ts';
export * from './s3/index.ts';
export type { TraceStep } from './trace.ts';
export { Trace } from './trace.ts';
export type { ByteConvention, ByteSizeParse } from './units/byteSize.ts';
export { describeConvention, formatByteSize, parseByteSize } from './units/byteSize.ts';
export type { DurationParse } from './units/duration.ts';
export { formatDuration, parseDuration } from './units/duration.ts';
export type { RateParse } from './units/rate.ts';
export { parseRate } from './units/rate.ts';
export * from './vpc/index.ts';
export * from './input/index.ts';
export type { CalculatorEntry } from './registry.ts';
export { calculatorEntry, calculators, inputFields, inputJsonSchema } from './registry.ts';
export { priceBooks } from './money/priceBooks.ts';
