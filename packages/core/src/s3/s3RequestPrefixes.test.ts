import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { s3RequestPrefixes } from './s3RequestPrefixes.ts';

// Rates from AWS's "Best practices design patterns: optimizing Amazon S3 performance"
// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html): at least 3,500
// PUT/COPY/POST/DELETE and 5,500 GET/HEAD requests per second per partitioned prefix.
function prefixes(input: Parameters<typeof run<typeof s3RequestPrefixes.schema, unknown>>[1]) {
  const result = run(s3RequestPrefixes, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

describe('s3RequestPrefixes', () => {
  it('needs 4 partitioned prefixes for 20,000 GET/s (⌈20,000 ÷ 5,500⌉, reference §4 vector 23)', () => {
    const { value } = prefixes({ getRate: 20000 });
    expect(value.readPrefixes).toBe(4);
    expect(value.prefixes).toBe(4);
  });

  it('needs 3 partitioned prefixes for 10,000 PUT/s (⌈10,000 ÷ 3,500⌉)', () => {
    const { value } = prefixes({ putRate: 10000 });
    expect(value.writePrefixes).toBe(3);
    expect(value.prefixes).toBe(3);
  });

  it('takes the larger of the read and write needs for the CLI contract example', () => {
    const { value } = prefixes({ getRate: 20000, putRate: 10000 });
    expect(value).toMatchObject({ prefixes: 4, readPrefixes: 4, writePrefixes: 3, problems: [] });
  });

  it('fits 3,500 PUT/s and 5,500 GET/s in one prefix: reads and writes have separate budgets', () => {
    expect(prefixes({ getRate: 5500, putRate: 3500 }).value.prefixes).toBe(1);
    expect(prefixes({ getRate: 5501 }).value.prefixes).toBe(2);
  });

  it("reproduces AWS's example: 10 prefixes scale reads to 55,000 requests per second", () => {
    const { value } = prefixes({ getRate: 55000, prefixCount: 10 });
    expect(value.sustained.getRate).toBe(55000);
    expect(value.sustained.putRate).toBe(35000);
    expect(value.utilizationPercent.get).toBe(100);
    expect(value.problems).toEqual([]);
  });

  it('reports a planned prefix count that cannot sustain the rates as a problem', () => {
    const { value } = prefixes({ getRate: 20000, prefixCount: 3 });
    expect(value.problems.map((problem) => problem.code)).toEqual(['prefix_count_too_low']);
    expect(value.problems[0]?.message).toContain('at least 4');
  });

  it('says the counts are lower bounds and explains the 503 Slow Down ramp-up and key design', () => {
    const { value } = prefixes({ getRate: 20000 });
    expect(value.lowerBound).toBe(true);
    expect(value.guidance.map((entry) => entry.code)).toEqual([
      'lower_bound',
      'ramp_up',
      'key_design',
      'even_spread',
    ]);
    expect(value.guidance[1]?.message).toContain('503 Slow Down');
    expect(value.guidance[2]?.message).toContain('spread over 4 prefixes');
  });

  it('does not tell a one-prefix workload to spread over more prefixes than it needs', () => {
    const { value } = prefixes({ getRate: 100, putRate: 10 });
    expect(value.prefixes).toBe(1);
    expect(value.guidance[2]?.message).toContain('One partitioned prefix covers these rates');
  });

  it('warns when one prefix carries more than one partitioned prefix supports', () => {
    const result = prefixes({ getRate: 10000, traffic: 'hot/=80, cold/=20' });
    expect(result.value.traffic).toEqual([
      {
        prefix: 'hot/',
        sharePercent: 80,
        getRate: 8000,
        putRate: 0,
        partitionsNeeded: 2,
        overLimit: true,
        ownPartitions: 2,
      },
      {
        prefix: 'cold/',
        sharePercent: 20,
        getRate: 2000,
        putRate: 0,
        partitionsNeeded: 1,
        overLimit: false,
        ownPartitions: 0,
      },
    ]);
    expect(result.value.sharedPartitions).toBe(1);
    expect(result.value.prefixes).toBe(2);
    expect(result.value.prefixesForTraffic).toBe(3);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['prefix_over_limit', 'uneven_traffic']);
  });

  it('rejects a prefix named twice in the spread instead of counting it twice, naming the prefix', () => {
    for (const traffic of [
      'a=50,a=50',
      [
        { prefix: 'a', share: 50 },
        { prefix: ' a ', share: 50 },
      ],
    ]) {
      const result = run(s3RequestPrefixes, { getRate: 100, traffic });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues.map((issue) => [issue.code, ...issue.path])).toEqual([
        ['traffic_duplicate_prefix', 'traffic', 1, 'prefix'],
      ]);
      expect(result.issues[0]?.message).toContain('"a" appears twice');
    }
  });

  it('lets lightly used prefixes share a partition: 100 GET/s over logs/ and images/ needs 1, with no warning', () => {
    const result = prefixes({ getRate: 100, traffic: 'logs/=60, images/=40' });
    expect(result.value.prefixesForTraffic).toBe(1);
    expect(result.warnings).toEqual([]);
  });

  it('counts each hot prefix on its own and the light ones together (reads and writes have separate budgets)', () => {
    // hot/ 9,000 GET/s → ⌈9,000 ÷ 5,500⌉ = 2; a/ + b/ together 900 GET/s and 700 PUT/s → 1.
    const result = prefixes({ getRate: 9900, putRate: 700, traffic: 'hot/=90, a/=5, b/=5' });
    expect(result.value.prefixesForTraffic).toBe(3);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['prefix_over_limit', 'uneven_traffic']);
    expect(result.warnings[1]?.message).toContain('at least 3 partitioned prefixes');
  });

  it('counts light prefixes once, together: hot/ 2 + warm/ and cold/ sharing 1 = 3, not the 4 the per-prefix column would add to', () => {
    // 10,000 GET/s: hot/ 8,000 → 2 partitions; warm/ 1,000 and cold/ 1,000 → each "1" alone, 2,000 together → 1.
    const { value } = prefixes({ getRate: 10000, traffic: 'hot/=80, warm/=10, cold/=10' });
    expect(value.traffic.map((row) => row.partitionsNeeded)).toEqual([2, 1, 1]);
    expect(value.traffic.map((row) => row.ownPartitions)).toEqual([2, 0, 0]);
    expect(value.sharedPartitions).toBe(1);
    expect(value.prefixesForTraffic).toBe(3);
  });

  it('adds up: Σ own partitions + shared partitions = partitions for the spread, for any spread', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (getRate, putRate, shares) => {
          const traffic = shares.map((share, index) => ({ prefix: `p${index}/`, share }));
          const { value } = prefixes({ getRate, putRate, traffic });
          const own = value.traffic.reduce((sum, row) => sum + row.ownPartitions, 0);
          expect(own + value.sharedPartitions).toBe(value.prefixesForTraffic);
          expect(value.prefixesForTraffic).toBeGreaterThanOrEqual(value.prefixes);
        },
      ),
    );
  });

  it('keeps a Hive-style prefix whole: the share follows the last = or :', () => {
    const { value } = prefixes({ getRate: 100, traffic: 'year=2026/=60, dt:1/:40%' });
    expect(value.traffic.map((row) => [row.prefix, row.sharePercent])).toEqual([
      ['year=2026/', 60],
      ['dt:1/', 40],
    ]);
  });

  it('names the field by its label and says what is valid for a bad entry, rate or prefix count', () => {
    const messages = (input: object) => {
      const result = run(s3RequestPrefixes, input);
      return result.ok ? [] : result.issues.map((issue) => issue.message);
    };
    expect(messages({ getRate: 100, traffic: 'logs/, images/=40' })[0]).toMatch(
      /^Traffic spread: "logs\/" is not prefix=share/,
    );
    expect(messages({ getRate: 'fast' })[0]).toMatch(/^GET rate: /);
    expect(messages({ putRate: -1 })[0]).toMatch(/^PUT rate cannot be negative/);
    expect(messages({ getRate: 1, prefixCount: 2.5 })[0]).toBe(
      'Prefix count must be a whole number, e.g. 4; 2.5 is not.',
    );
    expect(messages({ getRate: 1, prefixCount: '1e400' })[0]).toContain(
      'Prefix count must be at most 1,000,000',
    );
    expect(messages({ getRat: 1 })[0]).toContain('did you mean "getRate"');
  });

  it('reads rates and counts as people type them: 12,000 GET/s and a prefix count of "4"', () => {
    const { value } = prefixes({ getRate: '12,000', prefixCount: '4' });
    expect(value.readPrefixes).toBe(3);
    expect(value.prefixCount).toBe(4);
  });

  it('refuses an over-long spread before parsing it, and too many prefixes, each with its own message', () => {
    const long = run(s3RequestPrefixes, { getRate: 1, traffic: 'a'.repeat(100_001) });
    expect(long.ok ? [] : long.issues.map((issue) => [issue.code, ...issue.path])).toEqual([
      ['text_too_long', 'traffic'],
    ]);
    expect(long.ok ? '' : long.issues[0]?.message).toContain('at most 100,000 are read');
    const many = Array.from({ length: 10_001 }, (_, index) => `p${index}=1`).join(',');
    const tooMany = run(s3RequestPrefixes, { getRate: 1, traffic: many });
    expect(tooMany.ok ? [] : tooMany.issues.map((issue) => issue.code)).toEqual([
      'traffic_too_many_prefixes',
    ]);
    expect(tooMany.ok ? '' : tooMany.issues[0]?.message).toContain('lists 10,001 prefixes; at most 10,000');
    const list = Array.from({ length: 10_001 }, (_, index) => ({ prefix: `p${index}`, share: 1 }));
    const tooManyListed = run(s3RequestPrefixes, { getRate: 1, traffic: list });
    expect(tooManyListed.ok ? [] : tooManyListed.issues.map((issue) => issue.code)).toEqual([
      'traffic_too_many_prefixes',
    ]);
  });

  it('points a too-low prefix count problem at the field, with the nearest valid count', () => {
    const { value } = prefixes({ getRate: 20000, prefixCount: 3 });
    expect(value.problems).toMatchObject([
      { code: 'prefix_count_too_low', path: ['prefixCount'], nearest: { prefixCount: 4 } },
    ]);
    expect(value.problems[0]?.message).toMatch(/^Prefix count 3 is too few/);
  });

  it('accepts the spread as a list of { prefix, share } weights', () => {
    const { value, warnings } = prefixes({
      getRate: 11000,
      traffic: [
        { prefix: 'a/', share: 1 },
        { prefix: 'b/', share: 1 },
      ],
    });
    expect(value.traffic.map((row) => row.getRate)).toEqual([5500, 5500]);
    expect(warnings).toEqual([]);
  });

  it('parses rates with a period', () => {
    expect(prefixes({ getRate: '330000/min' }).value.readPrefixes).toBe(1);
    expect(prefixes({ getRate: '330001/min' }).value.readPrefixes).toBe(2);
  });

  it('rejects unreadable rates and spreads with codes and paths', () => {
    const bad = run(s3RequestPrefixes, { getRate: 'fast', traffic: 'logs/' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((issue) => [issue.code, issue.path[0]])).toEqual([
      ['rate_invalid', 'getRate'],
      ['traffic_invalid', 'traffic'],
    ]);
  });

  it('never needs fewer prefixes as either rate grows (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (get, put, extraGet, extraPut) => {
          const before = prefixes({ getRate: get, putRate: put }).value;
          const after = prefixes({ getRate: get + extraGet, putRate: put + extraPut }).value;
          expect(after.prefixes).toBeGreaterThanOrEqual(before.prefixes);
          expect(before.sustained.getRate).toBeGreaterThanOrEqual(get);
          expect(before.sustained.putRate).toBeGreaterThanOrEqual(put);
        },
      ),
    );
  });
});
