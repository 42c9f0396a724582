import {
  capByIoSize,
  type FamilyInput,
  type Figures,
  fmt,
  ioThroughput,
  refuseProvisioned,
} from './ebsFigures.ts';
import { IO1, IO2 } from './ebsLimits.ts';

/**
 * io1 and io2 (Block Express): IOPS are provisioned (required) up to a ratio per GiB; throughput
 * follows from IOPS (io1: 256 KiB per I/O up to 32,000 IOPS, then 16 KiB per IOPS; io2: 0.256 MiB/s
 * per IOPS).
 */
export function provisionedIopsFigures(input: FamilyInput & { readonly type: 'io1' | 'io2' }): Figures {
  const { type, sizeGiB, ioSizeKiB, problems, warnings, trace } = input;
  const iopsInput = input.iops;
  refuseProvisioned(
    input,
    'throughputMiBps',
    `${type} throughput follows from provisioned IOPS (${type === 'io1' ? '256 KiB per I/O up to 32,000 IOPS, then 16 KiB per IOPS' : '0.256 MiB/s per IOPS'})`,
  );
  const rules = type === 'io1' ? IO1 : IO2;
  const ratio = rules.iopsPerGiB.value;
  const iopsCeiling = trace.step({
    id: `${type}_max_iops_for_size`,
    formula: `min(${fmt(rules.maxIops.value)}, ${ratio} IOPS per GiB × size)`,
    inputs: { sizeGiB, iopsPerGiB: ratio },
    value: Math.min(rules.maxIops.value, ratio * sizeGiB),
    unit: 'IOPS',
    source: rules.iopsPerGiB.source,
  });
  let iops = iopsInput ?? iopsCeiling;
  if (iopsInput === undefined) {
    problems.push({
      code: 'iops_required',
      path: ['iops'],
      rule: `${type} needs provisioned IOPS`,
      source: rules.minIops.source,
      nearest: { minimumIops: rules.minIops.value, maximumIops: iopsCeiling },
      message: `${type} volumes need provisioned IOPS: between ${fmt(rules.minIops.value)} and ${fmt(iopsCeiling)} for ${fmt(sizeGiB)} GiB. Figures below assume ${fmt(iopsCeiling)}.`,
    });
  } else if (iops < rules.minIops.value) {
    problems.push({
      code: 'iops_below_minimum',
      path: ['iops'],
      rule: `${type} IOPS ${fmt(rules.minIops.value)}–${fmt(rules.maxIops.value)}`,
      source: rules.minIops.source,
      nearest: { iops: rules.minIops.value },
      message: `${type} volumes need at least ${fmt(rules.minIops.value)} IOPS; ${fmt(iops)} is below it.`,
    });
    iops = rules.minIops.value;
  } else if (iops > rules.maxIops.value) {
    problems.push({
      code: 'iops_above_maximum',
      path: ['iops'],
      rule: `${type} IOPS ${fmt(rules.minIops.value)}–${fmt(rules.maxIops.value)}`,
      source: rules.maxIops.source,
      nearest: { iops: rules.maxIops.value },
      message: `${type} volumes allow at most ${fmt(rules.maxIops.value)} IOPS; ${fmt(iops)} is above it${type === 'io1' ? ' (io2 Block Express reaches 256,000)' : ' (beyond it, stripe volumes in RAID 0)'}.`,
    });
    iops = iopsCeiling;
  } else if (iops > ratio * sizeGiB) {
    const minimumSizeGiB = Math.ceil(iops / ratio);
    problems.push({
      code: 'iops_ratio_exceeded',
      path: ['iops'],
      rule: `${type} at most ${ratio} IOPS per GiB`,
      source: rules.iopsPerGiB.source,
      nearest: { maximumIops: iopsCeiling, minimumSizeGiB },
      message: `${type} ${fmt(iops)} IOPS on ${fmt(sizeGiB)} GiB exceeds ${ratio} IOPS per GiB: at most ${fmt(iopsCeiling)} IOPS on ${fmt(sizeGiB)} GiB, or at least ${fmt(minimumSizeGiB)} GiB for ${fmt(iops)} IOPS.`,
    });
    iops = iopsCeiling;
  }
  if (iops > rules.nitroOnlyAboveIops.value) {
    warnings.push({
      code: 'nitro_required',
      message: `More than 32,000 IOPS is achieved only on instances built on the Nitro System; other instances reach 32,000.`,
    });
  }
  let limit: number;
  if (type === 'io1') {
    limit =
      iops <= IO1.lowIopsLimit.value
        ? trace.step({
            id: 'io1_throughput_limit',
            formula: 'up to 32,000 IOPS: min(500, IOPS × 256 KiB ÷ 1,024)',
            inputs: { iops, ioSizeKiB: IO1.lowIopsIoSizeKiB.value },
            value: Math.min(
              IO1.lowIopsMaxThroughputMiBps.value,
              ioThroughput(iops, IO1.lowIopsIoSizeKiB.value),
            ),
            unit: 'MiB/s',
            source: IO1.lowIopsLimit.source,
          })
        : trace.step({
            id: 'io1_throughput_limit',
            formula: 'above 32,000 IOPS: min(1,000, 16 KiB per provisioned IOPS × IOPS ÷ 1,024)',
            inputs: { iops, kibPerIops: IO1.highIopsKiBPerIops.value },
            value: Math.min(IO1.maxThroughputMiBps.value, ioThroughput(iops, IO1.highIopsKiBPerIops.value)),
            unit: 'MiB/s',
            source: IO1.highIopsKiBPerIops.source,
          });
  } else {
    limit = trace.step({
      id: 'io2_throughput_limit',
      formula: 'min(4,000, 0.256 MiB/s per provisioned IOPS × IOPS)',
      inputs: { iops, throughputPerIops: IO2.throughputPerIops.value },
      value: Math.min(IO2.maxThroughputMiBps.value, IO2.throughputPerIops.value * iops),
      unit: 'MiB/s',
      source: IO2.throughputPerIops.source,
    });
  }
  const delivered = capByIoSize(
    trace,
    `${type}_throughput_at_io_size`,
    limit,
    iops,
    ioSizeKiB,
    rules.iopsPerGiB.source,
  );
  return {
    iops: iopsInput ?? null,
    throughputMiBps: null,
    nearestIops: iops,
    nearestThroughputMiBps: null,
    ioSizeKiB,
    baselineIops: iops,
    maxIops: iops,
    baselineThroughputMiBps: delivered,
    maxThroughputMiBps: delivered,
    model: null,
  };
}
