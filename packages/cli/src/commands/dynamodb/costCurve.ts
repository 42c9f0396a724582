import { calculatorEntry, type DynamoCostCurve, formatUsd } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs, rows } from '../../output.ts';
import { COST_EXTRA_FLAGS, costFlagFor, costInput } from './costInput.ts';
import { num } from './format.ts';

/** `awscalc dynamodb cost-curve`: the web page's chart as a table, cost against utilization. */
export const costCurveCommand = defineCommand<DynamoCostCurve>({
  name: 'cost-curve',
  entry: calculatorEntry('dynamodb.cost-curve'),
  about: `The monthly cost of the same workload on-demand (flat) and provisioned (falling as 1 ÷ utilization)
at 5 % to 100 % average utilization of provisioned capacity, in 5 % steps, with the break-even
utilization: the chart on the web page, as a table. Takes the flags of "awscalc dynamodb cost".`,
  examples: [
    'awscalc dynamodb cost-curve --reads 80 --writes 100 --item-size 3KB',
    'awscalc dynamodb cost-curve --workload workload.json --output csv',
  ],
  extraFlags: COST_EXTRA_FLAGS,
  input: costInput,
  pathLabel: (path, { flags }) => costFlagFor(path, flags),
  render: (value) => [
    rows(
      ['Utilization %', 'On-demand', 'Provisioned'],
      value.points.map((point) => [
        String(point.utilizationPercent),
        formatUsd(point.onDemandUsd),
        formatUsd(point.provisionedUsd),
      ]),
    ),
    pairs([
      [
        'Break-even',
        value.breakEvenUtilizationPercent === null
          ? 'no traffic'
          : `${num(value.breakEvenUtilizationPercent)} % utilization (above it, provisioned is cheaper)`,
      ],
      ['Month', value.month.label],
      ['Prices', `${value.region}, USD`],
    ]),
  ],
});
