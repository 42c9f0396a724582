import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { ebsRaid0 } from './ebsRaid0.ts';

describe('ebsRaid0', () => {
  it('stripes 4 × gp3 16,000 IOPS / 1,000 MiB/s into 64,000 IOPS, 4,000 MiB/s and 4 TiB', () => {
    const result = run(ebsRaid0, {
      type: 'gp3',
      sizeGiB: 1_024,
      iops: 16_000,
      throughputMiBps: 1_000,
      volumeCount: 4,
    });
    if (!result.ok) throw new Error('expected ok');
    expect([result.value.maxIops, result.value.maxThroughputMiBps, result.value.capacityGiB]).toEqual([
      64_000, 4_000, 4_096,
    ]);
    expect(result.value.effective.iopsLimitedBy).toBe('volume');
    expect(result.warnings.map((w) => w.code)).toContain('raid0_no_redundancy');
  });

  it('caps the array, not each member, by the instance (m6i.4xlarge: 40,000 IOPS)', () => {
    const result = run(ebsRaid0, {
      type: 'gp3',
      sizeGiB: 1_024,
      iops: 16_000,
      throughputMiBps: 1_000,
      volumeCount: 4,
      instance: { name: 'm6i.4xlarge' },
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.effective.maxIops).toBe(40_000);
    expect(result.value.effective.iopsLimitedBy).toBe('instance');
    expect(result.value.effective.throughputLimitedBy).toBe('instance');
  });

  it("caps the array's baseline by the instance's EBS baseline, not its 30-minute maximum (m6i.4xlarge: 20,000 IOPS, 625 MB/s baseline)", () => {
    // AWS EC2 instance types (general purpose): m6i.4xlarge EBS baseline 20,000 IOPS / 625 MB/s,
    // maximum 40,000 IOPS / 1,250 MB/s for 30 minutes at least once every 24 hours.
    const result = run(ebsRaid0, {
      type: 'gp3',
      sizeGiB: 1_024,
      iops: 16_000,
      throughputMiBps: 1_000,
      volumeCount: 4,
      instance: { name: 'm6i.4xlarge' },
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.effective.baselineIops).toBe(20_000);
    expect(result.value.effective.baselineIopsLimitedBy).toBe('instance');
    expect(result.value.effective.baselineThroughputMiBps).toBeCloseTo((625 * 1e6) / 1_048_576, 9);
    expect(result.value.effective.baselineThroughputLimitedBy).toBe('instance');
    expect(result.warnings.map((w) => w.code)).toContain('instance_burst_limited');
    expect(result.trace.map((step) => step.id)).toContain('raid0_effective_baseline_iops');
  });

  it('keeps the array baseline when it is below the instance baseline, and does not warn when the maximum is sustainable', () => {
    const result = run(ebsRaid0, {
      type: 'gp3',
      sizeGiB: 100,
      volumeCount: 2,
      instance: { name: 'm6i.4xlarge' },
    });
    if (!result.ok) throw new Error('expected ok');
    expect(result.value.effective.baselineIops).toBe(6_000);
    expect(result.value.effective.baselineIopsLimitedBy).toBe('volume');
    expect(result.warnings.map((w) => w.code)).not.toContain('instance_burst_limited');
  });

  it('needs at least two volumes', () => {
    const result = run(ebsRaid0, { type: 'gp3', sizeGiB: 100, volumeCount: 1 });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['raid0_too_few_volumes']);
  });

  it('refuses more volumes than any instance attaches, naming the valid range', () => {
    const result = run(ebsRaid0, { type: 'gp3', sizeGiB: 100, volumeCount: '1e9' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['raid0_too_many_volumes']);
    expect(result.ok ? '' : result.issues[0]?.message).toContain('Give 2 to 128');
  });
});
