import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { type EbsMigrateGp2ToGp3Input, ebsMigrateGp2ToGp3 } from './ebsMigrateGp2ToGp3.ts';

function migrate(input: EbsMigrateGp2ToGp3Input) {
  const result = run(ebsMigrateGp2ToGp3, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('ebsMigrateGp2ToGp3', () => {
  it('500 GiB gp2 (1,500 IOPS, 250 MiB/s) → gp3 3,000 IOPS and 250 MiB/s: $50 → $45 a month', () => {
    const { value, warnings } = migrate({ sizeGiB: 500 });
    expect([value.gp2.baselineIops, value.gp2.baselineThroughputMiBps]).toEqual([1_500, 250]);
    expect([value.gp3.iops, value.gp3.throughputMiBps]).toEqual([3_000, 250]);
    // gp2: 500 × $0.10; gp3: 500 × $0.08 + (250 − 125) × $0.04.
    expect([value.gp2.monthlyUsd, value.gp3.monthlyUsd, value.savingUsd, value.savingPercent]).toEqual([
      '50',
      '45',
      '5',
      '10',
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['gp3_covers_burst']);
  });

  it("a 100 GiB gp2 needs nothing beyond gp3's included performance: 20% saving on storage alone", () => {
    const { value } = migrate({ sizeGiB: 100 });
    expect([value.gp3.iops, value.gp3.throughputMiBps]).toEqual([3_000, 125]);
    expect(value.savingPercent).toBe('20');
  });

  it("matching the burst raises gp3 throughput to gp2's maximum (100 GiB: 128 MiB/s)", () => {
    const { value } = migrate({ sizeGiB: 100, matchBurst: true });
    expect(value.gp3.throughputMiBps).toBe(128);
  });

  it('a 6,000 GiB gp2 (16,000 IOPS) maps to gp3 16,000 IOPS', () => {
    const { value } = migrate({ sizeGiB: 6_000 });
    expect(value.gp3.iops).toBe(16_000);
    expect(value.gp3.lines.map((l) => l.priceKey)).toEqual([
      'ebs.gp3.storage',
      'ebs.gp3.iops',
      'ebs.gp3.throughput',
    ]);
  });

  it('refuses a size gp2 does not have', () => {
    const result = run(ebsMigrateGp2ToGp3, { sizeGiB: 20_000 });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['gp2_size_invalid']);
  });
});
