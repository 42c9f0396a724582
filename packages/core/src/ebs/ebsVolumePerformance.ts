import { z } from 'zod';
import { defineCalculator, failure, type Issue, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import {
  ebsBurstModel,
  ebsBurstSecondsFrom,
  ebsRefillSeconds,
  ebsRoundSecondsLikeAws,
} from './ebsBurstModel.ts';
import { type EbsInstanceCap, ebsResolveInstanceCap } from './ebsInstanceCap.ts';
import {
  EBS_IO_CHARACTERISTICS_PAGE,
  EBS_SIZE_RANGE,
  type EbsVolumeType,
  GP2,
  GP3,
  HDD_CREDIT_IO_SIZE_KIB,
  IO1,
  IO2,
  SC1,
  ST1,
  STANDARD,
} from './ebsLimits.ts';
import {
  ebsInputError,
  ebsInstanceSchema,
  ebsIoSizeSchema,
  ebsSizeSchema,
  ebsVolumeTypeSchema,
  wholeNumber,
} from './ebsSchemas.ts';

export const EbsVolumeInput = z.object(
  {
    type: ebsVolumeTypeSchema,
    sizeGiB: ebsSizeSchema,
    /** Provisioned IOPS (gp3, io1, io2 only). gp3 defaults to its included 3,000. */
    iops: wholeNumber('IOPS', '3000').optional(),
    /** Provisioned throughput in MiB/s (gp3 only); defaults to the included 125. */
    throughputMiBps: wholeNumber('Throughput (MiB/s)', '125').optional(),
    /** The workload's I/O size in KiB; throughput is capped at IOPS × I/O size. */
    ioSizeKiB: ebsIoSizeSchema.optional(),
    /** gp2/st1/sc1: the current credit balance as a percentage (CloudWatch BurstBalance); default 100. */
    creditBalancePercent: z
      .preprocess(
        (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value),
        z
          .number({ error: 'The credit balance is a percentage from 0 to 100, e.g. 40.' })
          .min(0, 'The credit balance is a percentage from 0 to 100, e.g. 40.')
          .max(100, 'The credit balance is a percentage from 0 to 100, e.g. 40.'),
      )
      .optional(),
    instance: ebsInstanceSchema,
  },
  { error: ebsInputError("{ type: 'gp2', sizeGiB: 100 }") },
);
export type EbsVolumeInput = z.input<typeof EbsVolumeInput>;
type ParsedVolume = z.output<typeof EbsVolumeInput>;

/** A reason AWS would reject the configuration, with the rule and the nearest valid values. */
export interface EbsProblem {
  readonly code: string;
  readonly message: string;
  readonly path: ReadonlyArray<string | number>;
  readonly rule: string;
  readonly source: string;
  /** Nearest valid values, e.g. `{ minimumIops: 4000, maximumThroughputMiBps: 750 }`. */
  readonly nearest: Readonly<Record<string, number>>;
}

export interface EbsCreditBucket {
  readonly capacity: number;
  readonly unit: 'I/O credits' | 'MiB of credits';
  readonly earnRate: number;
  readonly burstRate: number;
  readonly rateUnit: 'IOPS' | 'MiB/s';
  readonly balance: number;
  readonly balancePercent: number;
  /** Seconds the current balance sustains the burst rate (exact); null when the volume does not burst. */
  readonly burstSecondsFromBalance: number | null;
}

export interface EbsEffective {
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
  /** Which side sets the maximum: the volume (or array) or the instance. */
  readonly iopsLimitedBy: 'volume' | 'instance';
  readonly throughputLimitedBy: 'volume' | 'instance';
  /** Which side sets the baseline: the volume (or array), or the instance's EBS baseline (a bundled instance) or typed-in limit. */
  readonly baselineIopsLimitedBy: 'volume' | 'instance';
  readonly baselineThroughputLimitedBy: 'volume' | 'instance';
}

export interface EbsVolumePerformance {
  readonly type: EbsVolumeType;
  readonly sizeGiB: number;
  /** The provisioned IOPS as asked (gp3 default 3,000; io1/io2 null when missing); null for types that do not take IOPS. When AWS would reject it, the figures use the nearest valid value. */
  readonly iops: number | null;
  /** The provisioned throughput as asked (gp3, default 125), or null. */
  readonly throughputMiBps: number | null;
  /** The I/O size that caps throughput (IOPS × size), or null when AWS's documented curve is used as is. */
  readonly ioSizeKiB: number | null;
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
  readonly burstable: boolean;
  /** Seconds a full bucket sustains the burst, rounded to the nearest second like AWS's table; null when the volume does not burst. */
  readonly burstSeconds: number | null;
  readonly burstSecondsExact: number | null;
  /** Seconds to refill an empty bucket at baseline, rounded like AWS's table; null when the volume does not burst. */
  readonly refillSeconds: number | null;
  readonly refillSecondsExact: number | null;
  readonly creditBucket: EbsCreditBucket | null;
  readonly instance: EbsInstanceCap | null;
  readonly effective: EbsEffective;
  readonly valid: boolean;
  readonly problems: readonly EbsProblem[];
}

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 3 });

/**
 * What an EBS volume delivers and whether AWS accepts it: baseline and maximum IOPS and throughput,
 * the credit bucket for burstable types (gp2, st1, sc1), the instance cap, and every rule violated.
 *
 * @example
 * run(ebsVolumePerformance, { type: 'gp2', sizeGiB: 100 }).value
 * //=> { baselineIops: 300, maxIops: 3000, burstSeconds: 2000, refillSeconds: 18000, … }
 */
export const ebsVolumePerformance = defineCalculator({
  name: 'ebsVolumePerformance',
  schema: EbsVolumeInput,
  calculate: (input) => {
    const trace = new Trace();
    const evaluated = ebsEvaluateVolume(input, trace);
    if (!evaluated.ok) return failure(evaluated.issue);
    return success(evaluated.value, trace.steps, evaluated.warnings);
  },
});

/** The shared evaluation behind every EBS calculator (RAID 0, cost, migration, cheapest type). */
export function ebsEvaluateVolume(
  input: ParsedVolume,
  trace: Trace,
): { ok: true; value: EbsVolumePerformance; warnings: Warning[] } | { ok: false; issue: Issue } {
  const resolved = ebsResolveInstanceCap(input.instance, trace);
  if (!resolved.ok) return { ok: false, issue: resolved.issue };
  const cap = resolved.cap;
  const problems: EbsProblem[] = [];
  const warnings: Warning[] = [];
  const { type } = input;
  const iopsInput = input.iops as number | undefined;
  const throughputInput = input.throughputMiBps as number | undefined;
  const askedIoSizeKiB = (input.ioSizeKiB as number | undefined) ?? null;
  // SSD volumes split an I/O above 256 KiB into 256 KiB operations, so each counts against IOPS as
  // several: throughput is at most IOPS × 256 KiB whatever the application's I/O size.
  const ssd = type === 'gp2' || type === 'gp3' || type === 'io1' || type === 'io2';
  const ioSizeKiB =
    ssd && askedIoSizeKiB !== null && askedIoSizeKiB > GP2.maxIoSizeKiB.value
      ? trace.step({
          id: 'ssd_io_size_counted',
          formula: 'min(I/O size, 256 KiB): larger SSD I/Os are split into 256 KiB operations',
          inputs: { ioSizeKiB: askedIoSizeKiB, maxIoSizeKiB: GP2.maxIoSizeKiB.value },
          value: GP2.maxIoSizeKiB.value,
          unit: 'KiB',
          source: EBS_IO_CHARACTERISTICS_PAGE,
        })
      : askedIoSizeKiB;
  if (ioSizeKiB !== askedIoSizeKiB) {
    warnings.push({
      code: 'ssd_io_split',
      message: `${type} counts an I/O above 256 KiB as several 256 KiB operations (a ${fmt(askedIoSizeKiB ?? 0)} KiB I/O uses ${fmt(Math.ceil((askedIoSizeKiB ?? 0) / GP2.maxIoSizeKiB.value))} IOPS), so throughput is at most IOPS × 256 KiB.`,
    });
  }

  const range = EBS_SIZE_RANGE[type];
  let sizeGiB = input.sizeGiB;
  if (sizeGiB < range.min || sizeGiB > range.max) {
    const nearest = sizeGiB < range.min ? range.min : range.max;
    problems.push({
      code: sizeGiB < range.min ? 'size_below_minimum' : 'size_above_maximum',
      path: ['sizeGiB'],
      rule: `${type} size ${fmt(range.min)}–${fmt(range.max)} GiB`,
      source: range.source,
      nearest: { sizeGiB: nearest },
      message: `${type} volumes are ${fmt(range.min)} to ${fmt(range.max)} GiB; ${fmt(sizeGiB)} GiB is ${sizeGiB < range.min ? 'too small' : 'too large'} (nearest valid: ${fmt(nearest)} GiB). Figures below are for ${fmt(nearest)} GiB.`,
    });
    sizeGiB = nearest;
  }
  const notProvisionable = (field: 'iops' | 'throughputMiBps', why: string) =>
    problems.push({
      code: field === 'iops' ? 'iops_not_provisionable' : 'throughput_not_provisionable',
      path: [field],
      rule: why,
      source: range.source,
      nearest: {},
      message: `${type} does not take provisioned ${field === 'iops' ? 'IOPS' : 'throughput'}: ${why}. Leave it out${type === 'gp2' || type === 'io1' || type === 'io2' ? ', or choose gp3 to set it' : ''}.`,
    });

  let figures: Figures;
  switch (type) {
    case 'gp2':
      if (iopsInput !== undefined) notProvisionable('iops', 'gp2 IOPS follow from size (3 IOPS per GiB)');
      if (throughputInput !== undefined)
        notProvisionable('throughputMiBps', 'gp2 throughput follows from IOPS × I/O size, up to 250 MiB/s');
      figures = gp2Figures(sizeGiB, ioSizeKiB, trace);
      break;
    case 'gp3':
      figures = gp3Figures(sizeGiB, iopsInput, throughputInput, ioSizeKiB, problems, trace);
      break;
    case 'io1':
    case 'io2':
      if (throughputInput !== undefined)
        notProvisionable(
          'throughputMiBps',
          `${type} throughput follows from provisioned IOPS (${type === 'io1' ? '256 KiB per I/O up to 32,000 IOPS, then 16 KiB per IOPS' : '0.256 MiB/s per IOPS'})`,
        );
      figures = provisionedIopsFigures(type, sizeGiB, iopsInput, ioSizeKiB, problems, warnings, trace);
      break;
    case 'st1':
    case 'sc1':
      if (iopsInput !== undefined)
        notProvisionable('iops', `${type} IOPS follow from throughput at 1 MiB per I/O`);
      if (throughputInput !== undefined)
        notProvisionable('throughputMiBps', `${type} throughput follows from size (MiB/s per TiB)`);
      figures = hddFigures(type, sizeGiB, ioSizeKiB, warnings, trace);
      break;
    case 'standard':
      if (iopsInput !== undefined) notProvisionable('iops', 'magnetic volumes average about 100 IOPS');
      if (throughputInput !== undefined)
        notProvisionable('throughputMiBps', 'magnetic volumes deliver 40–90 MiB/s');
      figures = standardFigures(ioSizeKiB, trace);
      warnings.push({
        code: 'previous_generation',
        message:
          "Magnetic (standard) is a previous-generation type with no published credit model; its figures are AWS's ranges (about 100 IOPS on average, bursts to hundreds; 40–90 MiB/s). Prefer gp3.",
      });
      break;
  }

  let creditBucket: EbsCreditBucket | null = null;
  let burstSeconds: number | null = null;
  let burstSecondsExact: number | null = null;
  let refillSeconds: number | null = null;
  let refillSecondsExact: number | null = null;
  const model = figures.model;
  if (model) {
    if (model.burstable) {
      burstSecondsExact = trace.step({
        id: 'burst_seconds_full_bucket',
        formula: `bucket ÷ (burst − baseline) (${model.creditUnit} ÷ ${model.rateUnit})`,
        inputs: { bucket: model.bucket, burst: model.ceiling, baseline: model.baseline },
        value: ebsBurstSecondsFrom(model.bucket, model) ?? 0,
        unit: 's',
        source: model.source,
      });
      burstSeconds = trace.step({
        id: 'burst_seconds_rounded',
        formula: "round to the nearest second, as AWS's gp2 table does (334 GiB: 2,702.7 → 2,703)",
        inputs: { exact: burstSecondsExact },
        value: ebsRoundSecondsLikeAws(burstSecondsExact),
        unit: 's',
        source: model.source,
      });
      refillSecondsExact = trace.step({
        id: 'refill_seconds_empty_bucket',
        formula: `bucket ÷ baseline (earn rate, no I/O above baseline)`,
        inputs: { bucket: model.bucket, baseline: model.baseline },
        value: ebsRefillSeconds(model) ?? 0,
        unit: 's',
        source: model.source,
      });
      refillSeconds = trace.step({
        id: 'refill_seconds_rounded',
        formula: "round to the nearest second, as AWS's gp2 table does (334 GiB: 5,389.2 → 5,389)",
        inputs: { exact: refillSecondsExact },
        value: ebsRoundSecondsLikeAws(refillSecondsExact),
        unit: 's',
        source: model.source,
      });
    }
    const balancePercent = (input.creditBalancePercent as number | undefined) ?? 100;
    const balance = (model.bucket * balancePercent) / 100;
    const fromBalance = ebsBurstSecondsFrom(balance, model);
    if (fromBalance !== undefined && balancePercent !== 100) {
      trace.step({
        id: 'burst_seconds_from_balance',
        formula: 'balance ÷ (burst − baseline)',
        inputs: { balance, burst: model.ceiling, baseline: model.baseline },
        value: fromBalance,
        unit: 's',
        source: model.source,
      });
    }
    creditBucket = {
      capacity: model.bucket,
      unit: model.creditUnit,
      earnRate: model.baseline,
      burstRate: model.ceiling,
      rateUnit: model.rateUnit,
      balance,
      balancePercent,
      burstSecondsFromBalance: fromBalance ?? null,
    };
  }

  if (!model && input.creditBalancePercent !== undefined) {
    warnings.push({
      code: 'credit_balance_ignored',
      message: `${type} has no credit bucket (only gp2, st1 and sc1 do), so the credit balance of ${fmt(input.creditBalancePercent as number)}% changes nothing.`,
    });
  }
  if (problems.length > 0) {
    const parts = [
      `${fmt(sizeGiB)} GiB`,
      ...(figures.nearestIops !== null ? [`${fmt(figures.nearestIops)} IOPS`] : []),
      ...(figures.nearestThroughputMiBps !== null ? [`${fmt(figures.nearestThroughputMiBps)} MiB/s`] : []),
    ];
    warnings.push({
      code: 'figures_for_nearest_valid',
      message: `AWS would reject this configuration; the figures are for the nearest valid one (${parts.join(', ')}).`,
    });
  }
  const effective = applyCap(figures, cap, trace, warnings);
  return {
    ok: true,
    warnings,
    value: {
      type,
      sizeGiB: input.sizeGiB,
      iops: figures.iops,
      throughputMiBps: figures.throughputMiBps,
      ioSizeKiB: figures.ioSizeKiB,
      baselineIops: figures.baselineIops,
      maxIops: figures.maxIops,
      baselineThroughputMiBps: figures.baselineThroughputMiBps,
      maxThroughputMiBps: figures.maxThroughputMiBps,
      burstable: model?.burstable ?? false,
      burstSeconds,
      burstSecondsExact,
      refillSeconds,
      refillSecondsExact,
      creditBucket,
      instance: cap,
      effective,
      valid: problems.length === 0,
      problems,
    },
  };
}

interface Figures {
  /** What was provisioned (asked for, or the type's default), which AWS may reject. */
  iops: number | null;
  throughputMiBps: number | null;
  /** The nearest valid provisioned values, which the figures use. */
  nearestIops: number | null;
  nearestThroughputMiBps: number | null;
  ioSizeKiB: number | null;
  baselineIops: number;
  maxIops: number;
  baselineThroughputMiBps: number;
  maxThroughputMiBps: number;
  model: ReturnType<typeof ebsBurstModel> | null;
}

/** Throughput at an I/O size: IOPS × KiB ÷ 1,024. */
function ioThroughput(iops: number, ioSizeKiB: number): number {
  return (iops * ioSizeKiB) / 1024;
}

function capByIoSize(
  trace: Trace,
  id: string,
  limit: number,
  iops: number,
  ioSizeKiB: number | null,
  source: string,
): number {
  if (ioSizeKiB === null) return limit;
  return trace.step({
    id,
    formula: 'min(volume throughput limit, IOPS × I/O size KiB ÷ 1,024)',
    inputs: { limitMiBps: limit, iops, ioSizeKiB },
    value: Math.min(limit, ioThroughput(iops, ioSizeKiB)),
    unit: 'MiB/s',
    source,
  });
}

function gp2Figures(sizeGiB: number, ioSizeInput: number | null, trace: Trace): Figures {
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

function gp3Figures(
  sizeGiB: number,
  iopsInput: number | undefined,
  throughputInput: number | undefined,
  ioSizeKiB: number | null,
  problems: EbsProblem[],
  trace: Trace,
): Figures {
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

function provisionedIopsFigures(
  type: 'io1' | 'io2',
  sizeGiB: number,
  iopsInput: number | undefined,
  ioSizeKiB: number | null,
  problems: EbsProblem[],
  warnings: Warning[],
  trace: Trace,
): Figures {
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

function hddFigures(
  type: 'st1' | 'sc1',
  sizeGiB: number,
  ioSizeKiB: number | null,
  warnings: Warning[],
  trace: Trace,
): Figures {
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

function standardFigures(ioSizeKiB: number | null, trace: Trace): Figures {
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

function applyCap(
  figures: Figures,
  cap: EbsInstanceCap | null,
  trace: Trace,
  warnings: Warning[],
): EbsEffective {
  return ebsEffectiveOnInstance(figures, cap, trace, warnings, { id: '', what: 'volume' });
}

/** The volume-side figures an instance caps: one volume's, or a RAID 0 array's aggregate. */
export interface EbsVolumeSideFigures {
  readonly baselineIops: number;
  readonly maxIops: number;
  readonly baselineThroughputMiBps: number;
  readonly maxThroughputMiBps: number;
}

/**
 * The figures on the instance. Maximum = min(volume maximum, instance EBS maximum). Baseline =
 * min(volume baseline, instance EBS baseline) for a bundled instance (what it sustains after its
 * 30-minute burst), or min(volume baseline, typed-in limit) when the limits were typed in. Says
 * which side binds each figure and warns when the instance's burst window limits the workload.
 */
export function ebsEffectiveOnInstance(
  figures: EbsVolumeSideFigures,
  cap: EbsInstanceCap | null,
  trace: Trace,
  warnings: Warning[],
  side: { readonly id: string; readonly what: 'volume' | 'array' },
): EbsEffective {
  const capIops = cap?.maxIops ?? Number.POSITIVE_INFINITY;
  const capThroughput = cap?.maxThroughputMiBps ?? Number.POSITIVE_INFINITY;
  const baselineCapIops = Math.min(cap?.baselineIops ?? capIops, capIops);
  const baselineCapThroughput = Math.min(cap?.baselineThroughputMiBps ?? capThroughput, capThroughput);
  const effective: EbsEffective = {
    baselineIops: Math.min(figures.baselineIops, baselineCapIops),
    maxIops: Math.min(figures.maxIops, capIops),
    baselineThroughputMiBps: Math.min(figures.baselineThroughputMiBps, baselineCapThroughput),
    maxThroughputMiBps: Math.min(figures.maxThroughputMiBps, capThroughput),
    iopsLimitedBy: figures.maxIops > capIops ? 'instance' : 'volume',
    throughputLimitedBy: figures.maxThroughputMiBps > capThroughput ? 'instance' : 'volume',
    baselineIopsLimitedBy: figures.baselineIops > baselineCapIops ? 'instance' : 'volume',
    baselineThroughputLimitedBy:
      figures.baselineThroughputMiBps > baselineCapThroughput ? 'instance' : 'volume',
  };
  if (cap) {
    const what = side.what;
    const source = cap.source ? { source: cap.source } : {};
    trace.step({
      id: `${side.id}effective_baseline_iops`,
      formula:
        cap.baselineIops !== null
          ? `min(${what} baseline IOPS, instance EBS baseline IOPS)`
          : `min(${what} baseline IOPS, instance EBS maximum IOPS)`,
      inputs: { [what]: figures.baselineIops, instance: cap.baselineIops ?? cap.maxIops ?? 'none' },
      value: effective.baselineIops,
      unit: 'IOPS',
      ...source,
    });
    trace.step({
      id: `${side.id}effective_max_iops`,
      formula: `min(${what} maximum IOPS, instance EBS maximum IOPS)`,
      inputs: { [what]: figures.maxIops, instance: cap.maxIops ?? 'none' },
      value: effective.maxIops,
      unit: 'IOPS',
      ...source,
    });
    trace.step({
      id: `${side.id}effective_baseline_throughput`,
      formula:
        cap.baselineThroughputMiBps !== null
          ? `min(${what} baseline throughput, instance EBS baseline throughput)`
          : `min(${what} baseline throughput, instance EBS maximum throughput)`,
      inputs: {
        [what]: figures.baselineThroughputMiBps,
        instance: cap.baselineThroughputMiBps ?? cap.maxThroughputMiBps ?? 'none',
      },
      value: effective.baselineThroughputMiBps,
      unit: 'MiB/s',
      ...source,
    });
    trace.step({
      id: `${side.id}effective_max_throughput`,
      formula: `min(${what} maximum throughput, instance EBS maximum throughput)`,
      inputs: { [what]: figures.maxThroughputMiBps, instance: cap.maxThroughputMiBps ?? 'none' },
      value: effective.maxThroughputMiBps,
      unit: 'MiB/s',
      ...source,
    });
    const aboveBaseline =
      (cap.baselineIops !== null &&
        cap.maxIops !== null &&
        cap.baselineIops < cap.maxIops &&
        effective.maxIops > cap.baselineIops) ||
      (cap.baselineThroughputMiBps !== null &&
        cap.maxThroughputMiBps !== null &&
        cap.baselineThroughputMiBps < cap.maxThroughputMiBps &&
        effective.maxThroughputMiBps > cap.baselineThroughputMiBps);
    if (cap.name && aboveBaseline) {
      warnings.push({
        code: 'instance_burst_limited',
        message: `${cap.name} sustains its EBS maximum for 30 minutes at least once every 24 hours, then drops to its baseline of ${fmt(cap.baselineIops ?? 0)} IOPS and ${fmt(cap.baselineThroughputMiBps ?? 0)} MiB/s; the effective baseline of this ${what} is ${fmt(effective.baselineIops)} IOPS and ${fmt(effective.baselineThroughputMiBps)} MiB/s.`,
      });
    }
  }
  return effective;
}
