import { ebsBurstModel } from './ebsBurstModel.ts';
import { type FamilyInput, type Figures, ioThroughput, refuseProvisioned } from './ebsFigures.ts';
import { GP2 } from './ebsLimits.ts';

/**
 * gp2: IOPS follow from size (3 per GiB, at least 100) with a burst to 3,000 from an I/O credit
 * bucket; throughput is IOPS × I/O size (256 KiB by default), capped at 128 or 250 MiB/s by size.
 */
export function gp2Figures(input: FamilyInput): Figures {
  const { sizeGiB, trace } = input;
  refuseProvisioned(input, 'iops', 'gp2 IOPS follow from size (3 IOPS per GiB)');
  refuseProvisioned(input, 'throughputMiBps', 'gp2 throughput follows from IOPS × I/O size, up to 250 MiB/s');
  const ioSizeInput = input.ioSizeKiB;
  const model = ebsBurstModel('gp2', sizeGiB, trace);
  const ioSizeKiB = ioSizeInput ?? GP2.maxIoSizeKiB.value;
  const cap =
    sizeGiB <= GP2.smallVolumeMaxGiB.value
      ? GP2.smallVolumeThroughputMiBps.value
      : GP2.maxThroughputMiBps.value;
  trace.step({
    id: 'gp2_throughput_limit',
    formula:
      sizeGiB <= GP2.smallVolumeMaxGiB.value
        ? '170 GiB or smaller: 128 MiB/s'
        : 'larger than 170 GiB: 250 MiB/s',
    inputs: { sizeGiB },
    value: cap,
    unit: 'MiB/s',
    source: GP2.maxThroughputMiBps.source,
  });
  const baselineThroughputMiBps = trace.step({
    id: 'gp2_baseline_throughput',
    formula: 'min(limit, baseline IOPS × I/O size KiB ÷ 1,024)',
    inputs: { baselineIops: model.baseline, ioSizeKiB, limitMiBps: cap },
    value: Math.min(cap, ioThroughput(model.baseline, ioSizeKiB)),
    unit: 'MiB/s',
    source: GP2.maxIoSizeKiB.source,
  });
  const maxThroughputMiBps = trace.step({
    id: 'gp2_max_throughput',
    formula: 'min(limit, maximum IOPS × I/O size KiB ÷ 1,024)',
    inputs: { maxIops: model.ceiling, ioSizeKiB, limitMiBps: cap },
    value: Math.min(cap, ioThroughput(model.ceiling, ioSizeKiB)),
    unit: 'MiB/s',
    source: GP2.maxIoSizeKiB.source,
  });
  return {
    iops: null,
    throughputMiBps: null,
    nearestIops: null,
    nearestThroughputMiBps: null,
    ioSizeKiB,
    baselineIops: model.baseline,
    maxIops: model.ceiling,
    baselineThroughputMiBps,
    maxThroughputMiBps,
    model,
  };
}
