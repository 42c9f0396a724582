import { CHECKED_ON } from '../rules/dates.ts';
import { fact } from '../rules/fact.ts';

/**
 * Hours in a billing month. AWS bills hourly resources per hour used; a "month" in an estimate is a
 * convention. The AWS Pricing Calculator uses 730 hours (365 × 24 / 12); 720 (30 days) is the other
 * common choice. Every cost result names the one it used.
 */
export const MONTH_HOURS = {
  730: fact({
    value: 730,
    unit: 'hours per month',
    source: 'https://docs.aws.amazon.com/pricing-calculator/latest/userguide/migrate-SMC.html',
    asOf: CHECKED_ON,
    note: 'AWS Pricing Calculator user guide (differences from the Simple Monthly Calculator): 730 hours in a month (365 × 24 ÷ 12)',
  }),
  720: fact({
    value: 720,
    unit: 'hours per month',
    source: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
    asOf: CHECKED_ON,
    note: 'a 30-day month (2,592,000 s); the worked examples on the DynamoDB and EBS pricing pages use it',
  }),
} as const;

export type MonthHours = keyof typeof MONTH_HOURS;

/** The month convention a cost result names, e.g. `{ hours: 730, label: '730 hours (…)' }`. */
export interface MonthConvention {
  readonly hours: MonthHours;
  readonly label: string;
  readonly source: string;
}

export function monthConvention(hours: MonthHours = 730): MonthConvention {
  const chosen = MONTH_HOURS[hours];
  return {
    hours,
    label:
      hours === 730 ? '730 hours (AWS Pricing Calculator month: 365 × 24 ÷ 12)' : '720 hours (30-day month)',
    source: chosen.source,
  };
}
