import { describe, expect, it } from 'vitest';
import { defineCalculator, success } from '../result.ts';
import { run } from '../run.ts';
import { didYouMean } from './didYouMean.ts';
import { fieldsOf } from './fieldMeta.ts';
import {
  choiceField,
  durationField,
  monthHoursField,
  numberField,
  pricesField,
  rateField,
  sizeField,
} from './fields.ts';
import { inputObject } from './inputObject.ts';

const meta = (label: string, example: string, unit?: string) => ({
  label,
  flag: label.toLowerCase().replaceAll(' ', '-'),
  param: label.toLowerCase().replaceAll(' ', '-'),
  description: `${label}.`,
  example,
  ...(unit ? { unit } : {}),
});

const schema = inputObject({
  count: numberField(meta('Volume count', '4'), { min: 1, max: 1000, integer: true }).optional(),
  requests: numberField(meta('Requests', '2.5M'), {
    min: 0,
    max: 1e18,
    integer: true,
    suffixes: true,
  }).optional(),
  rate: rateField(meta('GET rate', '20k/s', 'requests/s'), { max: 1e9 }).optional(),
  size: sizeField(meta('Object size', '5 TiB'), { convention: 'binary' }).optional(),
  window: durationField(meta('Window', '10m'), { max: 86_400 }).optional(),
  kind: choiceField(meta('Storage class', 'STANDARD_IA'), ['STANDARD', 'STANDARD_IA'] as const).optional(),
  monthHours: monthHoursField,
  prices: pricesField('s3.standard.put=0.005'),
});
const echo = defineCalculator({ name: 'echo', schema, calculate: (input) => success(input, []) });
const messages = (raw: object) => {
  const result = run(echo, raw);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the shared fields', () => {
  it('read numbers as people type them', () => {
    expect(
      run(echo, { count: '12', requests: '2.5M', rate: '12,000', size: '1.5 KiB', window: '1h30m' }),
    ).toMatchObject({
      ok: true,
      value: {
        count: 12,
        requests: 2_500_000,
        rate: 12_000,
        size: 1536,
        window: 5400,
        monthHours: 730,
        prices: [],
      },
    });
    expect(run(echo, { requests: '1,000,000', kind: 'standard-ia', monthHours: '720' })).toMatchObject({
      ok: true,
      value: { requests: 1_000_000, kind: 'STANDARD_IA', monthHours: 720 },
    });
  });

  it('name the field by its label, say what is wrong and what is valid', () => {
    expect(messages({ count: '1,2' })).toEqual([
      'count: Volume count: "1,2" has a misplaced thousands separator; write 12,000 or 12000.',
    ]);
    expect(messages({ count: 0 })).toEqual(['count: Volume count must be at least 1, e.g. 4.']);
    expect(messages({ count: '2.5' })).toEqual([
      'count: Volume count must be a whole number, e.g. 4; 2.5 is not.',
    ]);
    expect(messages({ count: '1e300' })).toEqual(['count: Volume count must be at most 1,000, e.g. 4.']);
    expect(messages({ requests: '5e30' })).toEqual(['requests: Requests must be at most 10^18, e.g. 2.5M.']);
    expect(messages({ rate: '-3/s' })[0]).toMatch(/^rate: GET rate: "-3\/s" is not a rate/);
    expect(messages({ kind: 'GLACIER' })).toEqual([
      'kind: Storage class "GLACIER" is not one of STANDARD, STANDARD_IA.',
    ]);
    expect(messages({ monthHours: 731 })[0]).toContain('Month must be 730 hours');
    expect(messages({ prices: ['nonsense'] })).toEqual([
      'prices.0: Price override "nonsense" is not KEY=USD; e.g. s3.standard.put=0.005 (awscalc prices lists the keys).',
    ]);
  });

  it('refuse text over the field limit before parsing it, quoting none of it', () => {
    const [message] = messages({ rate: '1'.repeat(5000) });
    expect(message).toBe(
      'rate: GET rate is 5,000 characters long; at most 1,000 are read. Give a value like 20k/s.',
    );
  });

  it('read price overrides as KEY=USD text or objects', () => {
    expect(
      run(echo, { prices: ['s3.standard.put=0.0055', { key: 's3.standard.get', usd: 0.0004 }] }),
    ).toMatchObject({
      ok: true,
      value: {
        prices: [
          { key: 's3.standard.put', usd: '0.0055' },
          { key: 's3.standard.get', usd: '0.0004' },
        ],
      },
    });
  });

  it('list each field with its metadata, in declaration order', () => {
    expect(fieldsOf(schema).map((field) => [field.key, field.flag, field.required])).toEqual([
      ['count', 'volume-count', false],
      ['requests', 'requests', false],
      ['rate', 'get-rate', false],
      ['size', 'object-size', false],
      ['window', 'window', false],
      ['kind', 'storage-class', false],
      ['monthHours', 'month', false],
      ['prices', 'price', false],
    ]);
  });
});

describe('inputObject', () => {
  it('refuses an unknown field, suggests the one meant and lists the fields with their labels', () => {
    const [message] = messages({ monthHour: 730 });
    expect(message).toContain('Unknown field "monthHour" (did you mean "monthHours"?)');
    expect(message).toContain('count (Volume count)');
  });

  it('explains a whole input that is not an object', () => {
    const result = run(echo, [1, 2]);
    expect(result.ok === false && result.issues[0]?.message).toBe(
      'The input must be an object of named fields (a JSON object), not a single value or a list.',
    );
  });
});

describe('didYouMean', () => {
  it('suggests a close name and nothing for a distant or very long one', () => {
    expect(didYouMean('--get-rat', ['--get-rate', '--put-rate'])).toBe('--get-rate');
    expect(didYouMean('subnt', ['subnet', 'vpc'])).toBe('subnet');
    expect(didYouMean('dynamo', ['subnet', 'vpc', 's3'])).toBeUndefined();
    expect(didYouMean('x'.repeat(10_000), ['subnet'])).toBeUndefined();
    expect(didYouMean('--prefix', ['--prefix-length', '--parent'])).toBe('--prefix-length');
    expect(didYouMean('--month-hours', ['--month', '--trace'])).toBe('--month');
    expect(didYouMean('--p', ['--price', '--put-rate'])).toBeUndefined();
  });
});

describe('a number that is almost whole', () => {
  it('is quoted as typed, not rounded into "1 is not"', () => {
    expect(messages({ count: '1.0000001' })).toEqual([
      'count: Volume count must be a whole number, e.g. 4; 1.0000001 is not.',
    ]);
  });
});
