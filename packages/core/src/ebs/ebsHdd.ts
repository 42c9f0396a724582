import { ebsBurstModel } from './ebsBurstModel.ts';
import { type FamilyInput, type Figures, fmt, ioThroughput, refuseProvisioned } from './ebsFigures.ts';
import { HDD_CREDIT_IO_SIZE_KIB, SC1, ST1 } from './ebsLimits.ts';

/**
 * st1 and sc1: throughput follows from size (MiB/s per TiB) with a burst from a throughput credit
 * bucket; every I/O of 1 MiB or less costs 1 MiB of credits, so small random I/O gets a fraction.
 */
export function hddFigures(input: FamilyInput & { readonly type: 'st1' | 'sc1' }): Figures {
  const { type, sizeGiB, ioSizeKiB, warnings, trace } = input;
  refuseProvisioned(input, 'iops', `${type} IOPS follow from throughput at 1 MiB per I/O`);
  refuseProvisioned(input, 'throughputMiBps', `${type} throughput follows from size (MiB/s per TiB)`);
  const rules = type === 'st1' ? ST1 : SC1;
  const model = ebsBurstModel(type, sizeGiB, trace);
  const ioKiB = ioSizeKiB ?? HDD_CREDIT_IO_SIZE_KIB.value;
  const creditKiB = Math.max(ioKiB, HDD_CREDIT_IO_SIZE_KIB.value);
  if (ioKiB < HDD_CREDIT_IO_SIZE_KIB.value) {
    warnings.push({
      code: 'hdd_small_io',
      message: `${type} counts every I/O of 1 MiB or less as a full 1 MiB of credits; at ${fmt(ioKiB)} KiB random I/O it delivers a fraction of its rated throughput. Sequential I/O is merged into 1 MiB blocks; for small random I/O AWS recommends an SSD type.`,
    });
  }
  const iopsAt = (throughput: number) => Math.min(rules.maxIops.value, (throughput * 1024) / creditKiB);
  const baselineIops = trace.step({
    id: `${type}_baseline_iops`,
    formula: `min(${rules.maxIops.value}, baseline MiB/s ÷ credit per I/O (max(I/O size, 1 MiB)))`,
    inputs: { baselineMiBps: model.baseline, ioSizeKiB: ioKiB, creditKiB },
    value: iopsAt(model.baseline),
    unit: 'IOPS',
    source: HDD_CREDIT_IO_SIZE_KIB.source,
  });
  const maxIops = trace.step({
    id: `${type}_max_iops`,
    formula: `min(${rules.maxIops.value}, burst MiB/s ÷ credit per I/O (max(I/O size, 1 MiB)))`,
    inputs: { burstMiBps: model.ceiling, ioSizeKiB: ioKiB, creditKiB },
    value: iopsAt(model.ceiling),
    unit: 'IOPS',
    source: rules.maxIops.source,
  });
  return {
    iops: null,
    throughputMiBps: null,
    nearestIops: null,
    nearestThroughputMiBps: null,
    ioSizeKiB: ioKiB,
    baselineIops,
    maxIops,
    baselineThroughputMiBps: Math.min(model.baseline, ioThroughput(baselineIops, ioKiB)),
    maxThroughputMiBps: Math.min(model.ceiling, ioThroughput(maxIops, ioKiB)),
    model,
  };
}
