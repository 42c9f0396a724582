import { calculatorEntry, type EbsMigrateGp2ToGp3, formatUsd } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs, rows } from '../../output.ts';
import { num, PRICE_KEYS_HELP } from './shared.ts';

/** `awscalc ebs migrate`: the gp3 volume that matches a gp2 volume, and the monthly saving. */
export const migrateCommand = defineCommand<EbsMigrateGp2ToGp3>({
  name: 'migrate',
  entry: calculatorEntry('ebs.migrate'),
  about: `gp3 gets max(3,000, gp2 IOPS) IOPS and max(125, gp2 throughput) MiB/s (and at least 4 IOPS per
MiB/s), where "gp2" is its baseline, or with --match-burst its burst maximum. --size is the gp2
volume's size.
${PRICE_KEYS_HELP}`,
  examples: [
    'awscalc ebs migrate --size 500',
    'awscalc ebs migrate --size 100 --match-burst --volume-count 40 --json',
  ],
  formerly: { count: 'volumeCount' },
  render: (v) => [
    rows(
      ['', 'gp2 (today)', 'gp3 (equivalent)'],
      [
        ['Size', `${num(v.sizeGiB)} GiB`, `${num(v.sizeGiB)} GiB`],
        [
          'IOPS',
          `${num(v.gp2.baselineIops)} baseline${v.gp2.maxIops > v.gp2.baselineIops ? `, ${num(v.gp2.maxIops)} burst` : ''}`,
          `${num(v.gp3.iops)} sustained`,
        ],
        [
          'Throughput',
          `${num(v.gp2.baselineThroughputMiBps)} MiB/s baseline${v.gp2.maxThroughputMiBps > v.gp2.baselineThroughputMiBps ? `, ${num(v.gp2.maxThroughputMiBps)} burst` : ''}`,
          `${num(v.gp3.throughputMiBps)} MiB/s sustained`,
        ],
        ['Monthly cost', formatUsd(v.gp2.monthlyUsd), formatUsd(v.gp3.monthlyUsd)],
      ],
    ),
    pairs([
      [
        'Saving',
        `${formatUsd(v.savingUsd)} per month (${v.savingPercent}%)${v.volumeCount > 1 ? ` for ${v.volumeCount} volumes` : ''}`,
      ],
      ['Month', `${v.month.label}, ${v.region}`],
    ]),
  ],
});
