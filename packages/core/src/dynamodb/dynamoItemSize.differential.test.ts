import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { dynamoItemSize } from './dynamoItemSize.ts';

// An independent implementation of the rules on AWS's "DynamoDB item sizes and formats" page, in
// Python: UTF-8 via str.encode, base64 via the base64 module, number digits and exponent via
// decimal.Decimal (numbers are billed in base 100, as DynamoDB Local and the service measure).
const PYTHON = `
import base64, json, sys
from decimal import Decimal

def number(text):
    # Base 100: decimal digits paired at the decimal point (places 2k and 2k+1 share a byte), zero
    # pairs at either end dropped, + 1 exponent byte, + 1 when negative; zero is 1 byte.
    d = Decimal(text)
    if d == 0:
        return 1
    sign, digits, exp = d.as_tuple()
    places = [exp + len(digits) - 1 - j for j, digit in enumerate(digits) if digit != 0]
    return places[0] // 2 - places[-1] // 2 + 1 + 1 + sign

def utf8(text):
    return len(text.encode('utf-8'))

def value(av):
    (kind, v), = av.items()
    if kind == 'S': return utf8(v)
    if kind == 'N': return number(v)
    if kind == 'B': return len(base64.b64decode(v))
    if kind in ('BOOL', 'NULL'): return 1
    if kind == 'L': return 3 + sum(value(e) + 1 for e in v)
    if kind == 'M': return 3 + sum(utf8(k) + value(e) + 1 for k, e in v.items())
    if kind == 'SS': return sum(utf8(e) for e in v)
    if kind == 'NS': return sum(number(e) for e in v)
    if kind == 'BS': return sum(len(base64.b64decode(e)) for e in v)
    raise ValueError(kind)

items = json.load(sys.stdin)
print(json.dumps([sum(utf8(k) + value(v) for k, v in item.items()) for item in items]))
`;

const text = fc.string({ unit: 'grapheme', maxLength: 12 });
const numberText = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.stringMatching(/^\d{1,12}$/),
    fc.option(fc.stringMatching(/^\d{1,12}$/), { nil: undefined }),
    fc.option(fc.integer({ min: -20, max: 20 }), { nil: undefined }),
  )
  .map(
    ([sign, whole, fraction, exponent]) =>
      `${sign}${whole}${fraction !== undefined ? `.${fraction}` : ''}${exponent !== undefined ? `e${exponent}` : ''}`,
  );
const base64 = fc.uint8Array({ maxLength: 20 }).map((bytes) => Buffer.from(bytes).toString('base64'));

const { attribute } = fc.letrec((tie) => ({
  attribute: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((S) => ({ S })),
    numberText.map((N) => ({ N })),
    base64.map((B) => ({ B })),
    fc.boolean().map((BOOL) => ({ BOOL })),
    fc.constant({ NULL: true }),
    fc.uniqueArray(text, { minLength: 1, maxLength: 4 }).map((SS) => ({ SS })),
    fc.array(tie('attribute'), { maxLength: 4 }).map((L) => ({ L })),
    fc.dictionary(text, tie('attribute'), { maxKeys: 4 }).map((M) => ({ M })),
  ),
}));
const item = fc.dictionary(text, attribute, { minKeys: 1, maxKeys: 6 });

describe('dynamoItemSize (differential, Python)', () => {
  it('agrees with an independent Python implementation of the AWS size rules on random items', () => {
    const items = fc.sample(item, { numRuns: 400, seed: 4242 });
    const expected = JSON.parse(
      execFileSync('python3', ['-c', PYTHON], { input: JSON.stringify(items) }).toString(),
    );
    const actual = items.map((candidate) => {
      const result = run(dynamoItemSize, { item: candidate });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      return result.value.sizeBytes;
    });
    expect(actual).toEqual(expected);
  });
});
