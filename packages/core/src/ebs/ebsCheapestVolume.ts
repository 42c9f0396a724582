import type { z } from 'zod';
import { metaOf } from '../input/fieldMeta.ts';
import { monthHoursField, numberField, pricesField, switchField } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { Decimal } from '../money/decimal.ts';
import type { MonthConvention } from '../money/month.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { ebsPriceVolume } from './ebsCost.ts';
import { EBS_SIZE_RANGE, type EbsVolumeType, GP2, GP3, IO1, IO2, SC1, ST1 } from './ebsLimits.ts';
import { ebsIopsField, ebsIoSizeField, ebsSizeField, ebsThroughputField } from './ebsSchemas.ts';
import { ebsEvaluateVolume } from './ebsVolumePerformance.ts';

export const EbsCheapestVolumeInput = inputObject({
  /** IOPS the workload needs. */
  iops: numberField(
    { ...metaOf(ebsIopsField)!, description: 'IOPS the workload needs.', example: '10000' },
    { min: 1, max: 1e9, integer: true },
  ).optional(),
  /** Throughput the workload needs, MiB/s. */
  throughputMiBps: numberField(
    { ...metaOf(ebsThroughputField)!, description: 'Throughput the workload needs, MiB/s.', example: '500' },
    { above: 0, max: 1e12 },
  ).optional(),
  /** Capacity needed, GiB (default 1). */
  sizeGiB: ebsSizeField.optional(),
  /** The workload's I/O size (KiB): caps throughput at IOPS × size. */
  ioSizeKiB: ebsIoSizeField.optional(),
  /** Accept burst performance (gp2 credits, st1/sc1 throughput credits) as meeting the need. Default: the baseline must meet it. */
  allowBurst: switchField({
    label: 'Burst is enough',
    flag: 'burst-ok',
    param: 'burst-ok',
    description:
      'Count gp2/st1/sc1 burst performance as meeting the need (default: the baseline must meet it).',
    example: 'true',
  }),
  monthHours: monthHoursField,
  prices: pricesField('ebs.gp3.storage=0.088'),
});
export type EbsCheapestVolumeInput = z.input<typeof EbsCheapestVolumeInput>;

export interface EbsCandidate {
  readonly type: EbsVolumeType;
  readonly feasible: boolean;
  /** Why the type cannot meet the need, when it cannot. */
  readonly reason: string | null;
  readonly sizeGiB: number | null;
  readonly iops: number | null;
  readonly throughputMiBps: number | null;
  /** What the configuration sustains (baseline) and reaches (maximum). */
  readonly deliveredIops: number | null;
  readonly deliveredThroughputMiBps: number | null;
  readonly monthlyUsd: string | null;
}

export interface EbsCheapestVolume {
  readonly need: { iops: number; throughputMiBps: number; sizeGiB: number; allowBurst: boolean };
  readonly cheapest: EbsCandidate | null;
  /** Every type considered: feasible ones cheapest first, then those that cannot meet the need. */
  readonly candidates: readonly EbsCandidate[];
  readonly month: MonthConvention;
  readonly region: string;
}

type Config = { type: EbsVolumeType; sizeGiB: number; iops?: number; throughputMiBps?: number };

/**
 * The cheapest volume type and configuration that meets an IOPS, throughput and capacity need: for
 * each type the smallest valid configuration that delivers it, priced and compared.
 *
 * @example
 * run(ebsCheapestVolume, { iops: 10000, throughputMiBps: 500, sizeGiB: 100 }).value.cheapest.type //=> 'gp3'
 */
export const ebsCheapestVolume = defineCalculator({
  name: 'ebsCheapestVolume',
  schema: EbsCheapestVolumeInput,
  calculate: (input) => {
    const trace = new Trace();
    const warnings: Warning[] = [];
    const needIops = (input.iops as number | undefined) ?? 0;
    const needThroughput = (input.throughputMiBps as number | undefined) ?? 0;
    const needSize = input.sizeGiB ?? 1;
    const ioSizeKiB = input.ioSizeKiB as number | undefined;
    if (needIops === 0 && needThroughput === 0) {
      return failure({
        code: 'need_missing',
        path: ['iops'],
        message:
          'Say what the workload needs: IOPS, throughput (MiB/s) or both, e.g. iops 10000 and throughput 500.',
      });
    }
    trace.step({
      id: 'need',
      formula: input.allowBurst
        ? 'the configuration must reach the need (burst counts)'
        : 'the configuration must sustain the need at its baseline',
      inputs: { iops: needIops, throughputMiBps: needThroughput, sizeGiB: needSize },
      value: input.allowBurst ? 'maximum' : 'baseline',
      unit: 'rule',
    });
    const proposals: Config[] = [];
    // At a given I/O size, throughput is IOPS × I/O size, so the need in MiB/s is also a need in IOPS
    // (500 MiB/s at 16 KiB takes 32,000 IOPS) — for every SSD type that takes provisioned IOPS.
    const iopsAtIoSize =
      ioSizeKiB !== undefined && needThroughput > 0
        ? trace.step({
            id: 'iops_for_throughput_at_io_size',
            formula: '⌈throughput MiB/s × 1,024 ÷ min(I/O size KiB, 256)⌉',
            inputs: { throughputMiBps: needThroughput, ioSizeKiB },
            // SSDs count at most 256 KiB per operation (larger I/Os are split).
            value: Math.ceil((needThroughput * 1024) / Math.min(ioSizeKiB, GP2.maxIoSizeKiB.value)),
            unit: 'IOPS',
            source: GP2.maxIoSizeKiB.source,
          })
        : 0;
    // gp3: provision exactly what is needed, above the included 3,000 / 125.
    {
      const throughput = Math.max(GP3.baselineThroughputMiBps.value, Math.ceil(needThroughput));
      const iops = Math.max(
        GP3.baselineIops.value,
        needIops,
        iopsAtIoSize,
        Math.ceil(throughput / GP3.throughputPerIops.value),
      );
      const size = Math.max(
        needSize,
        iops > GP3.baselineIops.value ? Math.ceil(iops / GP3.iopsPerGiB.value) : 1,
      );
      proposals.push({ type: 'gp3', sizeGiB: size, iops, throughputMiBps: throughput });
    }
    // gp2: grow the volume until its baseline (or burst) covers the need.
    {
      const io = Math.min(ioSizeKiB ?? GP2.maxIoSizeKiB.value, GP2.maxIoSizeKiB.value);
      const iopsForThroughput = Math.ceil((needThroughput * 1024) / io);
      const burstCovers = input.allowBurst && needIops <= GP2.burstIops.value;
      const sizeForIops = burstCovers ? 1 : Math.ceil(needIops / GP2.iopsPerGiB.value);
      const sizeForThroughput =
        needThroughput > GP2.smallVolumeThroughputMiBps.value
          ? Math.max(
              GP2.smallVolumeMaxGiB.value + 1,
              input.allowBurst ? 1 : Math.ceil(iopsForThroughput / GP2.iopsPerGiB.value),
            )
          : input.allowBurst
            ? 1
            : Math.ceil(iopsForThroughput / GP2.iopsPerGiB.value);
      proposals.push({ type: 'gp2', sizeGiB: Math.max(needSize, sizeForIops, sizeForThroughput, 1) });
    }
    // io1 / io2: provision the IOPS the need (or its throughput) requires; size follows from the ratio.
    {
      const forThroughput =
        needThroughput <= IO1.lowIopsMaxThroughputMiBps.value
          ? Math.ceil((needThroughput * 1024) / IO1.lowIopsIoSizeKiB.value)
          : Math.ceil((needThroughput * 1024) / IO1.highIopsKiBPerIops.value);
      const iops = Math.max(IO1.minIops.value, needIops, forThroughput, iopsAtIoSize);
      proposals.push({
        type: 'io1',
        sizeGiB: Math.max(needSize, IO1.minSizeGiB.value, Math.ceil(iops / IO1.iopsPerGiB.value)),
        iops,
      });
    }
    {
      const iops = Math.max(
        IO2.minIops.value,
        needIops,
        Math.ceil(needThroughput / IO2.throughputPerIops.value),
        iopsAtIoSize,
      );
      proposals.push({
        type: 'io2',
        sizeGiB: Math.max(needSize, IO2.minSizeGiB.value, Math.ceil(iops / IO2.iopsPerGiB.value)),
        iops,
      });
    }
    // st1 / sc1: throughput per TiB of size (1 MiB per I/O).
    for (const [type, rules] of [
      ['st1', ST1],
      ['sc1', SC1],
    ] as const) {
      const perTiB = input.allowBurst ? rules.burstMiBpsPerTiB.value : rules.baselineMiBpsPerTiB.value;
      // Every I/O of 1 MiB or less spends a full 1 MiB of credits, so small I/O multiplies the need.
      const creditPerIo = Math.max(1, 1024 / (ioSizeKiB ?? 1024));
      const rate = Math.max(needThroughput * creditPerIo, needIops);
      proposals.push({
        type,
        sizeGiB: Math.max(needSize, rules.minSizeGiB.value, Math.ceil((rate / perTiB) * 1024)),
      });
    }

    const candidates: EbsCandidate[] = [];
    let region = 'us-east-1';
    let month: MonthConvention | undefined;
    for (const proposal of proposals) {
      const evaluated = ebsEvaluateVolume(
        { ...proposal, ...(ioSizeKiB !== undefined ? { ioSizeKiB } : {}) },
        new Trace(),
      );
      if (!evaluated.ok) return failure(evaluated.issue);
      const v = evaluated.value;
      const deliveredIops = input.allowBurst ? v.maxIops : v.baselineIops;
      const deliveredThroughput = input.allowBurst ? v.maxThroughputMiBps : v.baselineThroughputMiBps;
      const range = EBS_SIZE_RANGE[proposal.type];
      let reason: string | null = null;
      const hddMaxIops =
        proposal.type === 'st1' ? ST1.maxIops.value : proposal.type === 'sc1' ? SC1.maxIops.value : null;
      if (hddMaxIops !== null && needIops > hddMaxIops) {
        reason = `${proposal.type} handles at most ${hddMaxIops} IOPS (each I/O counted as 1 MiB); it is built for large sequential I/O`;
      } else if (proposal.sizeGiB > range.max) {
        reason = `would need ${proposal.sizeGiB.toLocaleString('en-US')} GiB; ${proposal.type} stops at ${range.max.toLocaleString('en-US')} GiB`;
      } else if (!v.valid) {
        reason = v.problems.map((problem) => problem.message).join(' ');
      } else if (deliveredIops < needIops) {
        reason = `reaches at most ${deliveredIops.toLocaleString('en-US')} IOPS${ioSizeKiB !== undefined ? ` at ${ioSizeKiB} KiB I/O` : ''}`;
      } else if (deliveredThroughput < needThroughput) {
        reason = `reaches at most ${deliveredThroughput.toLocaleString('en-US')} MiB/s${ioSizeKiB !== undefined ? ` at ${ioSizeKiB} KiB I/O` : ''}`;
      }
      const priced = ebsPriceVolume(
        {
          type: proposal.type,
          sizeGiB: proposal.sizeGiB,
          iops: proposal.iops,
          throughputMiBps: proposal.throughputMiBps,
          volumeCount: 1,
          monthHours: input.monthHours,
          prices: input.prices,
        },
        new Trace(),
      );
      if (!priced.ok) return failure(...priced.issues);
      region = priced.value.region;
      month = priced.value.month;
      candidates.push({
        type: proposal.type,
        feasible: reason === null,
        reason,
        sizeGiB: reason === null ? proposal.sizeGiB : null,
        iops: reason === null ? v.iops : null,
        throughputMiBps: reason === null ? v.throughputMiBps : null,
        deliveredIops: reason === null ? deliveredIops : null,
        deliveredThroughputMiBps: reason === null ? deliveredThroughput : null,
        monthlyUsd: reason === null ? priced.value.monthlyUsd : null,
      });
      trace.step({
        id: `candidate_${proposal.type}`,
        formula:
          reason === null
            ? `${proposal.type}: ${proposal.sizeGiB} GiB${proposal.iops ? `, ${proposal.iops} IOPS` : ''}${proposal.throughputMiBps ? `, ${proposal.throughputMiBps} MiB/s` : ''}`
            : `${proposal.type}: ${reason}`,
        inputs: { sizeGiB: proposal.sizeGiB },
        value: reason === null ? priced.value.monthlyUsd : 'cannot meet the need',
        unit: reason === null ? 'USD per month' : '',
      });
    }
    const feasible = candidates
      .filter((candidate) => candidate.feasible)
      .sort((a, b) => new Decimal(a.monthlyUsd ?? 0).comparedTo(b.monthlyUsd ?? 0));
    const infeasible = candidates.filter((candidate) => !candidate.feasible);
    if (feasible.length === 0) {
      warnings.push({
        code: 'no_single_volume',
        message:
          'No single EBS volume meets this need; stripe several volumes in RAID 0 (see ebsRaid0) within the instance EBS limits, or use instance store.',
      });
    }
    return success<EbsCheapestVolume>(
      {
        need: {
          iops: needIops,
          throughputMiBps: needThroughput,
          sizeGiB: needSize,
          allowBurst: input.allowBurst,
        },
        cheapest: feasible[0] ?? null,
        candidates: [...feasible, ...infeasible],
        month: month!,
        region,
      },
      trace.steps,
      warnings,
    );
  },
});
