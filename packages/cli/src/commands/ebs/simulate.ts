import { calculatorEntry, type EbsBurstSimulation } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs, rows, text } from '../../output.ts';
import { INSTANCE_LIMIT_FLAGS, withInstanceLimits } from './instanceFlags.ts';
import { num, seconds } from './shared.ts';

/** The timeline rows a table shows; --json has them all. */
const SHOWN = 40;

/** `awscalc ebs simulate`: the credit balance of a gp2, st1 or sc1 volume over a workload. */
export const simulateCommand = defineCommand<EbsBurstSimulation>({
  name: 'simulate',
  entry: calculatorEntry('ebs.simulate'),
  // `--start-balance` became `--balance`: the same credit balance `ebs volume` takes.
  formerly: { 'start-balance': 'creditBalancePercent' },
  about: `Each period demands a rate (IOPS for gp2, MiB/s for st1/sc1) for a duration. The volume delivers
min(demand, burst ceiling, instance cap) while it has credits and falls back to its baseline when
the bucket is empty; it earns credits at its baseline rate. Each period is solved exactly (no time
stepping), so long workloads are exact and fast. --demand takes RATE:DURATION pairs separated by
commas (2500:600,200:3600 or 2500:10m,200:1h); an empty period (a trailing or doubled comma) is an
error. At most 1,000 periods and 30,000 characters; use --repeat for a cycle.`,
  examples: [
    'awscalc ebs simulate --type gp2 --size 100 --demand 2500:600,200:3600 --repeat 6',
    'awscalc ebs simulate --type st1 --size 2TiB --demand 500:2h,0:6h --json',
  ],
  extraFlags: INSTANCE_LIMIT_FLAGS,
  input: withInstanceLimits,
  render: (v) => {
    const shown = v.timeline.slice(0, SHOWN);
    return [
      pairs([
        ['Volume', `${v.type} ${num(v.sizeGiB)} GiB`],
        ['Baseline (earn rate)', `${num(v.baseline)} ${v.rateUnit}`],
        [
          'Burst ceiling',
          `${num(v.burstCeiling)} ${v.rateUnit}${v.instanceCap !== null ? ` (instance cap ${num(v.instanceCap)})` : ''}`,
        ],
        ['Bucket', `${num(v.bucket, 0)} ${v.creditUnit} (start ${num(v.startBalance, 0)})`],
        ['Bucket empties at', v.emptyAtSeconds === null ? 'never' : seconds(v.emptyAtSeconds)],
        ['Final balance', `${num(v.finalBalance, 0)} ${v.creditUnit} (${num(v.finalBalancePercent, 1)}%)`],
        ['Unserved demand', `${num(v.totalUnserved, 0)} ${v.rateUnit === 'IOPS' ? 'I/Os' : 'MiB'}`],
      ]),
      rows(
        [
          'Rep',
          'Period',
          'Start s',
          'End s',
          `Demand ${v.rateUnit}`,
          `Delivered ${v.rateUnit}`,
          'Balance at end',
          'Empty at s',
        ],
        shown.map((row) => [
          String(row.repetition),
          String(row.period),
          num(row.startSeconds, 1),
          num(row.endSeconds, 1),
          num(row.demand),
          row.deliveredAtStart === row.deliveredAtEnd
            ? num(row.deliveredAtStart)
            : `${num(row.deliveredAtStart)} → ${num(row.deliveredAtEnd)}`,
          num(row.balanceEnd, 0),
          row.emptiedAtSeconds === null ? '' : num(row.emptiedAtSeconds, 1),
        ]),
      ),
      ...(v.timeline.length > SHOWN
        ? [text(`… ${v.timeline.length - SHOWN} more periods (see --json)`)]
        : []),
    ];
  },
});
