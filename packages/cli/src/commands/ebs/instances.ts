import { ebsInstanceList } from '@awscalc/core';
import { type Command, EXIT, parseFlags, withUsage } from '../../command.ts';
import { table } from '../../table.ts';
import { num } from './shared.ts';

const help = `awscalc ebs instances — the bundled instance types and their EBS limits

Usage:
  awscalc ebs instances [--json]

Baseline and maximum EBS bandwidth (Mbps), throughput (MB/s, 128 KiB I/O) and IOPS (16 KiB I/O),
with the AWS page each row comes from. For any other type, pass --instance-iops and
--instance-throughput to the other commands (aws ec2 describe-instance-types shows them).
`;

/** `awscalc ebs instances`: a listing, not a calculator, so it is not declared from the registry. */
export const instancesCommand: Command = {
  name: 'instances',
  summary: 'list the bundled instance types and their EBS limits',
  help,
  run: (argv, io) =>
    withUsage({ name: 'ebs instances', help }, io, () => {
      const { values } = parseFlags(argv, {});
      if (values.help) {
        io.out(help);
        return EXIT.ok;
      }
      const list = ebsInstanceList();
      if (values.json) {
        io.out(`${JSON.stringify({ instances: list }, null, 2)}\n`);
        return EXIT.ok;
      }
      io.out(
        `${table([
          ['Instance', 'Baseline Mbps', 'Baseline MB/s', 'Baseline IOPS', 'Max Mbps', 'Max MB/s', 'Max IOPS'],
          ...list.map((row) => [
            row.name,
            num(row.baselineBandwidthMbps),
            num(row.baselineThroughputMBps, 3),
            num(row.baselineIops),
            num(row.maximumBandwidthMbps),
            num(row.maximumThroughputMBps, 3),
            num(row.maximumIops),
          ]),
        ])}\nSources: ${[...new Set(list.map((row) => row.source))].join(', ')}\n`,
      );
      return EXIT.ok;
    }),
};
