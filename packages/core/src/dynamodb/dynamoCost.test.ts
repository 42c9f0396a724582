import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../money/decimal.ts';
import { isFact } from '../rules/fact.ts';
import { run } from '../run.ts';
import { dynamoCost } from './dynamoCost.ts';
import type { DynamoCostInput } from './dynamoCostInput.ts';
import { dynamoCostCurve } from './dynamoCostCurve.ts';
import * as rules from './dynamoRules.ts';
import { DYNAMO_FREE_TIER, DYNAMO_PRICES } from './prices.ts';

function cost(input: DynamoCostInput) {
  const result = run(dynamoCost, input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}
const writes = (rate: number) => ({ operations: [{ type: 'PutItem' as const, rate, itemSize: 512 }] });

describe('dynamoCost', () => {
  it('prices 100 WRU/s on demand: 262.8 M WRU × $0.625 per million = $164.25 in a 730-hour month', () => {
    const value = cost({ workload: writes(100) });
    expect(value.onDemand.monthlyUsd).toBe('164.25');
    expect(value.month.hours).toBe(730);
    expect(value.onDemand.lines[1]).toMatchObject({
      priceKey: 'dynamodb.ondemand.write_request_units',
      quantity: '262.8',
      unitPriceUsd: '0.625',
      region: 'us-east-1',
      source: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
    });
  });

  it('prices provisioned capacity at the stated utilization: 100 WCU at 50 % → 200 WCU × 730 h × $0.00065', () => {
    const value = cost({ workload: writes(100), utilizationPercent: 50 });
    expect(value.provisioned.writeCapacityUnits).toBe(200);
    expect(value.provisioned.lines[1]?.costUsd).toBe('94.9');
  });

  it('puts the Standard break-even at $0.00013 ÷ (3,600 × $0.125 per million) = 28.89 % for any read/write mix', () => {
    const expected = new Decimal('0.00013').dividedBy(new Decimal(3600).times('0.000000125')).times(100);
    expect(cost({ workload: writes(100) }).breakEvenUtilizationPercent).toBeCloseTo(expected.toNumber(), 3);
    const reads = { operations: [{ type: 'GetItem' as const, rate: 500 }] };
    expect(cost({ workload: reads }).breakEvenUtilizationPercent).toBeCloseTo(expected.toNumber(), 3);
  });

  it('says which mode is cheaper at the stated utilization', () => {
    expect(cost({ workload: writes(100), utilizationPercent: 70 }).cheaperMode).toBe('provisioned');
    expect(cost({ workload: writes(100), utilizationPercent: 10 }).cheaperMode).toBe('on-demand');
  });

  it('prices storage, PITR, backups, streams and replicated writes as lines in both totals', () => {
    const value = cost({
      workload: writes(10),
      storage: '100GB',
      pointInTimeRecovery: true,
      backupStorage: '50GB',
      streamReadRequestsPerMonth: 1_000_000,
      replicaRegions: 1,
    });
    expect(value.common.lines.map((line) => [line.priceKey, line.costUsd])).toEqual([
      ['dynamodb.storage', '50'],
      ['dynamodb.pitr', '40'],
      ['dynamodb.backup', '5'],
      ['dynamodb.streams.read_requests', '0.2'],
    ]);
    expect(value.onDemand.lines.map((line) => line.priceKey)).toContain(
      'dynamodb.global.replicated_write_request_units',
    );
    expect(new Decimal(value.onDemand.monthlyUsd).minus(value.onDemand.throughputUsd).toString()).toBe(
      '95.2',
    );
  });

  // AWS "Global tables billing" (global-tables-billing.html): writes to a replica table, the first
  // Region's included, are replicated write units (rWRU / rWCU) in every Region; GSI updates stay
  // ordinary WRU / WCU, in every Region (GSIs exist in each replica).
  describe('global tables', () => {
    const puts = {
      operations: [{ type: 'PutItem' as const, rate: 100, itemSize: '1KB' }],
      globalSecondaryIndexes: [{ name: 'g', projectedItemSize: 500 }],
    };
    const line = (lines: readonly { priceKey: string; quantity: string }[], key: string) =>
      lines.find((l) => l.priceKey === key)?.quantity;

    it('bills table writes as rWRU in all 3 Regions and GSI writes as WRU in all 3: 100/s × 2,628,000 s × 3 = 788.4 M each', () => {
      const value = cost({ workload: puts, replicaRegions: 2 });
      expect(line(value.onDemand.lines, 'dynamodb.global.replicated_write_request_units')).toBe('788.4');
      expect(line(value.onDemand.lines, 'dynamodb.ondemand.write_request_units')).toBe('788.4');
    });

    it('replicates a transaction item by item: 10 TransactWriteItems/s of 1 KB = 20 rWRU/s here + 10 in the replica', () => {
      const value = cost({
        workload: { operations: [{ type: 'TransactWriteItems', rate: 10, itemSize: '1KB' }] },
        replicaRegions: 1,
      });
      // (20 + 10) × 2,628,000 s = 78.84 M; no GSI, so no WRU line.
      expect(line(value.onDemand.lines, 'dynamodb.global.replicated_write_request_units')).toBe('78.84');
      expect(line(value.onDemand.lines, 'dynamodb.ondemand.write_request_units')).toBeUndefined();
    });

    it('provisions the table as rWCU and each GSI as WCU in every Region: ceil(100 ÷ 70 %) = 143 × 3 × 730 h = 313,170', () => {
      const value = cost({ workload: puts, replicaRegions: 2 });
      expect(line(value.provisioned.lines, 'dynamodb.global.replicated_write_capacity_unit_hours')).toBe(
        '313170',
      );
      expect(line(value.provisioned.lines, 'dynamodb.provisioned.write_capacity_unit_hours')).toBe('313170');
    });
  });

  it('measures storage from items at size + 100 B per item (+ 48 B for a global table)', () => {
    expect(cost({ workload: writes(1), items: { count: 1024 ** 2, itemSize: 924 } }).storageGb).toBe('1');
    expect(
      cost({ workload: writes(1), items: { count: 1024 ** 2, itemSize: 876 }, replicaRegions: 1 }).storageGb,
    ).toBe('1');
  });

  it("points the workload's problems and warnings inside its field", () => {
    const value = run(dynamoCost, {
      workload: {
        operations: [{ type: 'PutItem', rate: 1, itemSize: '401KB' }],
        hotKeyShare: 1,
        spikeFactor: 10,
      },
    });
    if (!value.ok) throw new Error(JSON.stringify(value.issues));
    expect(value.value.problems.map((p) => p.path)).toEqual([['workload', 'operations', 0, 'itemSize']]);
    expect(value.warnings.filter((w) => w.path).map((w) => w.path)).toContainEqual([
      'workload',
      'spikeFactor',
    ]);
  });

  it('flags an average item size over the 400 KB item limit (409,600 bytes, ServiceQuotas.html) as a problem', () => {
    const over = cost({ workload: writes(1), items: { count: 10, itemSize: '401KB' } });
    expect(over.problems).toMatchObject([{ code: 'item_too_large', path: ['items', 'itemSize'] }]);
    expect(over.problems[0]?.message).toContain('409,600 bytes');
    expect(cost({ workload: writes(1), items: { count: 10, itemSize: '400KB' } }).problems).toEqual([]);
  });

  it('compares Standard with Standard-IA: IA storage is cheaper, IA throughput dearer', () => {
    const value = cost({ workload: writes(1), storage: '1000GB' });
    const [standard, ia] = value.tableClasses;
    expect(standard?.tableClass).toBe('standard');
    expect(new Decimal(ia!.onDemandUsd).lessThan(standard!.onDemandUsd)).toBe(true);
    const busy = cost({ workload: writes(1000), storage: '1GB' }).tableClasses;
    expect(new Decimal(busy[1]!.onDemandUsd).greaterThan(busy[0]!.onDemandUsd)).toBe(true);
  });

  it('leaves the free tier off unless asked, and says so', () => {
    const off = cost({ workload: writes(10), storage: '10GB' });
    expect(off.freeTier.applied).toBe(false);
    expect(off.freeTier.note).toContain('not applied');
    const on = cost({ workload: writes(10), storage: '10GB', freeTier: true });
    expect(on.common.lines[0]?.costUsd).toBe('0');
    expect(on.provisioned.lines[0]?.costUsd).toBe('0');
    expect(DYNAMO_FREE_TIER.storageGb.value).toBe(25);
  });

  it('frees the Price List band of 18,600 unit-hours: 100 WCU × 730 h − 18,600 = 54,400 WCU-h × $0.00065 = $35.36', () => {
    // Band 0–18,600 WriteCapacityUnit-Hrs at $0 (shared/reference/aws-prices-us-east-1.md).
    const value = cost({ workload: writes(70), utilizationPercent: 70, freeTier: true });
    expect(value.provisioned.writeCapacityUnits).toBe(100);
    expect(value.provisioned.lines[1]?.costUsd).toBe('35.36');
  });

  it('uses an overridden price and reports unknown price keys', () => {
    const value = cost({
      workload: writes(100),
      prices: [{ key: 'dynamodb.ondemand.write_request_units', usd: '1.25' }],
    });
    expect(value.onDemand.monthlyUsd).toBe('328.5');
    expect(value.onDemand.lines[1]?.source).toBe('user override');
    const bad = run(dynamoCost, { workload: writes(1), prices: [{ key: 'nope', usd: 1 }] });
    expect(bad.ok ? [] : bad.issues.map((i) => [i.code, i.path])).toEqual([
      ['price_unknown_key', ['prices', 0, 'key']],
    ]);
  });

  it('reads price overrides written as KEY=USD text, as --price and the URL carry them', () => {
    const value = cost({ workload: writes(100), prices: ['dynamodb.ondemand.write_request_units=1.25'] });
    expect(value.onDemand.monthlyUsd).toBe('328.5');
    expect(value.prices.overridden).toEqual(['dynamodb.ondemand.write_request_units']);
  });

  it('has one name for price overrides: the old priceOverrides field is refused, pointing at prices', () => {
    const result = run(dynamoCost, { workload: writes(1), priceOverrides: [] });
    const [issue] = result.ok ? [] : result.issues;
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.message).toContain('prices (Price override)');
  });

  it('names fields by their labels and reads numbers written with thousands separators', () => {
    const result = run(dynamoCost, { workload: writes(1), streamReadRequestsPerMonth: 'lots' });
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      'Stream reads must be a number, e.g. 10M; "lots" is not one.',
    ]);
    const value = cost({
      workload: writes(1),
      streamReadRequestsPerMonth: '12,500,000',
      replicaRegions: '1',
    });
    expect(value.common.lines.at(-1)?.quantity).toBe('125');
  });

  it('rejects a utilization below 1 % (it would provision without bound) with the valid range', () => {
    const workload = { operations: [{ type: 'Scan' as const, rate: 1e9, items: 1000, itemSize: '400KB' }] };
    for (const utilizationPercent of [0, 1e-300, 0.5, 101]) {
      const result = run(dynamoCost, { workload, utilizationPercent });
      expect(result.ok ? [] : result.issues.map((i) => [i.path, i.message])).toEqual([
        [
          ['utilizationPercent'],
          `Utilization must be ${utilizationPercent > 100 ? 'at most 100' : 'at least 1'} %, e.g. 70.`,
        ],
      ]);
    }
    expect(run(dynamoCost, { workload, utilizationPercent: 1 }).ok).toBe(true);
  });

  it('rejects a misspelt option (pitr for pointInTimeRecovery) instead of pricing without it', () => {
    const result = run(dynamoCost, { workload: writes(1), pitr: true });
    const [issue] = result.ok ? [] : result.issues;
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.message).toContain('pointInTimeRecovery');
  });

  it('uses a 720-hour month when asked and names it', () => {
    const value = cost({ workload: { ...writes(100), monthHours: 720 } });
    expect(value.month.label).toContain('720');
    expect(value.onDemand.monthlyUsd).toBe('162');
  });

  it('is linear in traffic on demand and never negative', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 1, max: 5 }), (rate, factor) => {
        const one = cost({ workload: writes(rate) });
        const many = cost({ workload: writes(rate * factor) });
        expect(
          new Decimal(many.onDemand.throughputUsd).equals(
            new Decimal(one.onDemand.throughputUsd).times(factor),
          ),
        ).toBe(true);
        for (const usd of [one.onDemand.monthlyUsd, one.provisioned.monthlyUsd, one.common.monthlyUsd]) {
          expect(new Decimal(usd).isNegative()).toBe(false);
        }
      }),
    );
  });
});

/** Every string in a value that holds a number: money and quantities are decimal strings. */
function numericStrings(value: unknown): string[] {
  if (typeof value === 'string') return /^[-+]?[\d.]+(e[-+]?\d+)?$/i.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(numericStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numericStrings);
  return [];
}

describe('dynamoCost — decimal strings', () => {
  it('prints tiny and huge money and quantities as fixed-point text, never exponent notation', () => {
    // 1 read every 10⁷ s = 0.2628 RRU a month × $0.125 per million = $0.00000003285 (was "3.285e-8").
    const tiny = cost({ workload: { operations: [{ type: 'GetItem', rate: 0.0000001 }] }, storage: 1 });
    const huge = cost({
      workload: { operations: [{ type: 'Scan', rate: 1e9, items: 1_000_000, itemSize: '400KB' }] },
      storage: '1PB',
    });
    const strings = [...numericStrings(tiny), ...numericStrings(huge)];
    expect(strings.length).toBeGreaterThan(50);
    for (const text of strings) expect(text).toMatch(/^-?\d+(\.\d+)?$/);
    // (RRU a month are counted to 0.001, so 0.263 → $0.000000032875.)
    expect(tiny.onDemand.lines[0]?.costUsd).toMatch(/^0\.0000000328\d*$/);
    expect(huge.onDemand.readRequestUnitsPerMonth).toBe('262800000000000000000000');
  });
});

describe('dynamoCostCurve', () => {
  it('gives a flat on-demand line and a falling provisioned line that cross near the break-even', () => {
    const result = run(dynamoCostCurve, { workload: writes(100) });
    if (!result.ok) throw new Error('curve failed');
    const { points, breakEvenUtilizationPercent } = result.value;
    expect(points).toHaveLength(20);
    expect(new Set(points.map((p) => p.onDemandUsd)).size).toBe(1);
    for (const [previous, next] of points.slice(0, -1).map((p, i) => [p, points[i + 1]!] as const)) {
      expect(next.provisioned).toBeLessThanOrEqual(previous.provisioned);
    }
    expect(points.find((p) => p.utilizationPercent === 25)!.provisioned).toBeGreaterThan(points[0]!.onDemand);
    expect(points.find((p) => p.utilizationPercent === 30)!.provisioned).toBeLessThan(points[0]!.onDemand);
    expect(breakEvenUtilizationPercent).toBeGreaterThan(25);
    expect(breakEvenUtilizationPercent).toBeLessThan(30);
  });
});

describe('DynamoDB constants', () => {
  it('every exported rule is a sourced, dated fact', () => {
    const facts = Object.values(rules).flatMap((value) =>
      isFact(value) ? [value] : Object.values(value as Record<string, unknown>),
    );
    expect(facts.length).toBeGreaterThan(20);
    for (const value of facts) expect(isFact(value)).toBe(true);
  });

  it('every price names an https source and a date', () => {
    for (const price of DYNAMO_PRICES.prices) {
      expect(price.source).toMatch(/^https:\/\//);
      expect(price.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
