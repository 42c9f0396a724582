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
    expect(value.utilisationPercent.get).toBe(100);
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
      { prefix: 'hot/', sharePercent: 80, getRate: 8000, putRate: 0, partitionsNeeded: 2, overLimit: true },
      { prefix: 'cold/', sharePercent: 20, getRate: 2000, putRate: 0, partitionsNeeded: 1, overLimit: false },
    ]);
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
