import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { type EbsCheapestVolumeInput, ebsCheapestVolume } from './ebsCheapestVolume.ts';

function cheapest(input: EbsCheapestVolumeInput) {
  const result = run(ebsCheapestVolume, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('ebsCheapestVolume', () => {
  it('picks gp3 for 10,000 IOPS and 500 MiB/s on 100 GiB, and lists why the others cost more or fall short', () => {
    const { value } = cheapest({ iops: 10_000, throughputMiBps: 500, sizeGiB: 100 });
    expect(value.cheapest).toMatchObject({ type: 'gp3', sizeGiB: 100, iops: 10_000, throughputMiBps: 500 });
    // 100 × $0.08 + 7,000 × $0.005 + 375 × $0.04 = $58.
    expect(value.cheapest?.monthlyUsd).toBe('58');
    expect(value.candidates.find((c) => c.type === 'gp2')?.reason).toContain('250 MiB/s');
    expect(value.candidates.find((c) => c.type === 'st1')?.feasible).toBe(false);
  });

  it('picks an HDD for cheap sequential throughput without an IOPS need', () => {
    const { value } = cheapest({ throughputMiBps: 100, sizeGiB: 4_096, allowBurst: true });
    expect(value.cheapest?.type).toBe('sc1');
  });

  it("needs io2 above gp3's 80,000 IOPS", () => {
    const { value } = cheapest({ iops: 120_000, sizeGiB: 500 });
    expect(value.cheapest?.type).toBe('io2');
    expect(value.candidates.find((c) => c.type === 'gp3')?.feasible).toBe(false);
  });

  it('says no single volume can meet 300,000 IOPS', () => {
    const result = cheapest({ iops: 300_000 });
    expect(result.value.cheapest).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['no_single_volume']);
  });

  it('asks for a need', () => {
    const result = run(ebsCheapestVolume, {});
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['need_missing']);
  });

  // Throughput = IOPS × I/O size (gp3/io1/io2 performance pages), so 500 MiB/s at 16 KiB I/O needs
  // 32,000 IOPS; gp3 at 500 IOPS per GiB needs 64 GiB: 64 × $0.08 + 29,000 × $0.005 + 375 × $0.04 = $165.12.
  it('turns a throughput need at a small I/O size into an IOPS need (500 MiB/s at 16 KiB → gp3 32,000 IOPS)', () => {
    const result = run(ebsCheapestVolume, { throughputMiBps: 500, ioSizeKiB: 16 });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.cheapest).toMatchObject({
      type: 'gp3',
      sizeGiB: 64,
      iops: 32_000,
      throughputMiBps: 500,
      deliveredThroughputMiBps: 500,
      monthlyUsd: '165.12',
    });
  });

  it('answers 1e300 IOPS with the limit alone, not also "must be a whole number"', () => {
    const result = run(ebsCheapestVolume, { iops: '1e300' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'IOPS must be at most 1,000,000,000, e.g. 10000.',
    ]);
  });
});
