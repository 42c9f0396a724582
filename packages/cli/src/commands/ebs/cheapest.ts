import { calculatorEntry, type EbsCheapestVolume, formatUsd } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs, rows } from '../../output.ts';
import { num, PRICE_KEYS_HELP } from './shared.ts';

/** `awscalc ebs cheapest`: the cheapest volume type that meets an IOPS and throughput need. */
export const cheapestCommand = defineCommand<EbsCheapestVolume>({
  name: 'cheapest',
  entry: calculatorEntry('ebs.cheapest'),
  about: `For each type, the smallest valid configuration that delivers the need (gp2 grows its size for
IOPS; io1/io2 provision IOPS and grow to the IOPS:GiB ratio; st1/sc1 grow for MiB/s per TiB),
priced and compared. --iops and --throughput are what the workload needs; --size the capacity
(default 1 GiB). By default the baseline must meet the need; --burst-ok accepts burst.
${PRICE_KEYS_HELP}`,
  examples: [
    'awscalc ebs cheapest --iops 10,000 --throughput 500 --size 100',
    'awscalc ebs cheapest --throughput 200 --size 4TiB --burst-ok',
  ],
  render: (v) => [
    rows(
      ['Type', 'Size GiB', 'IOPS', 'MiB/s', 'Monthly', 'Notes'],
      v.candidates.map((c) => [
        c.type,
        c.sizeGiB === null ? '' : num(c.sizeGiB),
        c.deliveredIops === null ? '' : num(c.deliveredIops),
        c.deliveredThroughputMiBps === null ? '' : num(c.deliveredThroughputMiBps),
        c.monthlyUsd === null ? '' : formatUsd(c.monthlyUsd),
        c.feasible ? (c === v.cheapest ? 'cheapest' : '') : `cannot: ${c.reason ?? ''}`,
      ]),
    ),
    pairs([['Month', `${v.month.label}, ${v.region}`]]),
  ],
});
