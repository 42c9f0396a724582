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
