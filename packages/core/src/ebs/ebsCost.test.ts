import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import { run } from '../run.ts';
import { type EbsCost, type EbsCostInput, ebsCost } from './ebsCost.ts';

function cost(input: EbsCostInput): EbsCost {
  const result = run(ebsCost, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const line = (value: EbsCost, key: string) => value.lines.find((l) => l.priceKey === key)?.costUsd;

describe('ebsCost', () => {
  // Amazon EBS pricing page, "Example 1 – General Purpose SSD (gp3) Volumes": a 2,000 GB volume for 12 hours
  // (43,200 s) in a 30-day month with 10,000 IOPS and 500 MB/s; price × quantity × 43,200 / (86,400 × 30).
  // The copy we could read (https://aws.eu/ebs/pricing) prices storage at EUR 0.09394 per GB-month → EUR 3.13133.
  it("reproduces the pricing page gp3 storage example with that Region's price (3.13133)", () => {
    const value = cost({
      type: 'gp3',
      sizeGiB: 2_000,
      iops: 10_000,
      throughputMiBps: 500,
      hours: 12,
      monthHours: 720,
      prices: [{ key: 'ebs.gp3.storage', usd: '0.09394' }],
    });
    expect(new Decimal(line(value, 'ebs.gp3.storage') ?? '0').toDecimalPlaces(5).toString()).toBe('3.13133');
    expect(value.month.hours).toBe(720);
  });

  it('prices the same example in us-east-1: 2,000 × $0.08 / 60 + 7,000 × $0.005 / 60 + 375 × $0.04 / 60 = $3.50', () => {
    const value = cost({
      type: 'gp3',
      sizeGiB: 2_000,
      iops: 10_000,
      throughputMiBps: 500,
      hours: 12,
      monthHours: 720,
    });
    expect(line(value, 'ebs.gp3.storage')).toBe('2.6666666667');
    expect(line(value, 'ebs.gp3.iops')).toBe('0.5833333333');
    expect(line(value, 'ebs.gp3.throughput')).toBe('0.25');
    expect(value.monthlyUsd).toBe('3.5');
    expect(value.fractionOfMonth).toBe('0.01666666666666666667');
    expect(value.region).toBe('us-east-1');
  });

  // AWS's Provisioned IOPS pricing example: 1,000 IOPS kept 15 days of a 30-day month at $0.10 per IOPS-month → $50.
  it('reproduces the provisioned-IOPS example: 1,000 IOPS for 15 of 30 days at $0.10 = $50', () => {
    const value = cost({
      type: 'io1',
      sizeGiB: 100,
      iops: 1_000,
      hours: 360,
      monthHours: 720,
      prices: [{ key: 'ebs.io1.iops', usd: '0.10' }],
    });
    expect(line(value, 'ebs.io1.iops')).toBe('50');
  });

  it('prices io2 IOPS in tiers: 32,000 at $0.065, 32,000 at $0.0455, the rest at $0.03185', () => {
    const value = cost({ type: 'io2', sizeGiB: 100, iops: 80_000 });
    expect(line(value, 'ebs.io2.iops.tier1')).toBe('2080');
    expect(line(value, 'ebs.io2.iops.tier2')).toBe('1456');
    expect(line(value, 'ebs.io2.iops.tier3')).toBe('509.6');
    expect(value.monthlyUsd).toBe('4058.1');
  });

  it('charges gp3 only above the included 3,000 IOPS and 125 MiB/s', () => {
    const value = cost({ type: 'gp3', sizeGiB: 100 });
    expect(value.lines.map((l) => l.priceKey)).toEqual(['ebs.gp3.storage']);
    expect(value.monthlyUsd).toBe('8');
    expect(value.lines[0]).toMatchObject({
      source: 'https://aws.amazon.com/ebs/pricing/',
      asOf: '2026-09-30',
      region: 'us-east-1',
    });
  });

  it('multiplies by the volume count and names the month convention', () => {
    const value = cost({ type: 'gp2', sizeGiB: 500, volumeCount: 3 });
    expect(value.monthlyUsd).toBe('150');
    expect(value.month.label).toContain('730');
  });

  // Pricing page (reference §3.2.4): billed per second with a 60-second minimum.
  it('bills a volume that lives under a minute for the 60-second minimum', () => {
    const result = run(ebsCost, { type: 'gp3', sizeGiB: 100, hours: 0.001, monthHours: 720 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.hours).toBe(1 / 60);
    // 100 GB × $0.08 × 60 s ÷ (720 × 3,600 s) = $8 ÷ 43,200
    expect(result.value.monthlyUsd).toBe(new Decimal(8).dividedBy(43_200).toDecimalPlaces(10).toString());
    expect(result.warnings.map((w) => w.code)).toContain('minimum_billed_time');
  });

  it('rejects negative or fractional magnetic I/O request counts with a message saying what is valid', () => {
    for (const ioRequestsPerMonth of [-1, 1.5]) {
      const result = run(ebsCost, { type: 'standard', sizeGiB: 100, ioRequestsPerMonth });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues[0]?.message).toMatch(/^I\/O requests must be (a whole number|at least 0)/);
    }
  });

  it('reports unknown price keys and hours beyond the month as issues', () => {
    const unknown = run(ebsCost, { type: 'gp2', sizeGiB: 5, prices: [{ key: 'ebs.gp4.storage', usd: '1' }] });
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(['price_unknown_key']);
    const long = run(ebsCost, { type: 'gp2', sizeGiB: 5, hours: 800 });
    expect(long.ok ? [] : long.issues.map((i) => i.code)).toEqual(['hours_exceed_month']);
  });

  it('keeps the problems of an invalid configuration beside its price', () => {
    const value = cost({ type: 'gp3', sizeGiB: 10, iops: 3_000, throughputMiBps: 1_000 });
    expect(value.valid).toBe(false);
    expect(value.problems[0]?.code).toBe('throughput_ratio_exceeded');
  });

  const gp3 = fc
    .record({ size: fc.integer({ min: 1, max: 60_000 }), iops: fc.integer({ min: 3_000, max: 79_000 }) })
    .filter(({ size, iops }) => iops <= Math.max(3_000, 500 * size) - 1_000);

  it('every valid configuration costs more than zero, and more with each provisioned dimension', () => {
    fc.assert(
      fc.property(gp3, fc.integer({ min: 125, max: 1_500 }), (config, throughput) => {
        const t = Math.min(throughput, config.iops / 4 - 1);
        const base = cost({
          type: 'gp3',
          sizeGiB: config.size,
          iops: config.iops,
          throughputMiBps: Math.max(125, Math.floor(t)),
        });
        expect(base.valid).toBe(true);
        expect(new Decimal(base.monthlyUsd).greaterThan(0)).toBe(true);
        const bigger = cost({
          type: 'gp3',
          sizeGiB: config.size + 1,
          iops: config.iops,
          throughputMiBps: Math.max(125, Math.floor(t)),
        });
        expect(new Decimal(bigger.monthlyUsd).greaterThan(base.monthlyUsd)).toBe(true);
        const moreIops = cost({
          type: 'gp3',
          sizeGiB: config.size + 2,
          iops: config.iops + 1_000,
          throughputMiBps: Math.max(125, Math.floor(t)),
        });
        expect(new Decimal(moreIops.monthlyUsd).greaterThan(bigger.monthlyUsd)).toBe(true);
        const moreThroughput = cost({
          type: 'gp3',
          sizeGiB: config.size,
          iops: config.iops,
          throughputMiBps: Math.max(125, Math.floor(t)) + 1,
        });
        expect(new Decimal(moreThroughput.monthlyUsd).greaterThan(base.monthlyUsd)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('io1', 'io2' as const),
        fc.integer({ min: 1_300, max: 16_000 }),
        fc.integer({ min: 100, max: 60_000 }),
        (type, size, iops) => {
          const base = cost({ type, sizeGiB: size, iops });
          expect(base.valid).toBe(true);
          expect(new Decimal(base.monthlyUsd).greaterThan(0)).toBe(true);
          expect(
            new Decimal(cost({ type, sizeGiB: size + 1, iops }).monthlyUsd).greaterThan(base.monthlyUsd),
          ).toBe(true);
          expect(
            new Decimal(cost({ type, sizeGiB: size, iops: iops + 1 }).monthlyUsd).greaterThan(
              base.monthlyUsd,
            ),
          ).toBe(true);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('gp2', 'st1', 'sc1', 'standard' as const),
        fc.integer({ min: 125, max: 1_000 }),
        (type, size) => {
          const base = cost({ type, sizeGiB: size });
          expect(new Decimal(base.monthlyUsd).greaterThan(0)).toBe(true);
          expect(new Decimal(cost({ type, sizeGiB: size + 1 }).monthlyUsd).greaterThan(base.monthlyUsd)).toBe(
            true,
          );
        },
      ),
    );
  });
});
