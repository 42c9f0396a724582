import { capByIoSize, type FamilyInput, type Figures, fmt } from './ebsFigures.ts';
import { GP3 } from './ebsLimits.ts';

/**
 * gp3: 3,000 IOPS and 125 MiB/s included at any size; more IOPS up to 500 per GiB (80,000 at most)
 * and more throughput up to 0.25 MiB/s per provisioned IOPS (2,000 at most). Values AWS would refuse
 * are problems, and the figures use the nearest valid ones.
 */
export function gp3Figures(input: FamilyInput): Figures {
  const { sizeGiB, ioSizeKiB, problems, trace } = input;
  const iopsInput = input.iops;
  const throughputInput = input.throughputMiBps;
  const iops = iopsInput ?? GP3.baselineIops.value;
  const throughput = throughputInput ?? GP3.baselineThroughputMiBps.value;
  const ratioMax = Math.max(GP3.baselineIops.value, GP3.iopsPerGiB.value * sizeGiB);
  const iopsCeiling = trace.step({
    id: 'gp3_max_iops_for_size',
    formula: 'min(80,000, max(3,000 included, 500 IOPS per GiB × size))',
    inputs: { sizeGiB, iopsPerGiB: GP3.iopsPerGiB.value, maxIops: GP3.maxIops.value },
    value: Math.min(GP3.maxIops.value, ratioMax),
    unit: 'IOPS',
    source: GP3.iopsPerGiB.source,
  });
  if (iops < GP3.baselineIops.value) {
    problems.push({
      code: 'iops_below_minimum',
      path: ['iops'],
      rule: 'gp3 IOPS 3,000–80,000',
      source: GP3.baselineIops.source,
      nearest: { iops: GP3.baselineIops.value },
      message: `gp3 volumes have at least 3,000 IOPS (included in the price); ${fmt(iops)} is below it — use 3,000.`,
    });
  } else if (iops > GP3.maxIops.value) {
    problems.push({
      code: 'iops_above_maximum',
      path: ['iops'],
      rule: 'gp3 IOPS 3,000–80,000',
      source: GP3.maxIops.source,
      nearest: { iops: GP3.maxIops.value },
      message: `gp3 volumes allow at most 80,000 IOPS; ${fmt(iops)} is above it (for more, use io2 Block Express, up to 256,000).`,
    });
  }
  if (iops > GP3.baselineIops.value && iops > GP3.iopsPerGiB.value * sizeGiB && iops <= GP3.maxIops.value) {
    const minimumSizeGiB = Math.ceil(iops / GP3.iopsPerGiB.value);
    problems.push({
      code: 'iops_ratio_exceeded',
      path: ['iops'],
      rule: 'gp3 at most 500 IOPS per GiB',
      source: GP3.iopsPerGiB.source,
      nearest: { maximumIops: iopsCeiling, minimumSizeGiB },
      message: `gp3 ${fmt(iops)} IOPS on ${fmt(sizeGiB)} GiB exceeds 500 IOPS per GiB: at most ${fmt(iopsCeiling)} IOPS on ${fmt(sizeGiB)} GiB, or at least ${fmt(minimumSizeGiB)} GiB for ${fmt(iops)} IOPS.`,
    });
  }
  const effectiveIops = Math.min(Math.max(iops, GP3.baselineIops.value), iopsCeiling);
  const throughputCeiling = trace.step({
    id: 'gp3_max_throughput_for_iops',
    formula: 'min(2,000, 0.25 MiB/s per provisioned IOPS × IOPS)',
    inputs: { iops: effectiveIops, throughputPerIops: GP3.throughputPerIops.value },
    value: Math.min(GP3.maxThroughputMiBps.value, GP3.throughputPerIops.value * effectiveIops),
    unit: 'MiB/s',
    source: GP3.throughputPerIops.source,
  });
  if (throughput < GP3.baselineThroughputMiBps.value) {
    problems.push({
      code: 'throughput_below_minimum',
      path: ['throughputMiBps'],
      rule: 'gp3 throughput 125–2,000 MiB/s',
      source: GP3.baselineThroughputMiBps.source,
      nearest: { throughputMiBps: GP3.baselineThroughputMiBps.value },
      message: `gp3 volumes have at least 125 MiB/s (included in the price); ${fmt(throughput)} MiB/s is below it — use 125.`,
    });
  } else if (throughput > GP3.maxThroughputMiBps.value) {
    problems.push({
      code: 'throughput_above_maximum',
      path: ['throughputMiBps'],
      rule: 'gp3 throughput 125–2,000 MiB/s',
      source: GP3.maxThroughputMiBps.source,
      nearest: { throughputMiBps: GP3.maxThroughputMiBps.value },
      message: `gp3 volumes allow at most 2,000 MiB/s; ${fmt(throughput)} MiB/s is above it (io2 Block Express reaches 4,000).`,
    });
  } else if (throughput > GP3.throughputPerIops.value * iops) {
    const minimumIops = Math.ceil(throughput / GP3.throughputPerIops.value);
    const maximumThroughputMiBps = Math.floor(GP3.throughputPerIops.value * iops);
    const sizeNote =
      minimumIops > GP3.iopsPerGiB.value * sizeGiB
        ? ` (and ${fmt(minimumIops)} IOPS needs at least ${fmt(Math.ceil(minimumIops / GP3.iopsPerGiB.value))} GiB)`
        : '';
    problems.push({
      code: 'throughput_ratio_exceeded',
      path: ['throughputMiBps'],
      rule: 'gp3 at most 0.25 MiB/s per provisioned IOPS',
      source: GP3.throughputPerIops.source,
      nearest: { minimumIops, maximumThroughputMiBps },
      message: `gp3 throughput ${fmt(throughput)} MiB/s needs at least ${fmt(minimumIops)} IOPS (0.25 MiB/s per IOPS)${sizeNote}; with ${fmt(iops)} IOPS the most is ${fmt(maximumThroughputMiBps)} MiB/s.`,
    });
  }
  const effectiveThroughput = Math.min(
    Math.max(throughput, GP3.baselineThroughputMiBps.value),
    throughputCeiling,
  );
  const delivered = capByIoSize(
    trace,
    'gp3_throughput_at_io_size',
    effectiveThroughput,
    effectiveIops,
    ioSizeKiB,
    GP3.throughputPerIops.source,
  );
  return {
    iops,
    throughputMiBps: throughput,
    nearestIops: effectiveIops,
    nearestThroughputMiBps: effectiveThroughput,
    ioSizeKiB,
    baselineIops: effectiveIops,
    maxIops: effectiveIops,
    baselineThroughputMiBps: delivered,
    maxThroughputMiBps: delivered,
    model: null,
  };
}
