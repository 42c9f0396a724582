import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../input/fieldMeta.ts';
import { calculatorEntry } from '../registry.ts';
import { run } from '../run.ts';
import { ebsBurstSimulation } from './ebsBurstSimulation.ts';
import { ebsCost } from './ebsCost.ts';
import { EBS_MAX_DEMAND_TEXT, EBS_MAX_PERIODS, ebsParseDemand } from './ebsDemand.ts';
import { EBS_VOLUME_TYPES } from './ebsLimits.ts';
import { ebsMigrateGp2ToGp3 } from './ebsMigrateGp2ToGp3.ts';
import { ebsVolumePerformance } from './ebsVolumePerformance.ts';
import { ebsVolumeTraits } from './ebsVolumeTraits.ts';

const EBS_IDS = ['ebs.volume', 'ebs.simulate', 'ebs.cost', 'ebs.migrate', 'ebs.cheapest', 'ebs.raid0'];

const issuesOf = (result: {
  ok: boolean;
  issues?: readonly { code: string; message: string; path: readonly unknown[] }[];
}) => (result.ok ? [] : (result.issues ?? []));

describe('EBS inputs on the shared fields', () => {
  it('gives every top-level input field of every EBS calculator a label, flag and example', () => {
    for (const id of EBS_IDS) {
      const schema = calculatorEntry(id).calculator.schema as unknown as { shape: Record<string, unknown> };
      const keys = Object.keys(
        schema.shape ?? (schema as unknown as { _zod: { def: { in: { shape: object } } } })._zod.def.in.shape,
      );
      const fields = fieldsOf(calculatorEntry(id).calculator.schema);
      expect(fields.map((field) => field.key).sort(), id).toEqual(keys.sort());
      for (const field of fields)
        expect(field.label.length * field.example.length, `${id} ${field.key}`).toBeGreaterThan(0);
    }
  });

  it('gives one key one flag across the EBS calculators', () => {
    const flags = new Map<string, string>();
    for (const id of EBS_IDS)
      for (const field of fieldsOf(calculatorEntry(id).calculator.schema)) {
        expect(flags.get(field.key) ?? field.flag, `${id} ${field.key}`).toBe(field.flag);
        flags.set(field.key, field.flag);
      }
    expect(flags.get('sizeGiB')).toBe('size');
    expect(flags.get('prices')).toBe('price');
    expect(flags.get('monthHours')).toBe('month');
  });

  it('reads numbers as people type them (12,000 IOPS) and names fields by their labels', () => {
    const result = run(ebsVolumePerformance, { type: 'gp3', sizeGiB: '1,000', iops: '12,000' });
    expect(result.ok && [result.value.sizeGiB, result.value.iops]).toEqual([1_000, 12_000]);
    const bad = run(ebsVolumePerformance, {
      type: 'gp3',
      sizeGiB: 100,
      throughputMiBps: 'fast',
      creditBalancePercent: 120,
    });
    expect(issuesOf(bad).map((issue) => issue.message)).toEqual([
      'Throughput must be a number, e.g. 125; "fast" is not one.',
      'Credit balance must be at most 100 %, e.g. 40.',
    ]);
  });

  it('refuses an unknown field and suggests the nearest one', () => {
    const result = run(ebsVolumePerformance, { type: 'gp3', sizeGiB: 100, iop: 4000 });
    expect(issuesOf(result)[0]?.message).toContain('"iop" (did you mean "iops"?)');
  });

  it('takes price overrides as KEY=USD text and the month as 720', () => {
    const result = run(ebsCost, {
      type: 'gp3',
      sizeGiB: 100,
      prices: ['ebs.gp3.storage=0.1'],
      monthHours: '720',
    });
    expect(result.ok && [result.value.monthlyUsd, result.value.month.hours]).toEqual(['10', 720]);
    expect(run(ebsMigrateGp2ToGp3, { sizeGiB: 100, matchBurst: 'true' }).ok).toBe(true);
  });
});

describe('the workload text', () => {
  it('refuses text longer than it reads, before parsing, naming the field', () => {
    const text = '2500:600,'.repeat(EBS_MAX_DEMAND_TEXT / 8);
    const result = run(ebsBurstSimulation, { type: 'gp2', sizeGiB: 100, periods: text });
    expect(issuesOf(result).map((issue) => [issue.code, issue.path])).toEqual([
      ['text_too_long', ['periods']],
    ]);
    expect(issuesOf(result)[0]?.message).toMatch(
      /^Demand is [\d,]+ characters long; at most 30,000 are read/,
    );
  });

  it('refuses more periods than it simulates with its own message', () => {
    const parsed = ebsParseDemand(Array.from({ length: EBS_MAX_PERIODS + 1 }, () => '1:1').join(','));
    expect(parsed).toMatchObject({ ok: false, code: 'too_many_periods' });
    expect(parsed.ok ? '' : parsed.message).toContain(
      'Demand has 1,001 periods; at most 1,000 are simulated',
    );
    expect(ebsParseDemand(Array.from({ length: EBS_MAX_PERIODS }, () => '1:1').join(',')).ok).toBe(true);
  });

  it('reads back any workload written as rate:duration pairs (property)', () => {
    const period = fc.record({
      demand: fc.integer({ min: 0, max: 1e6 }),
      seconds: fc.integer({ min: 1, max: 1e6 }),
    });
    fc.assert(
      fc.property(fc.array(period, { minLength: 1, maxLength: 60 }), fc.boolean(), (periods, spaced) => {
        const text = periods.map((p) => `${p.demand}:${p.seconds}`).join(spaced ? ', ' : ',');
        expect(ebsParseDemand(text)).toEqual({ ok: true, periods });
      }),
    );
  });

  it('answers any text with periods or a bounded message, never a throw (property)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('1', '0', ':', ',', ' ', 'm', 'h', '.', 'e', '-', 'x'),
          maxLength: 400,
        }),
        (text) => {
          const parsed = ebsParseDemand(text);
          if (parsed.ok) expect(parsed.periods.every((p) => p.seconds > 0 && p.demand >= 0)).toBe(true);
          else expect(parsed.message.length).toBeLessThan(400);
        },
      ),
    );
  });

  it('refuses one over-long period and quotes at most an excerpt of it', () => {
    const parsed = ebsParseDemand(`2500:${'1m'.repeat(500)}`);
    expect(parsed.ok ? '' : parsed.message).toMatch(
      /^Period 1 "2500:(1m){17}1… \(1005 characters\)" is longer than 60 characters; a period is rate:duration/,
    );
  });
});

describe('ebsVolumeTraits', () => {
  it('says a type takes IOPS or throughput exactly when the calculator accepts them', () => {
    for (const type of EBS_VOLUME_TYPES) {
      const traits = ebsVolumeTraits(type);
      const result = run(ebsVolumePerformance, { type, sizeGiB: 1000, iops: 3000, throughputMiBps: 125 });
      const codes = result.ok ? result.value.problems.map((problem) => problem.code) : ['failed'];
      expect(codes.includes('iops_not_provisionable'), type).toBe(!traits.takesIops);
      expect(codes.includes('throughput_not_provisionable'), type).toBe(!traits.takesThroughput);
      const bare = run(ebsVolumePerformance, { type, sizeGiB: 1000 });
      expect(bare.ok && bare.value.problems.some((problem) => problem.code === 'iops_required'), type).toBe(
        traits.requiresIops,
      );
      expect(bare.ok && bare.value.creditBucket !== null, type).toBe(traits.burstable);
      expect(bare.ok && bare.value.iops, type).toBe(
        traits.defaultIops ?? (traits.requiresIops ? null : null),
      );
    }
  });

  it('lists exactly the types ebs simulate accepts as burstable', () => {
    for (const type of EBS_VOLUME_TYPES) {
      const result = run(ebsBurstSimulation, { type, sizeGiB: 1000, periods: '100:60' });
      expect(result.ok, type).toBe(ebsVolumeTraits(type).burstable);
    }
  });
});

describe('I/O size at the edge of doubles', () => {
  it('refuses a size below one 512-byte sector with its label instead of computing NaN', async () => {
    const { run } = await import('../run.ts');
    const { ebsCheapestVolume } = await import('./ebsCheapestVolume.ts');
    const result = run(ebsCheapestVolume, { sizeGiB: 100, iops: 3000, ioSizeKiB: '5e-324' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'number_too_small',
        path: ['ioSizeKiB'],
        message: expect.stringMatching(/^I\/O size must be at least 0\.5 KiB/),
      }),
    ]);
  });
});

describe('messages with tiny or huge numbers', () => {
  it('write the minimum-billed-time warning in plain decimals', async () => {
    const { run } = await import('../run.ts');
    const { ebsCost } = await import('./ebsCost.ts');
    const result = run(ebsCost, { type: 'gp3', sizeGiB: 100, hours: 0.0000001 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const warning = result.warnings.find((entry) => entry.code === 'minimum_billed_time');
    expect(warning?.message).toBe(
      'EBS bills at least 60 seconds; 0.0000001 hours is billed as 60 seconds (0.016667 hours).',
    );
  });
});
