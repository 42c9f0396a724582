import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import {
  type EbsBurstSimulation,
  type EbsBurstSimulationInput,
  ebsBurstSimulation,
  ebsParseDemand,
} from './ebsBurstSimulation.ts';

function simulate(input: EbsBurstSimulationInput): EbsBurstSimulation {
  const result = run(ebsBurstSimulation, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** An independent reference: step the bucket in small slices (slow, approximate) to cross-check the exact solver. */
function stepped(
  baseline: number,
  ceiling: number,
  bucket: number,
  start: number,
  periods: { demand: number; seconds: number }[],
  dt: number,
) {
  let balance = start;
  let emptyAt: number | null = null;
  let t = 0;
  for (const { demand, seconds } of periods) {
    for (let elapsed = 0; elapsed < seconds - 1e-9; elapsed += dt) {
      const slice = Math.min(dt, seconds - elapsed);
      const wanted = Math.min(demand, ceiling);
      if (wanted > baseline && balance <= 0 && emptyAt === null) emptyAt = t;
      const delivered = wanted > baseline && balance <= 0 ? Math.min(demand, baseline) : wanted;
      balance = Math.min(bucket, Math.max(0, balance + (baseline - delivered) * slice));
      t += slice;
      if (wanted > baseline && balance === 0 && emptyAt === null) emptyAt = t;
    }
  }
  return { balance, emptyAt };
}

describe('ebsParseDemand', () => {
  it('reads rate:duration pairs with seconds or units', () => {
    expect(ebsParseDemand('2500:600, 200:1h')).toEqual({
      ok: true,
      periods: [
        { demand: 2500, seconds: 600 },
        { demand: 200, seconds: 3600 },
      ],
    });
  });
  it('names the period it cannot read', () => {
    const parsed = ebsParseDemand('2500:600,fast');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain('Period 2 "fast"');
  });
  it('says whether the rate or the duration is wrong, and what would be valid', () => {
    const negative = ebsParseDemand('-5:600');
    expect(negative.ok ? '' : negative.message).toContain('the rate "-5" must be a number of 0 or more');
    const zero = ebsParseDemand('2500:0');
    expect(zero.ok ? '' : zero.message).toContain('the duration "0" must be more than 0');
    const words = ebsParseDemand('2500:ten minutes');
    expect(words.ok ? '' : words.message).toContain('(600, 10m, 1h, 1d)');
  });
  it('names the limit for a rate beyond any EBS volume, written with an exponent or not', () => {
    for (const text of ['1e308:1e308', '1e400:600', '2000000000:600']) {
      const parsed = ebsParseDemand(text);
      expect(parsed.ok ? '' : parsed.message).toContain('beyond any EBS volume');
      expect(parsed.ok ? '' : parsed.message).not.toContain('must be a number');
    }
    expect(ebsParseDemand('2.5e3:600')).toEqual({ ok: true, periods: [{ demand: 2500, seconds: 600 }] });
    const longPeriod = ebsParseDemand('2500:1e308');
    expect(longPeriod.ok ? '' : longPeriod.message).toContain('give at most 1e9 seconds');
  });
  it('rejects an empty period (a stray comma) instead of dropping it silently', () => {
    for (const text of ['2500:600,', '2500:600,,200:60', ',2500:600']) {
      const parsed = ebsParseDemand(text);
      expect(parsed.ok ? '' : parsed.message).toMatch(/Period \d is empty/);
    }
  });
});

describe('ebsBurstSimulation', () => {
  it('empties a full 100 GiB gp2 bucket after 2,000 s at 3,000 IOPS (AWS table), then delivers the 300 IOPS baseline', () => {
    const v = simulate({ type: 'gp2', sizeGiB: 100, periods: '3000:2500' });
    expect(v.emptyAtSeconds).toBe(2_000);
    expect(v.finalBalance).toBe(0);
    expect(v.timeline[0]?.deliveredAtStart).toBe(3_000);
    expect(v.timeline[0]?.deliveredAtEnd).toBe(300);
    expect(v.timeline[0]?.deliveredAverage).toBe((3_000 * 2_000 + 300 * 500) / 2_500);
  });

  // Period boundaries, with AWS's 100 GiB figures (2,000 s of burst from full, 18,000 s to refill).
  it('at period boundaries: empties exactly at a period end and throttles the next from its first second', () => {
    const v = simulate({
      type: 'gp2',
      sizeGiB: 100,
      periods: [
        { demand: 3000, seconds: 2000 },
        { demand: 3000, seconds: 10 },
      ],
    });
    expect(v.emptyAtSeconds).toBe(2000);
    expect(v.timeline.map((row) => [row.deliveredAtStart, row.deliveredAtEnd, row.balanceEnd])).toEqual([
      [3000, 3000, 0],
      [300, 300, 0],
    ]);
  });

  it('at period boundaries: a bucket filled exactly at a period end bursts fully in the next', () => {
    const v = simulate({
      type: 'gp2',
      sizeGiB: 100,
      creditBalancePercent: 0,
      periods: [
        { demand: 0, seconds: 18000 },
        { demand: 3000, seconds: 1 },
      ],
    });
    expect(v.timeline[0]).toMatchObject({ balanceEnd: 5_400_000, filledAtSeconds: 18000 });
    expect(v.timeline[1]).toMatchObject({ deliveredAtStart: 3000, balanceEnd: 5_400_000 - 2_700 });
    expect(v.emptyAtSeconds).toBeNull();
  });

  it('says when a typed-in instance limit is in the wrong unit for the simulation', () => {
    const result = run(ebsBurstSimulation, {
      type: 'gp2',
      sizeGiB: 100,
      periods: '3000:10',
      instance: { maxThroughputMiBps: 100 },
    });
    expect(result.ok ? result.warnings.map((w) => w.code) : []).toContain('instance_cap_not_applicable');
  });

  it('refills an empty 100 GiB bucket in 18,000 s of idling (AWS table)', () => {
    const v = simulate({ type: 'gp2', sizeGiB: 100, periods: '0:20000', creditBalancePercent: 0 });
    expect(v.timeline[0]?.filledAtSeconds).toBe(18_000);
    expect(v.finalBalance).toBe(5_400_000);
  });

  it('runs the issue example 2500:600,200:3600 three times: drains 1.32 M per burst, regains 0.36 M per hour', () => {
    const v = simulate({ type: 'gp2', sizeGiB: 100, periods: '2500:600,200:3600', repeat: 3 });
    expect(v.timeline.map((row) => row.balanceEnd)).toEqual([
      4_080_000, 4_440_000, 3_120_000, 3_480_000, 2_160_000, 2_520_000,
    ]);
    expect(v.emptyAtSeconds).toBeNull();
    expect(v.totalSeconds).toBe(12_600);
  });

  // fast-check once found this: a bucket that starts empty and is first asked for credits later
  // (size 1 GiB, start 0%, 100:1,0:1,101:100) — "empty at" is when the demand first finds it dry.
  it('dates an empty start to the first period that needs credits', () => {
    const v = simulate({ type: 'gp2', sizeGiB: 1, periods: '100:1,0:1,101:100', creditBalancePercent: 0 });
    expect(v.emptyAtSeconds).toBe(102);
    expect(
      simulate({ type: 'gp2', sizeGiB: 1, periods: '0:5,200:5', creditBalancePercent: 0 }).emptyAtSeconds,
    ).toBe(10);
    expect(
      simulate({ type: 'gp2', sizeGiB: 1, periods: '200:5', creditBalancePercent: 0 }).emptyAtSeconds,
    ).toBe(0);
  });

  it('finds the moment the bucket empties part-way through a later repetition', () => {
    const v = simulate({ type: 'gp2', sizeGiB: 100, periods: '2500:600,200:3600', repeat: 10 });
    // By hand: each cycle spends (2,500 − 300) × 600 = 1,320,000 and earns (300 − 200) × 3,600 = 360,000,
    // a net −960,000. Before the 6th burst: 5,400,000 − 5 × 960,000 = 600,000, gone after 600,000 ÷ 2,200 s.
    expect(v.emptyAtSeconds).toBeCloseTo(5 * 4_200 + 600_000 / 2_200, 9);
  });

  it('st1 spends throughput credits: 1 TiB at 250 MiB/s empties after 1,048,576 ÷ 210 s', () => {
    const v = simulate({ type: 'st1', sizeGiB: 1_024, periods: '250:10000' });
    expect(v.rateUnit).toBe('MiB/s');
    expect(v.emptyAtSeconds).toBeCloseTo(1_048_576 / 210, 9);
    expect(v.timeline[0]?.deliveredAtEnd).toBe(40);
  });

  it('limits delivery to the instance cap, which also slows the drain', () => {
    const v = simulate({ type: 'gp2', sizeGiB: 100, periods: '3000:1000', instance: { maxIops: 1_300 } });
    expect(v.timeline[0]?.deliveredAtStart).toBe(1_300);
    expect(v.timeline[0]?.balanceEnd).toBe(5_400_000 - 1_000 * 1_000);
  });

  it('reports a gp2 volume of 1,000 GiB or more as not bursting and never drains it', () => {
    const result = run(ebsBurstSimulation, { type: 'gp2', sizeGiB: 2_000, periods: '9000:3600' });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.timeline[0]?.deliveredAtStart).toBe(6_000);
    expect(result.value.finalBalance).toBe(5_400_000);
    expect(result.warnings.map((w) => w.code)).toEqual(['not_burstable']);
  });

  it('rejects types without credits, bad workloads and out-of-range sizes with codes', () => {
    const codes = (input: unknown) => {
      const result = run(ebsBurstSimulation, input);
      return result.ok ? [] : result.issues.map((issue) => issue.code);
    };
    expect(codes({ type: 'gp3', sizeGiB: 100, periods: '1:1' })).toEqual(['type_not_burstable']);
    expect(codes({ type: 'gp2', sizeGiB: 100, periods: '2500' })).toEqual(['demand_invalid']);
    expect(codes({ type: 'st1', sizeGiB: 100, periods: '10:10' })).toEqual(['size_below_minimum']);
    expect(codes({ type: 'gp2', sizeGiB: 100, periods: '1:1,2:2,3:3', repeat: 10_000 })).toEqual([
      'workload_too_long',
    ]);
  });

  const workload = fc.array(
    fc.record({ demand: fc.integer({ min: 0, max: 6_000 }), seconds: fc.integer({ min: 1, max: 20_000 }) }),
    { minLength: 1, maxLength: 8 },
  );

  it('never lets the balance leave [0, bucket], and never delivers more than demand, the burst ceiling or the instance cap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('gp2', 'st1', 'sc1' as const),
        fc.integer({ min: 125, max: 16_384 }),
        workload,
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 100 }),
        fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined }),
        (type, size, periods, repeat, start, cap) => {
          const v = simulate({
            type,
            sizeGiB: size,
            periods,
            repeat,
            creditBalancePercent: start,
            ...(cap !== undefined
              ? { instance: type === 'gp2' ? { maxIops: cap } : { maxThroughputMiBps: cap } }
              : {}),
          });
          for (const row of v.timeline) {
            for (const balance of [row.balanceStart, row.balanceEnd]) {
              expect(balance).toBeGreaterThanOrEqual(0);
              expect(balance).toBeLessThanOrEqual(v.bucket);
            }
            for (const delivered of [row.deliveredAtStart, row.deliveredAtEnd, row.deliveredAverage]) {
              expect(delivered).toBeLessThanOrEqual(row.demand + 1e-9);
              expect(delivered).toBeLessThanOrEqual(v.burstCeiling + 1e-9);
              if (cap !== undefined) expect(delivered).toBeLessThanOrEqual(cap + 1e-9);
            }
          }
          for (const point of v.points) expect(point.balance).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('never drains the bucket when demand stays at or below baseline', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 34, max: 999 }),
        workload,
        fc.integer({ min: 0, max: 100 }),
        (size, periods, start) => {
          const baseline = 3 * size;
          const v = simulate({
            type: 'gp2',
            sizeGiB: size,
            periods: periods.map((p) => ({ ...p, demand: Math.min(p.demand, baseline) })),
            creditBalancePercent: start,
          });
          let previous = v.startBalance;
          for (const row of v.timeline) {
            expect(row.balanceEnd).toBeGreaterThanOrEqual(previous);
            previous = row.balanceEnd;
          }
          expect(v.emptyAtSeconds === null || start === 0).toBe(true);
        },
      ),
    );
  });

  it('agrees with a slow 0.25-second stepping reference (differential)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.array(
          fc.record({
            demand: fc.integer({ min: 0, max: 4_000 }),
            seconds: fc.integer({ min: 1, max: 3_000 }),
          }),
          {
            minLength: 1,
            maxLength: 4,
          },
        ),
        fc.integer({ min: 0, max: 100 }),
        (size, periods, start) => {
          const v = simulate({ type: 'gp2', sizeGiB: size, periods, creditBalancePercent: start });
          const reference = stepped(v.baseline, v.burstCeiling, v.bucket, v.startBalance, periods, 0.25);
          // Each step can be off by at most one slice of the fastest drain (3,000 IOPS × 0.25 s).
          expect(Math.abs(v.finalBalance - reference.balance)).toBeLessThanOrEqual(
            3_000 * 0.25 * periods.length + 1e-6,
          );
          expect(v.emptyAtSeconds === null).toBe(reference.emptyAt === null);
          if (v.emptyAtSeconds !== null && reference.emptyAt !== null)
            expect(Math.abs(v.emptyAtSeconds - reference.emptyAt)).toBeLessThanOrEqual(0.25 + 1e-6);
        },
      ),
      { numRuns: 300 },
    );
  });
});
