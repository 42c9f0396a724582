import { calculatorEntry, type DynamoCost, formatUsd } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs, rows } from '../../output.ts';
import { COST_EXTRA_FLAGS, costFlagFor, costInput } from './costInput.ts';
import { num, SIZE_NOTE } from './format.ts';

/** `awscalc dynamodb cost`: on-demand vs provisioned per month, break-even, Standard vs Standard-IA. */
export const costCommand = defineCommand<DynamoCost>({
  name: 'cost',
  entry: calculatorEntry('dynamodb.cost'),
  builtFromOtherFlags: ['workload'],
  about: `Prices the workload (same flags as "awscalc dynamodb capacity") both ways: on-demand (request units
per month × price per million) and provisioned at the average utilization you state (capacity units
× hours × price per unit-hour), plus storage and the options below, which count in both totals.
Prints the break-even utilization (above it provisioned is cheaper), Standard vs Standard-IA, and
every line with its quantity, unit price, region, source and as-of date. Prices: bundled us-east-1
price book (override with --price KEY=USD, e.g. dynamodb.ondemand.write_request_units=0.7; the keys
are in the README, section DynamoDB). The free tier is NOT applied unless you pass --free-tier.

--workload FILE may also wrap the workload with cost fields: {"workload": {...}, "storage": "50GB"}.

${SIZE_NOTE}`,
  examples: [
    'awscalc dynamodb cost --reads 80 --writes 100 --item-size 3KB --storage 50GB',
    'awscalc dynamodb cost --workload workload.json --utilization 50 --table-class standard-ia --json',
    'awscalc dynamodb cost --writes 200 --item-size 1KB --replicas 2 --pitr --storage 200GB',
  ],
  extraFlags: COST_EXTRA_FLAGS,
  input: costInput,
  pathLabel: (path, { flags }) => costFlagFor(path, flags),
  render: (value) => {
    const lines = (mode: string, cost: DynamoCost['onDemand']['lines']) =>
      cost.map((line) => [
        mode,
        line.description,
        `${line.quantity} ${line.unit}`,
        `$${line.unitPriceUsd}`,
        formatUsd(line.costUsd),
        line.asOf,
      ]);
    return [
      rows(
        ['Mode', 'Line', 'Quantity', 'Unit price', 'Monthly', 'As of'],
        [
          ...lines('on-demand', value.onDemand.lines),
          ...lines('provisioned', value.provisioned.lines),
          ...lines('both', value.common.lines),
        ],
      ),
      pairs([
        ['On-demand', `${formatUsd(value.onDemand.monthlyUsd)} per month`],
        [
          'Provisioned',
          `${formatUsd(value.provisioned.monthlyUsd)} per month at ${value.utilizationPercent} % utilization (${num(value.provisioned.readCapacityUnits)} RCU, ${num(value.provisioned.writeCapacityUnits)} WCU)`,
        ],
        ['Cheaper', value.cheaperMode],
        [
          'Break-even',
          value.breakEvenUtilizationPercent === null
            ? 'no traffic'
            : `${num(value.breakEvenUtilizationPercent)} % utilization (above it, provisioned is cheaper)`,
        ],
        ...value.tableClasses.map(
          (c) =>
            [
              `Class ${c.tableClass}`,
              `on-demand ${formatUsd(c.onDemandUsd)}, provisioned ${formatUsd(c.provisionedUsd)}`,
            ] as const,
        ),
        ['Month', value.month.label],
        [
          'Prices',
          `${value.region}, USD; sources per line (--json); ${value.prices.overridden.length ? `overridden: ${value.prices.overridden.join(', ')}` : 'bundled list prices'}`,
        ],
        ['Free tier', value.freeTier.note],
      ]),
    ];
  },
});
