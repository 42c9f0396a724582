import { describe, expect, it } from 'vitest';
import { monthConvention } from './month.ts';
import {
  applyPriceOverrides,
  costLine,
  definePriceBook,
  formatUsd,
  PriceOverride,
  priceFor,
  totalUsd,
} from './priceBook.ts';

const book = definePriceBook('us-east-1', [
  {
    key: 'demo.storage',
    service: 'demo',
    description: 'storage',
    unit: 'GB-month',
    usd: '0.08',
    source: 'https://aws.amazon.com/ebs/pricing/',
    asOf: '2026-11-22',
  },
  {
    key: 'demo.request',
    service: 'demo',
    description: 'requests',
    unit: 'request',
    usd: '0.000000125',
    source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    asOf: '2026-11-22',
  },
]);

describe('price book', () => {
  it('prices exactly in decimal, with no binary floating-point error', () => {
    const lines = [
      costLine(priceFor(book, 'demo.storage'), '0.1'),
      costLine(priceFor(book, 'demo.storage'), '0.2'),
    ];
    expect(totalUsd(lines)).toBe('0.024');
    expect(costLine(priceFor(book, 'demo.request'), 3_000_000).costUsd).toBe('0.375');
  });

  it('carries each price’s region, source and date into the bill', () => {
    expect(costLine(priceFor(book, 'demo.storage'), 100)).toEqual({
      description: 'storage',
      priceKey: 'demo.storage',
      quantity: '100',
      unit: 'GB-month',
      unitPriceUsd: '0.08',
      costUsd: '8',
      source: 'https://aws.amazon.com/ebs/pricing/',
      asOf: '2026-11-22',
    });
    expect(book.prices.every((price) => price.region === 'us-east-1')).toBe(true);
  });

  it('applies overrides and marks them as the user’s', () => {
    const overridden = applyPriceOverrides(book, [PriceOverride.parse({ key: 'demo.storage', usd: 0.05 })]);
    expect(overridden.ok && priceFor(overridden.book, 'demo.storage')).toMatchObject({
      usd: '0.05',
      source: 'user override',
    });
    expect(overridden.ok && priceFor(overridden.book, 'demo.request').usd).toBe('0.000000125');
  });

  it('refuses overrides of prices that do not exist, listing the ones that do', () => {
    expect(
      applyPriceOverrides(book, [PriceOverride.parse({ key: 'demo.storag', usd: '1' })], 'prices'),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'price_unknown_key',
          path: ['prices', 0, 'key'],
          message:
            'Price override: no demo price "demo.storag" in the us-east-1 price book; did you mean demo.storage. Its keys: demo.storage, demo.request.',
        },
      ],
    });
    expect(PriceOverride.safeParse({ key: 'demo.storage', usd: '-1' }).success).toBe(false);
    const missing = PriceOverride.safeParse({ key: 'demo.storage' });
    expect(missing.success === false && missing.error.issues[0]?.message).toBe(
      'Give the price in US dollars, like 0.125.',
    );
  });

  it('refuses a price without a source', () => {
    expect(() =>
      definePriceBook('us-east-1', [
        { key: 'k', service: 's', description: 'd', unit: 'u', usd: '1', source: '', asOf: '2026-11-22' },
      ]),
    ).toThrow(/source/);
  });
});

describe('formatUsd', () => {
  it('rounds half up to cents and groups thousands', () => {
    expect(formatUsd('1234.565')).toBe('$1,234.57');
    expect(formatUsd('0')).toBe('$0.00');
    expect(formatUsd('0.000125')).toBe('$0.0001');
    expect(formatUsd('-2.5')).toBe('-$2.50');
  });
});

describe('monthConvention', () => {
  it('defaults to the AWS Pricing Calculator’s 730-hour month and offers 720', () => {
    expect(monthConvention()).toMatchObject({ hours: 730 });
    expect(monthConvention(720).label).toContain('30-day');
  });
});
