import { capByIoSize, type FamilyInput, type Figures, refuseProvisioned } from './ebsFigures.ts';
import { STANDARD } from './ebsLimits.ts';

/** Magnetic (standard): previous generation, no published credit model; AWS's ranges as figures. */
export function ebsStandardFigures(input: FamilyInput): Figures {
  const { ioSizeKiB, trace } = input;
  refuseProvisioned(input, 'iops', 'magnetic volumes average about 100 IOPS');
  refuseProvisioned(input, 'throughputMiBps', 'magnetic volumes deliver 40–90 MiB/s');
  input.warnings.push({
    code: 'previous_generation',
    message:
      "Magnetic (standard) is a previous-generation type with no published credit model; its figures are AWS's ranges (about 100 IOPS on average, bursts to hundreds; 40–90 MiB/s). Prefer gp3.",
  });
  const baselineIops = STANDARD.averageIops.value;
  const maxIops = STANDARD.maxIops.value;
  trace.step({
    id: 'standard_iops',
    formula: 'AWS: about 100 IOPS on average, bursts to hundreds (40–200)',
    inputs: {},
    value: baselineIops,
    unit: 'IOPS',
    source: STANDARD.averageIops.source,
  });
  const baselineThroughput = capByIoSize(
    trace,
    'standard_baseline_throughput',
    STANDARD.minThroughputMiBps.value,
    baselineIops,
    ioSizeKiB,
    STANDARD.minThroughputMiBps.source,
  );
  const maxThroughput = capByIoSize(
    trace,
    'standard_max_throughput',
    STANDARD.maxThroughputMiBps.value,
    maxIops,
    ioSizeKiB,
    STANDARD.maxThroughputMiBps.source,
  );
  return {
    iops: null,
    throughputMiBps: null,
    nearestIops: null,
    nearestThroughputMiBps: null,
    ioSizeKiB,
    baselineIops,
    maxIops,
    baselineThroughputMiBps: baselineThroughput,
    maxThroughputMiBps: maxThroughput,
    model: null,
  };
}
