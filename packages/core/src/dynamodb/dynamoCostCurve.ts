import { Decimal } from '../money/decimal.ts';
import type { MonthConvention } from '../money/month.ts';
import { defineCalculator, success } from '../result.ts';
import { Trace } from '../trace.ts';
import { DynamoCostInput } from './dynamoCostInput.ts';
import { dynamoBreakEven, dynamoCostScenario, dynamoModeTotals } from './dynamoCostLines.ts';

export interface DynamoCostCurvePoint {
  readonly utilizationPercent: number;
  /** Monthly USD (Decimal strings) and the same as numbers for drawing. */
  readonly onDemandUsd: string;
  readonly provisionedUsd: string;
  readonly onDemand: number;
  readonly provisioned: number;
}

export interface DynamoCostCurve {
  readonly points: readonly DynamoCostCurvePoint[];
  readonly breakEvenUtilizationPercent: number | null;
  /** The month the costs are stated for, as every cost result names it. */
  readonly month: MonthConvention;
  readonly region: string;
}

/** Utilizations the curve is drawn at: 5 % to 100 % in 5 % steps. */
const UTILIZATIONS = Array.from({ length: 20 }, (_, index) => (index + 1) * 5);

/**
 * Monthly cost of on-demand (flat) and provisioned (falls as 1/utilization) for the same workload,
 * at 5 %–100 % average utilization of provisioned capacity, with the break-even utilization: the
 * points a chart draws.
 *
 * @example
 * run(dynamoCostCurve, { workload: { operations: [{ type: 'GetItem', rate: 100 }] } }).value.breakEvenUtilizationPercent //=> 28.8889
 */
export const dynamoCostCurve = defineCalculator({
  name: 'dynamoCostCurve',
  schema: DynamoCostInput,
  calculate: (input) => {
    const scenario = dynamoCostScenario(input);
    if (!scenario.ok) return scenario;
    const s = scenario.value;
    const trace = new Trace();
    const points = UTILIZATIONS.map((utilizationPercent) => {
      const totals = dynamoModeTotals(s, input.tableClass, utilizationPercent);
      return {
        utilizationPercent,
        ...totals,
        onDemand: new Decimal(totals.onDemandUsd).toDecimalPlaces(6).toNumber(),
        provisioned: new Decimal(totals.provisionedUsd).toDecimalPlaces(6).toNumber(),
      };
    });
    const breakEven = trace.step({
      id: 'break_even_utilization',
      formula: 'u* = provisioned cost at 100 % ÷ on-demand cost',
      inputs: { tableClass: input.tableClass },
      value: dynamoBreakEven(s, input.tableClass) ?? 'no traffic',
      unit: '%',
    });
    return success<DynamoCostCurve>(
      {
        points,
        breakEvenUtilizationPercent: typeof breakEven === 'number' ? breakEven : null,
        month: s.month,
        region: s.book.region,
      },
      trace.steps,
      scenario.warnings,
    );
  },
});
