import { ebsInstanceList } from '@awscalc/core';
import { defineListing } from '../../listing.ts';
import { rows, text } from '../../output.ts';
import { num } from './shared.ts';

/** `awscalc ebs instances`: the bundled instance types and their EBS limits. */
export const instancesCommand = defineListing({
  name: 'instances',
  command: 'ebs instances',
  summary: 'list the bundled instance types and their EBS limits',
  about: `Baseline and maximum EBS bandwidth (Mbps), throughput (MB/s, 128 KiB I/O) and IOPS (16 KiB I/O),
with the AWS page each row comes from. For any other type, pass --instance-iops and
--instance-throughput to the other commands (aws ec2 describe-instance-types shows them).`,
  examples: ['awscalc ebs instances', 'awscalc ebs instances --output csv'],
  list: () => {
    const list = ebsInstanceList();
    return {
      json: { instances: list },
      blocks: [
        rows(
          ['Instance', 'Baseline Mbps', 'Baseline MB/s', 'Baseline IOPS', 'Max Mbps', 'Max MB/s', 'Max IOPS'],
          list.map((row) => [
            row.name,
            num(row.baselineBandwidthMbps),
            num(row.baselineThroughputMBps, 3),
            num(row.baselineIops),
            num(row.maximumBandwidthMbps),
            num(row.maximumThroughputMBps, 3),
            num(row.maximumIops),
          ]),
        ),
        text(`Sources: ${[...new Set(list.map((row) => row.source))].join(', ')}`),
      ],
    };
  },
});
