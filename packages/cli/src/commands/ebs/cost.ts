import { calculatorEntry, type EbsCost, formatUsd } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs, rows } from '../../output.ts';
import { num, PRICE_KEYS_HELP } from './shared.ts';

/** `awscalc ebs cost`: the monthly cost of EBS volumes, line by line. */
export const costCommand = defineCommand<EbsCost>({
  name: 'cost',
  entry: calculatorEntry('ebs.cost'),
  about: `Storage per GB-month of provisioned size, provisioned IOPS (io1; io2 in tiers of 32,000; gp3 above
the included 3,000) and gp3 throughput above the included 125 MiB/s. us-east-1 list prices, each
line with its source and as-of date; override any price with --price. A configuration AWS would
refuse is still priced, and its problems make the exit code 1.
${PRICE_KEYS_HELP}`,
  examples: [
    'awscalc ebs cost --type gp3 --size 2000 --iops 10,000 --throughput 500',
    'awscalc ebs cost --type io2 --size 500 --iops 80000 --json',
    'awscalc ebs cost --type gp3 --size 2000 --iops 10000 --throughput 500 --hours 12 --month 720',
  ],
  formerly: { count: 'volumeCount' },
  render: (v) => [
    rows(
      ['Line', 'Quantity', 'Unit price', 'Cost', 'As of'],
      v.lines.map((line) => [
        line.description,
        `${num(Number(line.quantity), 4)} ${line.unit}`,
        `$${line.unitPriceUsd}`,
        formatUsd(line.costUsd),
        line.asOf,
      ]),
    ),
    pairs([
      ['Total', `${formatUsd(v.monthlyUsd)} per month (${v.region})`],
      ['Month', `${v.month.label}${v.hours !== v.month.hours ? `; ${num(v.hours)} hours billed` : ''}`],
      ['Prices', v.lines[0]?.source ?? ''],
    ]),
  ],
});
