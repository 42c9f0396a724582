import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { dynamoItemSize } from './dynamoItemSize.ts';

// Expected sizes below apply the rules on AWS's "DynamoDB item sizes and formats" page
// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html)
// by hand: names and strings in UTF-8 bytes; numbers ceil(significant digits / 2) + 1; binary raw
// bytes; null/boolean 1; List/Map 3 + 1 per element; sets the sum of their elements.

function size(item: unknown, extra: Record<string, unknown> = {}) {
  const result = run(dynamoItemSize, { item, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('dynamoItemSize', () => {
  it('measures the CLI example item: "pk"+"user#1" = 8 B, "n"+42 = 1 + 2 = 3 B, 11 B in all', () => {
    const value = size('{"pk":{"S":"user#1"},"n":{"N":"42"}}');
    expect(value.sizeBytes).toBe(11);
    expect(value.readUnits).toBe(1);
    expect(value.writeUnits).toBe(1);
    expect(value.problems).toEqual([]);
    expect(value.attributes.map((a) => [a.name, a.bytes])).toEqual([
      ['pk', 8],
      ['n', 3],
    ]);
  });

  it('counts strings and names in UTF-8 bytes, not characters', () => {
    expect(size({ é: { S: 'é😀' } }).sizeBytes).toBe(2 + 2 + 4);
  });

  it('counts numbers by significant digits, trimming leading and trailing zeros', () => {
    expect(size({ n: { N: '123.4500' } }).attributes[0]?.valueBytes).toBe(4); // 12345: 5 digits
    expect(size({ n: { N: '0.001' } }).attributes[0]?.valueBytes).toBe(2); // 1 digit
    expect(size({ n: { N: '1000000' } }).attributes[0]?.valueBytes).toBe(2); // 1 digit
    expect(size({ n: { N: '-0' } }).attributes[0]?.valueBytes).toBe(1);
    expect(size({ n: { N: '12345678901234567890123456789012345678' } }).attributes[0]?.valueBytes).toBe(20);
  });

  it('counts binary as raw bytes, not its base64 text', () => {
    expect(size({ b: { B: 'AAEC' } }).attributes[0]?.valueBytes).toBe(3);
    expect(size({ b: { B: 'AAECAw==' } }).attributes[0]?.valueBytes).toBe(4);
  });

  it('counts booleans and nulls as 1 byte', () => {
    expect(size({ t: { BOOL: true }, z: { NULL: true } }).sizeBytes).toBe(1 + 1 + 1 + 1);
  });

  it('adds 3 bytes per List or Map and 1 byte per element', () => {
    expect(size({ l: { L: [] } }).sizeBytes).toBe(1 + 3);
    expect(size({ l: { L: [{ S: 'ab' }, { N: '1' }] } }).sizeBytes).toBe(1 + 3 + (2 + 1) + (2 + 1));
    expect(size({ m: { M: { a: { S: 'x' } } } }).sizeBytes).toBe(1 + 3 + (1 + 1 + 1));
  });

  it('costs 2 WCU for a list of 500 {"S":"aa"} elements, as measured against DynamoDB (ExtendDB PR #217)', () => {
    const value = size({ l: { L: Array.from({ length: 500 }, () => ({ S: 'aa' })) } });
    expect(value.sizeBytes).toBe(1 + 3 + 500 * 3);
    expect(value.writeUnits).toBe(2);
  });

  it('sums set elements without per-element overhead', () => {
    expect(size({ s: { SS: ['a', 'bb'] } }).sizeBytes).toBe(1 + 3);
    expect(size({ s: { NS: ['1', '22'] } }).sizeBytes).toBe(1 + 2 + 2);
    expect(size({ s: { BS: ['AAEC'] } }).sizeBytes).toBe(1 + 3);
  });

  it('reads plain JSON when asked: the same item gives the same size', () => {
    expect(size({ pk: 'user#1', n: 42 }, { itemFormat: 'plain' }).sizeBytes).toBe(11);
    expect(size('{"l":["aa","b"],"m":{"x":null}}', { itemFormat: 'plain' }).sizeBytes).toBe(
      1 + 3 + (2 + 1) + (1 + 1) + (1 + 3 + (1 + 1 + 1)),
    );
  });

  it('bills storage at size + 100 bytes, + 48 more for a global table', () => {
    expect(size({ pk: { S: 'a' } }).storage.bytesPerItem).toBe(3 + 100);
    expect(size({ pk: { S: 'a' } }, { globalTable: true }).storage.bytesPerItem).toBe(3 + 148);
  });

  it('reports an item over 400 KB as a problem naming its largest attributes', () => {
    const value = size({ pk: { S: 'k' }, blob: { S: 'x'.repeat(400 * 1024) }, note: { S: 'y'.repeat(10) } });
    expect(value.problems[0]?.code).toBe('item_too_large');
    expect(value.problems[0]?.message).toContain('blob');
    expect(value.largestAttributes[0]?.name).toBe('blob');
    expect(value.readUnits).toBe(101);
  });

  it('accepts exactly 400 KB', () => {
    const value = size({ a: { S: 'x'.repeat(400 * 1024 - 1) } });
    expect(value.sizeBytes).toBe(409600);
    expect(value.problems).toEqual([]);
  });

  it('flags numbers with more than 38 significant digits, empty sets and duplicate set members', () => {
    expect(size({ n: { N: '1'.repeat(39) } }).problems.map((p) => p.code)).toEqual(['number_too_precise']);
    expect(size({ s: { SS: [] } }).problems.map((p) => p.code)).toEqual(['empty_set']);
    expect(size({ s: { SS: ['a', 'a'] } }).problems.map((p) => p.code)).toEqual(['set_duplicates']);
  });

  it('points each problem at the attribute inside the item field', () => {
    expect(size({ n: { N: '1'.repeat(39) } }).problems.map((p) => p.path)).toEqual([['item', 'n', 'N']]);
    expect(size({ s: { SS: [] } }).problems.map((p) => p.path)).toEqual([['item', 's', 'SS']]);
  });

  it('refuses item text over 1 MiB before parsing it, saying the limit', () => {
    const blob = JSON.stringify({ b: { S: 'x'.repeat(1_048_576) } });
    const result = run(dynamoItemSize, { item: blob });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'text_too_long',
        ['item'],
        `Item is ${blob.length.toLocaleString('en-US')} characters long; at most 1,048,576 are read. Give a value like {"pk":{"S":"user#1"}}.`,
      ],
    ]);
    // A 400 KB item is well inside the limit.
    expect(size(JSON.stringify({ b: { S: 'x'.repeat(409_599) } })).sizeBytes).toBe(409_600);
  });

  it('answers a long malformed number or attribute name with a result, not a hang', () => {
    const number = run(dynamoItemSize, { item: { n: { N: `${' '.repeat(100_000)}x` } } });
    expect(number.ok ? [] : number.issues.map((i) => i.code)).toEqual(['item_invalid_attribute_value']);
    // 1.5 is two base-100 digits (01 | 50) + 1: 3 bytes, + 1 for the name.
    expect(size({ n: { N: ` ${'0'.repeat(50_000)}1.50${'0'.repeat(50_000)} ` } }).sizeBytes).toBe(4);
    expect(size({ ['a'.repeat(100_000)]: { S: 'x' } }).sizeBytes).toBe(100_001);
  });

  it('names the Item format field by its label when it is not dynamodb or plain', () => {
    const result = run(dynamoItemSize, { item: {}, itemFormat: 'yaml' });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'Item format "yaml" is not one of dynamodb, plain.',
    ]);
  });

  it('reports text that is not JSON, and malformed attribute values with their path', () => {
    const notJson = run(dynamoItemSize, { item: '{"pk":' });
    expect(notJson.ok ? [] : notJson.issues.map((i) => i.code)).toEqual(['item_not_json']);
    const plainInDynamo = run(dynamoItemSize, { item: { pk: 'user#1' } });
    expect(plainInDynamo.ok ? [] : plainInDynamo.issues.map((i) => [i.code, i.path])).toEqual([
      ['item_invalid_attribute_value', ['item', 'pk']],
    ]);
    const unknown = run(dynamoItemSize, { item: { pk: { X: '1' } } });
    expect(unknown.ok ? [] : unknown.issues.map((i) => i.code)).toEqual(['item_unknown_type']);
    const badNumber = run(dynamoItemSize, { item: { m: { M: { n: { N: 'abc' } } } } });
    expect(badNumber.ok ? [] : badNumber.issues.map((i) => i.path)).toEqual([['item', 'm', 'M', 'n', 'N']]);
  });

  it('accepts 31 map levels around a scalar and flags 32 (AWS Constraints: 32 levels; boundary measured against DynamoDB by the dynoxide conformance suite)', () => {
    const wrap = (levels: number) => {
      let value: unknown = { S: 'x' };
      for (let i = 0; i < levels; i += 1) value = { M: { k: value } };
      return { a: value };
    };
    expect(size(wrap(31)).problems).toEqual([]);
    expect(size(wrap(32)).problems.map((p) => [p.code, p.path])).toEqual([['item_too_deep', ['item', 'a']]]);
  });

  it('answers hostile nesting (20,000 levels, DynamoDB or plain JSON) with an issue, not a stack overflow', () => {
    const deep = `{"a":${'{"L":['.repeat(20000)}{"S":"x"}${']}'.repeat(20000)}}`;
    const plain = `{"a":${'['.repeat(20000)}${']'.repeat(20000)}}`;
    for (const [item, format] of [
      [deep, 'dynamodb'],
      [plain, 'plain'],
    ] as const) {
      const result = run(dynamoItemSize, { item, itemFormat: format });
      expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
        ['item_too_deep', ['item', 'a']],
      ]);
    }
  });

  it('warns when a plain JSON number has more digits than a JavaScript number keeps', () => {
    const result = run(dynamoItemSize, { item: '{"n":12345678901234567890123}', itemFormat: 'plain' });
    expect(result.ok ? result.warnings.map((w) => w.code) : result.issues).toEqual([
      'plain_number_precision',
    ]);
    const exact = run(dynamoItemSize, { item: '{"n":12345}', itemFormat: 'plain' });
    expect(exact.ok ? exact.warnings : exact.issues).toEqual([]);
    const huge = run(dynamoItemSize, { item: '{"n":1e400}', itemFormat: 'plain' });
    expect(huge.ok ? [] : huge.issues.map((i) => [i.code, i.path])).toEqual([
      ['item_invalid_attribute_value', ['item', 'n']],
    ]);
  });

  it('does not mutate the item it is given', () => {
    const item = { pk: { S: 'user#1' }, l: { L: [{ N: '1' }] } };
    const copy = structuredClone(item);
    size(item);
    expect(item).toEqual(copy);
  });

  it('never shrinks when a string attribute grows', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, extra) => {
        expect(size({ a: { S: a + extra } }).sizeBytes).toBeGreaterThanOrEqual(
          size({ a: { S: a } }).sizeBytes,
        );
      }),
    );
  });
});

describe('number sizes as DynamoDB bills them (base 100, aligned at the decimal point)', () => {
  // Goldens measured, not derived: DynamoDB Local 3.3.1 (AWS's engine, ReturnConsumedCapacity at
  // 1 KB boundaries, recorded in issue 11) and the service in eu-west-2 (dynoxide PR #195,
  // https://github.com/nubo-db/dynoxide/pull/195). AWS's page only approximates ("1 byte per two
  // significant digits + 1"), which gives 2 for 1.2 and -42 where DynamoDB bills 3.
  it.each([
    ['42', 2],
    ['-42', 3],
    ['12', 2],
    ['1.2', 3],
    ['0.5', 2],
    ['1000', 2],
    ['123', 3],
    ['-123', 4],
    ['1.5E-10', 3],
    ['15E-10', 2],
    ['0', 1],
    ['9'.repeat(38), 20],
    ['1.5', 3],
    ['3.14159', 5],
    ['-12345', 5],
    ['-0.15', 3],
  ] as const)('N %s is %d bytes', (number, bytes) => {
    // One-letter name: the item is the number's bytes + 1.
    expect(size({ n: { N: number } }).sizeBytes).toBe(bytes + 1);
  });
});

describe('numbers beyond any double', () => {
  it('sizes an exponent of 400 digits as a finite item with an out-of-range problem, never NaN', () => {
    const result = run(dynamoItemSize, { item: { a: { N: `1e${'9'.repeat(400)}` } } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Number.isFinite(result.value.sizeBytes)).toBe(true);
    expect(result.value.problems.map((problem) => problem.code)).toContain('number_out_of_range');
  });
});
