import { calculatorEntry, type EbsRaid0 } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs } from '../../output.ts';
import { INSTANCE_LIMIT_FLAGS, withInstanceLimits } from './instanceFlags.ts';
import { num, side } from './shared.ts';

/** `awscalc ebs raid0`: N identical volumes striped in RAID 0, capped by the instance. */
export const raid0Command = defineCommand<EbsRaid0>({
  name: 'raid0',
  entry: calculatorEntry('ebs.raid0'),
  about: `--volume-count identical volumes (2 to 128, the most any instance attaches) of --type and --size, striped:
the array's IOPS and throughput are the members' sums, then capped by the instance (the array, not
each member). RAID 0 has no redundancy: one lost volume loses the array.`,
  examples: [
    'awscalc ebs raid0 --volume-count 4 --type gp3 --size 1TiB --iops 16000 --throughput 1000 --instance m6i.4xlarge',
  ],
  extraFlags: INSTANCE_LIMIT_FLAGS,
  formerly: { count: 'volumeCount' },
  input: (context) => withInstanceLimits(context),
  render: (v) => {
    const e = v.effective;
    return [
      pairs([
        [
          'Array',
          `${v.volumeCount} × ${v.volume.type} ${num(v.volume.sizeGiB)} GiB = ${num(v.capacityGiB)} GiB`,
        ],
        ['Array IOPS', `${num(v.baselineIops)} baseline, ${num(v.maxIops)} maximum`],
        [
          'Array throughput',
          `${num(v.baselineThroughputMiBps)} MiB/s baseline, ${num(v.maxThroughputMiBps)} MiB/s maximum`,
        ],
        [
          'Effective IOPS',
          `${num(e.baselineIops)} baseline (limited by the ${side(e.baselineIopsLimitedBy, 'array')}), ${num(e.maxIops)} maximum (limited by the ${side(e.iopsLimitedBy, 'array')})`,
        ],
        [
          'Effective throughput',
          `${num(e.baselineThroughputMiBps)} MiB/s baseline (limited by the ${side(e.baselineThroughputLimitedBy, 'array')}), ${num(e.maxThroughputMiBps)} MiB/s maximum (limited by the ${side(e.throughputLimitedBy, 'array')})`,
        ],
      ]),
    ];
  },
});
