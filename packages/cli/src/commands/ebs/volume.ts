import { calculatorEntry, type EbsVolumePerformance, ebsVolumeTraits } from '@awscalc/core';
import { defineCommand } from '../../declare.ts';
import { pairs } from '../../output.ts';
import { INSTANCE_LIMIT_FLAGS, withInstanceLimits } from './instanceFlags.ts';
import { num, seconds } from './shared.ts';

/** `awscalc ebs volume`: what one volume delivers and every AWS rule it breaks. */
export const volumeCommand = defineCommand<EbsVolumePerformance>({
  name: 'volume',
  entry: calculatorEntry('ebs.volume'),
  about: `Reports baseline and maximum IOPS and throughput (MiB/s), the burst figures of gp2 (I/O credits)
and st1/sc1 (throughput credits), the instance cap, and every AWS rule the configuration breaks
with the nearest valid values (each is a problem: exit 1). Burst and refill seconds are rounded to
the nearest second, as AWS's gp2 table is (exact values in burstSecondsExact / refillSecondsExact).
Without --io-size, AWS's documented figures apply (gp2 256 KiB; st1/sc1 1 MiB per I/O).`,
  examples: [
    'awscalc ebs volume --type gp2 --size 100',
    'awscalc ebs volume --type gp3 --size 500 --iops 12,000 --throughput 750 --instance m6i.large',
    'awscalc ebs volume --type io2 --size 256 --iops 256000 --json',
    'awscalc ebs volume --type st1 --size 2TiB --io-size 16KiB',
  ],
  extraFlags: INSTANCE_LIMIT_FLAGS,
  input: withInstanceLimits,
  render: (v) => [pairs(volumeRows(v))],
});

function volumeRows(v: EbsVolumePerformance): Array<readonly [string, string]> {
  const rows: Array<readonly [string, string]> = [
    ['Type', `${v.type} — ${ebsVolumeTraits(v.type).name}`],
    ['Size', `${num(v.sizeGiB)} GiB`],
  ];
  if (v.iops !== null) rows.push(['Provisioned IOPS', num(v.iops)]);
  if (v.throughputMiBps !== null) rows.push(['Provisioned throughput', `${num(v.throughputMiBps)} MiB/s`]);
  if (v.ioSizeKiB !== null) rows.push(['I/O size', `${num(v.ioSizeKiB)} KiB`]);
  rows.push(
    ['Baseline IOPS', num(v.baselineIops)],
    ['Maximum IOPS', num(v.maxIops)],
    ['Baseline throughput', `${num(v.baselineThroughputMiBps)} MiB/s`],
    ['Maximum throughput', `${num(v.maxThroughputMiBps)} MiB/s`],
  );
  if (v.creditBucket) {
    rows.push(
      ['Credit bucket', `${num(v.creditBucket.capacity)} ${v.creditBucket.unit}`],
      [
        'Burst (full bucket)',
        v.burstable ? seconds(v.burstSeconds) : 'does not burst (baseline meets the burst rate)',
      ],
      ['Refill (empty bucket)', seconds(v.refillSeconds)],
    );
    if (v.creditBucket.balancePercent !== 100)
      rows.push([
        `Burst at ${num(v.creditBucket.balancePercent)}% balance`,
        seconds(v.creditBucket.burstSecondsFromBalance),
      ]);
  }
  if (v.instance) {
    const e = v.effective;
    rows.push(
      ['Instance', v.instance.name ?? 'typed-in limits'],
      ['Effective baseline IOPS', `${num(e.baselineIops)} (limited by the ${e.baselineIopsLimitedBy})`],
      ['Effective maximum IOPS', `${num(e.maxIops)} (limited by the ${e.iopsLimitedBy})`],
      [
        'Effective baseline throughput',
        `${num(e.baselineThroughputMiBps)} MiB/s (limited by the ${e.baselineThroughputLimitedBy})`,
      ],
      [
        'Effective maximum throughput',
        `${num(e.maxThroughputMiBps)} MiB/s (limited by the ${e.throughputLimitedBy})`,
      ],
    );
  }
  rows.push(['Valid for AWS', v.valid ? 'yes' : 'no (see the problems below)']);
  return rows;
}
