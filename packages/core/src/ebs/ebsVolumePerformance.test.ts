import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { ebsBurstSimulation } from './ebsBurstSimulation.ts';
import { ebsCheapestVolume } from './ebsCheapestVolume.ts';
import { ebsCost } from './ebsCost.ts';
import { EBS_GP2_PERFORMANCE_PAGE } from './ebsLimits.ts';
import { ebsMigrateGp2ToGp3 } from './ebsMigrateGp2ToGp3.ts';
import { ebsRaid0 } from './ebsRaid0.ts';
import {
  type EbsVolumeInput,
  type EbsVolumePerformance,
  ebsVolumePerformance,
} from './ebsVolumePerformance.ts';

function volume(input: EbsVolumeInput): EbsVolumePerformance {
  const result = run(ebsVolumePerformance, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('ebsVolumePerformance', () => {
  // AWS's gp2 table (General Purpose SSD volumes → gp2 volume performance), EBS_GP2_PERFORMANCE_PAGE:
  // size | baseline IOPS | burst duration at 3,000 IOPS (s) | time to refill an empty bucket (s).
  it.each([
    [1, 100, 1_862, 54_000],
    [33, 100, 1_862, 54_000],
    [100, 300, 2_000, 18_000],
    [334, 1_002, 2_703, 5_389],
    [750, 2_250, 7_200, 2_400],
  ])(
    `gp2 %i GiB: baseline %i IOPS, bursts %i s, refills in %i s (AWS table, ${EBS_GP2_PERFORMANCE_PAGE})`,
    (size, baseline, burst, refill) => {
      const v = volume({ type: 'gp2', sizeGiB: size });
      expect(v.baselineIops).toBe(baseline);
      expect(v.maxIops).toBe(3_000);
      expect(v.burstSeconds).toBe(burst);
      expect(v.refillSeconds).toBe(refill);
      expect(v.valid).toBe(true);
    },
  );

  it('follows the burst formula 5,400,000 ÷ (3,000 − baseline) exactly before rounding (334 GiB: 2,702.7 s)', () => {
    const v = volume({ type: 'gp2', sizeGiB: 334 });
    expect(v.burstSecondsExact).toBeCloseTo(5_400_000 / 1_998, 9);
    expect(v.refillSecondsExact).toBeCloseTo(5_400_000 / 1_002, 9);
  });

  it.each([1_000, 2_000, 5_333])('gp2 %i GiB does not burst (baseline ≥ 3,000, AWS table "N/A")', (size) => {
    const v = volume({ type: 'gp2', sizeGiB: size });
    expect(v.burstable).toBe(false);
    expect(v.burstSeconds).toBeNull();
    expect(v.refillSeconds).toBeNull();
    expect(v.maxIops).toBe(v.baselineIops);
  });

  it.each([5_334, 10_000, 16_384])(
    'gp2 %i GiB has the 16,000 IOPS maximum (reached at 5,334 GiB)',
    (size) => {
      expect(volume({ type: 'gp2', sizeGiB: size }).baselineIops).toBe(16_000);
    },
  );

  it('gp2 20 GiB: 100 IOPS and 25 MiB/s once the bucket is empty, bursts to 3,000 IOPS and 128 MiB/s', () => {
    const v = volume({ type: 'gp2', sizeGiB: 20 });
    expect([v.baselineIops, v.baselineThroughputMiBps, v.maxIops, v.maxThroughputMiBps]).toEqual([
      100, 25, 3_000, 128,
    ]);
  });

  it('gp2 throughput: 128 MiB/s up to 170 GiB, 250 MiB/s from 334 GiB regardless of credits', () => {
    expect(volume({ type: 'gp2', sizeGiB: 170 }).maxThroughputMiBps).toBe(128);
    expect(volume({ type: 'gp2', sizeGiB: 200 }).maxThroughputMiBps).toBe(250);
    const large = volume({ type: 'gp2', sizeGiB: 334 });
    expect([large.baselineThroughputMiBps, large.maxThroughputMiBps]).toEqual([250, 250]);
  });

  it('gp2 throughput follows IOPS × I/O size when the I/O size is given (100 GiB at 16 KiB: 300 × 16 KiB)', () => {
    const v = volume({ type: 'gp2', sizeGiB: 100, ioSizeKiB: 16 });
    expect(v.baselineThroughputMiBps).toBeCloseTo(4.6875, 10);
    expect(v.maxThroughputMiBps).toBeCloseTo(46.875, 10);
  });

  // ebs-io-characteristics: SSD volumes split I/Os above 256 KiB into 256 KiB operations, so a 1 MiB
  // I/O costs 4 IOPS; gp2 100 GiB therefore still gives 300 × 256 KiB = 75 MiB/s at baseline.
  it('counts SSD I/O above 256 KiB as 256 KiB operations (gp2 100 GiB at 1 MiB I/O: 75 MiB/s, not 128)', () => {
    const result = run(ebsVolumePerformance, { type: 'gp2', sizeGiB: 100, ioSizeKiB: 1024 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.baselineThroughputMiBps).toBe(75);
    expect(result.value.maxThroughputMiBps).toBe(128);
    expect(result.warnings.map((w) => w.code)).toContain('ssd_io_split');
    const io1 = volume({ type: 'io1', sizeGiB: 100, iops: 1_000, ioSizeKiB: 1024 });
    expect(io1.maxThroughputMiBps).toBe(250);
  });

  it('says a credit balance changes nothing on a type without a bucket', () => {
    const result = run(ebsVolumePerformance, { type: 'gp3', sizeGiB: 100, creditBalancePercent: 40 });
    expect(result.ok ? result.warnings.map((w) => w.code) : []).toContain('credit_balance_ignored');
  });

  it('gp2 burst from a partial balance: 50% of 5.4 M credits on 100 GiB lasts 1,000 s', () => {
    const v = volume({ type: 'gp2', sizeGiB: 100, creditBalancePercent: 50 });
    expect(v.creditBucket?.burstSecondsFromBalance).toBe(1_000);
  });

  // provisioned-iops page: "a volume provisioned with 48,000 IOPS can support up to 750 MiB/s … 64,000 IOPS = 1,000 MiB/s";
  // "up to 32,000 IOPS … 256 KiB … peak throughput is reached at 2,000 IOPS" (500 MiB/s); "a 100 GiB io1 volume … up to 5,000 IOPS".
  it.each([
    [48_000, 1_000, 750],
    [64_000, 1_280, 1_000],
    [2_000, 100, 500],
    [32_000, 640, 500],
    [1_000, 100, 250],
  ])('io1 %i IOPS (%i GiB) supports %i MiB/s (AWS provisioned-IOPS page)', (iops, size, throughput) => {
    const v = volume({ type: 'io1', sizeGiB: size, iops });
    expect(v.valid).toBe(true);
    expect(v.maxThroughputMiBps).toBe(throughput);
  });

  it('io1 100 GiB allows at most 5,000 IOPS (50:1) and names the nearest valid values', () => {
    expect(volume({ type: 'io1', sizeGiB: 100, iops: 5_000 }).valid).toBe(true);
    const v = volume({ type: 'io1', sizeGiB: 100, iops: 6_000 });
    expect(v.problems[0]).toMatchObject({
      code: 'iops_ratio_exceeded',
      nearest: { maximumIops: 5_000, minimumSizeGiB: 120 },
    });
  });

  it('io2 Block Express: 256 GiB takes 256,000 IOPS (1,000:1); 16,000 IOPS reach the 4,000 MiB/s cap (0.256 MiB/s per IOPS)', () => {
    expect(volume({ type: 'io2', sizeGiB: 256, iops: 256_000 }).valid).toBe(true);
    expect(volume({ type: 'io2', sizeGiB: 255, iops: 256_000 }).problems.map((p) => p.code)).toEqual([
      'iops_ratio_exceeded',
    ]);
    expect(volume({ type: 'io2', sizeGiB: 100, iops: 16_000 }).maxThroughputMiBps).toBe(4_000);
    expect(volume({ type: 'io2', sizeGiB: 100, iops: 10_000 }).maxThroughputMiBps).toBeCloseTo(2_560, 9);
    expect(volume({ type: 'io2', sizeGiB: 65_536, iops: 1_000 }).valid).toBe(true);
    expect(volume({ type: 'io2', sizeGiB: 100, iops: 300_000 }).problems.map((p) => p.code)).toEqual([
      'iops_above_maximum',
    ]);
  });

  it('io1 and io2 need provisioned IOPS', () => {
    const v = volume({ type: 'io2', sizeGiB: 100 });
    expect(v.valid).toBe(false);
    expect(v.problems[0]).toMatchObject({
      code: 'iops_required',
      nearest: { minimumIops: 100, maximumIops: 100_000 },
    });
  });

  // gp3 (2025 limits, What's New 2025-09 and the gp3 performance section): 3,000–80,000 IOPS at most
  // 500 per GiB; 125–2,000 MiB/s at most 0.25 MiB/s per IOPS; 1 GiB – 64 TiB.
  it('gp3 ratio limits: 10 GiB takes at most 5,000 IOPS; 80,000 IOPS needs 160 GiB; 2,000 MiB/s needs 8,000 IOPS', () => {
    expect(volume({ type: 'gp3', sizeGiB: 10, iops: 5_000 }).valid).toBe(true);
    expect(volume({ type: 'gp3', sizeGiB: 10, iops: 5_001 }).problems[0]).toMatchObject({
      code: 'iops_ratio_exceeded',
      nearest: { maximumIops: 5_000, minimumSizeGiB: 11 },
    });
    expect(volume({ type: 'gp3', sizeGiB: 160, iops: 80_000 }).valid).toBe(true);
    expect(volume({ type: 'gp3', sizeGiB: 159, iops: 80_000 }).valid).toBe(false);
    expect(volume({ type: 'gp3', sizeGiB: 16, iops: 8_000, throughputMiBps: 2_000 }).valid).toBe(true);
    expect(volume({ type: 'gp3', sizeGiB: 16, iops: 7_999, throughputMiBps: 2_000 }).valid).toBe(false);
    expect(volume({ type: 'gp3', sizeGiB: 65_536 }).valid).toBe(true);
    expect(volume({ type: 'gp3', sizeGiB: 65_537 }).problems[0]?.code).toBe('size_above_maximum');
  });

  it('gp3 3,000 IOPS with 1,000 MiB/s is invalid and says 4,000 IOPS are needed', () => {
    const v = volume({ type: 'gp3', sizeGiB: 100, iops: 3_000, throughputMiBps: 1_000 });
    expect(v.valid).toBe(false);
    expect(v.problems[0]?.code).toBe('throughput_ratio_exceeded');
    expect(v.problems[0]?.message).toContain('gp3 throughput 1,000 MiB/s needs at least 4,000 IOPS');
    expect(v.problems[0]?.nearest).toEqual({ minimumIops: 4_000, maximumThroughputMiBps: 750 });
  });

  it('gp3 has its included 3,000 IOPS and 125 MiB/s at any size, and never bursts', () => {
    const v = volume({ type: 'gp3', sizeGiB: 1 });
    expect([v.baselineIops, v.maxIops, v.baselineThroughputMiBps, v.maxThroughputMiBps]).toEqual([
      3_000, 3_000, 125, 125,
    ]);
    expect([v.burstSeconds, v.refillSeconds, v.creditBucket]).toEqual([null, null, null]);
  });

  it('gp3 rejects the pre-2025 ceiling only above the new limits (16,000 IOPS / 1,000 MiB/s are fine now)', () => {
    expect(volume({ type: 'gp3', sizeGiB: 16_384, iops: 16_000, throughputMiBps: 1_000 }).valid).toBe(true);
    expect(volume({ type: 'gp3', sizeGiB: 20_480 }).valid).toBe(true);
    expect(volume({ type: 'gp3', sizeGiB: 1_000, iops: 80_001 }).problems[0]?.code).toBe(
      'iops_above_maximum',
    );
    expect(
      volume({ type: 'gp3', sizeGiB: 1_000, iops: 9_000, throughputMiBps: 2_001 }).problems[0]?.code,
    ).toBe('throughput_above_maximum');
  });

  // hdd-vols page tables: st1 base/burst 0.125 TiB 5/31(.25), 1 TiB 40/250, 2 TiB 80/500, 12.5 TiB 500/500;
  // sc1 0.125 TiB 1.5/10, 1 TiB 12/80, 3.125 TiB 37.5/250, 16 TiB 192/250.
  it.each([
    ['st1', 128, 5, 31.25],
    ['st1', 1_024, 40, 250],
    ['st1', 2_048, 80, 500],
    ['st1', 12_800, 500, 500],
    ['sc1', 128, 1.5, 10],
    ['sc1', 1_024, 12, 80],
    ['sc1', 3_200, 37.5, 250],
    ['sc1', 16_384, 192, 250],
  ] as const)(
    '%s %i GiB: baseline %f MiB/s, burst %f MiB/s (AWS HDD tables)',
    (type, size, baseline, burst) => {
      const v = volume({ type, sizeGiB: size });
      expect(v.baselineThroughputMiBps).toBeCloseTo(baseline, 9);
      expect(v.maxThroughputMiBps).toBeCloseTo(burst, 9);
    },
  );

  it('st1 1 TiB holds 1 TiB of credits: bursts 1,048,576 ÷ (250 − 40) s, refills in 1,048,576 ÷ 40 s', () => {
    const v = volume({ type: 'st1', sizeGiB: 1_024 });
    expect(v.creditBucket?.capacity).toBe(1_048_576);
    expect(v.burstSeconds).toBe(Math.round(1_048_576 / 210));
    expect(v.refillSeconds).toBe(Math.round(1_048_576 / 40));
  });

  it('st1 at small random I/O: each I/O costs a 1 MiB credit, so 16 KiB I/O yields 250 IOPS × 16 KiB at 1 TiB', () => {
    const result = run(ebsVolumePerformance, { type: 'st1', sizeGiB: 1_024, ioSizeKiB: 16 });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.maxIops).toBe(250);
    expect(result.value.maxThroughputMiBps).toBeCloseTo(3.90625, 9);
    expect(result.warnings.map((w) => w.code)).toContain('hdd_small_io');
  });

  it('st1, sc1 and gp2 refuse provisioned IOPS or throughput, naming the rule', () => {
    expect(volume({ type: 'gp2', sizeGiB: 100, iops: 3_000 }).problems[0]?.code).toBe(
      'iops_not_provisionable',
    );
    expect(volume({ type: 'st1', sizeGiB: 500, throughputMiBps: 100 }).problems[0]?.code).toBe(
      'throughput_not_provisionable',
    );
    expect(volume({ type: 'sc1', sizeGiB: 100 }).problems[0]).toMatchObject({
      code: 'size_below_minimum',
      nearest: { sizeGiB: 125 },
    });
  });

  it('caps the volume by a bundled instance and says which side binds (m5.large: 18,750 IOPS, 593.75 MB/s)', () => {
    const v = volume({ type: 'io2', sizeGiB: 100, iops: 50_000, instance: { name: 'm5.large' } });
    expect(v.effective.maxIops).toBe(18_750);
    expect(v.effective.iopsLimitedBy).toBe('instance');
    expect(v.effective.maxThroughputMiBps).toBeCloseTo((593.75 * 1e6) / 1_048_576, 9);
    expect(v.effective.throughputLimitedBy).toBe('instance');
    const small = volume({ type: 'gp3', sizeGiB: 100, instance: { name: 'M5.LARGE' } });
    expect(small.effective.iopsLimitedBy).toBe('volume');
  });

  it("caps the baseline by the instance's EBS baseline and says which side binds (m6i.large: 3,600 IOPS, 81.25 MB/s)", () => {
    // AWS EC2 instance types (general purpose): m6i.large EBS baseline 3,600 IOPS / 81.25 MB/s,
    // maximum 40,000 IOPS / 1,250 MB/s for 30 minutes at least once every 24 hours.
    const result = run(ebsVolumePerformance, {
      type: 'gp3',
      sizeGiB: 100,
      iops: 12_000,
      throughputMiBps: 500,
      instance: { name: 'm6i.large' },
    });
    if (!result.ok) throw new Error('expected ok');
    const v = result.value;
    expect([v.effective.baselineIops, v.effective.baselineIopsLimitedBy]).toEqual([3_600, 'instance']);
    expect(v.effective.baselineThroughputMiBps).toBeCloseTo((81.25 * 1e6) / 1_048_576, 9);
    expect(v.effective.baselineThroughputLimitedBy).toBe('instance');
    expect([v.effective.maxIops, v.effective.iopsLimitedBy]).toEqual([12_000, 'volume']);
    expect(result.warnings.map((w) => w.code)).toContain('instance_burst_limited');
  });

  it('caps the baseline by typed-in limits (they have no separate baseline)', () => {
    const v = volume({ type: 'gp2', sizeGiB: 2_000, instance: { maxIops: 4_000 } });
    expect([v.effective.baselineIops, v.effective.baselineIopsLimitedBy]).toEqual([4_000, 'instance']);
    expect(v.effective.baselineThroughputLimitedBy).toBe('volume');
  });

  it('takes typed-in instance limits and reports an unknown bundled name as an issue', () => {
    const v = volume({
      type: 'gp3',
      sizeGiB: 500,
      iops: 20_000,
      instance: { maxIops: 10_000, maxThroughputMiBps: 100 },
    });
    expect([v.effective.maxIops, v.effective.maxThroughputMiBps]).toEqual([10_000, 100]);
    const result = run(ebsVolumePerformance, { type: 'gp3', sizeGiB: 500, instance: { name: 'z9.huge' } });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['instance_unknown']);
  });

  it('accepts sizes as text with units and numeric strings from faces', () => {
    expect(volume({ type: 'gp2', sizeGiB: '1 TiB' }).sizeGiB).toBe(1_024);
    expect(volume({ type: 'gp3', sizeGiB: '100', iops: '4000' }).iops).toBe(4_000);
  });

  it('rejects malformed input with its own codes and messages', () => {
    const bad = run(ebsVolumePerformance, { type: 'gp4', sizeGiB: 'lots' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((issue) => issue.path[0])).toEqual(['type', 'sizeGiB']);
    expect(bad.issues[0]?.message).toContain('gp3, gp2, io2, io1, st1, sc1');
    expect(run(ebsVolumePerformance, { type: 'gp3', sizeGiB: 10.5 }).ok).toBe(false);
  });

  it('never lets bare zod text reach a user for malformed input to any EBS calculator', () => {
    const bare = /^Invalid input|Unrecognized key|expected \w+, received/;
    const inputs: unknown[] = [
      undefined,
      5,
      { type: 'gp2', sizeGiB: 100, instance: 'm5.large' },
      { type: 'gp2', sizeGiB: 100, instance: { name: 5 } },
      { iops: 5000, sizeGiB: 100, allowBurst: 'maybe', matchBurst: 'maybe' },
    ];
    for (const calculator of [
      ebsVolumePerformance,
      ebsBurstSimulation,
      ebsCost,
      ebsMigrateGp2ToGp3,
      ebsCheapestVolume,
      ebsRaid0,
    ] as const)
      for (const input of inputs) {
        const result = run(calculator as typeof ebsVolumePerformance, input as EbsVolumeInput);
        for (const issue of result.ok ? [] : result.issues) expect(issue.message).not.toMatch(bare);
      }
  });

  it('answers negative, exponent and overflowing numeric text with the range it breaks, not "must be a number"', () => {
    const messages = (input: Record<string, unknown>) => {
      const result = run(ebsVolumePerformance, { type: 'gp3', sizeGiB: 100, ...input } as EbsVolumeInput);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    expect(messages({ iops: '-1' })).toEqual(['IOPS must be at least 1, e.g. 3000.']);
    expect(messages({ iops: '1e400' })).toEqual(['IOPS must be at most 1,000,000,000, e.g. 3000.']);
    expect(messages({ sizeGiB: '1e400' })).toEqual(['Size must be at most 1,048,576 GiB, e.g. 100.']);
    expect(run(ebsVolumePerformance, { type: 'gp3', sizeGiB: '1e2' }).ok).toBe(true);
  });

  it('gives only the limit message for a huge number, not also "whole number" (1e30 GiB, 1e300 IOPS)', () => {
    const messages = (input: Record<string, unknown>) => {
      const result = run(ebsVolumePerformance, { type: 'gp3', sizeGiB: 100, ...input } as EbsVolumeInput);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    expect(messages({ sizeGiB: '1e30' })).toEqual(['Size must be at most 1,048,576 GiB, e.g. 100.']);
    expect(messages({ sizeGiB: 1e30 })).toHaveLength(1);
    expect(messages({ iops: '1e300' })).toEqual(['IOPS must be at most 1,000,000,000, e.g. 3000.']);
    expect(messages({ iops: '2.5' })).toEqual(['IOPS must be a whole number, e.g. 3000; 2.5 is not.']);
    expect(messages({ iops: '-2.5' })).toEqual(['IOPS must be at least 1, e.g. 3000.']);
  });

  it('a larger gp2 volume never has less baseline or a shorter burst', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 16_383 }), fc.integer({ min: 1, max: 2_000 }), (size, extra) => {
        const small = volume({ type: 'gp2', sizeGiB: size });
        const large = volume({ type: 'gp2', sizeGiB: Math.min(16_384, size + extra) });
        expect(large.baselineIops).toBeGreaterThanOrEqual(small.baselineIops);
        expect(large.maxThroughputMiBps).toBeGreaterThanOrEqual(small.maxThroughputMiBps);
        if (large.burstable && small.burstable) {
          expect(large.burstSecondsExact ?? 0).toBeGreaterThanOrEqual(small.burstSecondsExact ?? 0);
        }
        // Losing the burst means the baseline alone reaches 3,000: never a step down.
        if (!large.burstable) expect(large.baselineIops).toBeGreaterThanOrEqual(small.maxIops);
      }),
    );
  });

  it('every figure is finite and the maximum never falls below the baseline, for every type', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('gp3', 'gp2', 'io2', 'io1', 'st1', 'sc1', 'standard' as const),
        fc.integer({ min: 1, max: 70_000 }),
        fc.option(fc.integer({ min: 1, max: 300_000 }), { nil: undefined }),
        (type, size, iops) => {
          const takesIops = type === 'gp3' || type === 'io1' || type === 'io2';
          const v = volume({ type, sizeGiB: size, ...(takesIops && iops !== undefined ? { iops } : {}) });
          expect(v.maxIops).toBeGreaterThanOrEqual(v.baselineIops);
          expect(v.maxThroughputMiBps).toBeGreaterThanOrEqual(v.baselineThroughputMiBps);
          expect(v.valid).toBe(v.problems.length === 0);
        },
      ),
    );
  });
});
