import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../run.ts';
import { dynamoBurstSeconds } from './dynamoBurst.ts';
import { dynamoCapacity } from './dynamoCapacity.ts';
import type { DynamoWorkload } from './dynamoWorkload.ts';

function capacity(workload: DynamoWorkload) {
  const result = run(dynamoCapacity, workload);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}
const units = (workload: DynamoWorkload) => {
  const { value } = capacity(workload);
  return [value.readCapacityUnits, value.writeCapacityUnits];
};
const KB = 1024;

describe('dynamoCapacity — AWS worked examples (read-write-operations.html)', () => {
  it('GetItem of a 3,500-byte item costs 1 RCU', () => {
    expect(units({ operations: [{ type: 'GetItem', rate: 1, itemSize: 3500 }] })).toEqual([1, 0]);
  });

  it('BatchGetItem of 1.5 KB + 6.5 KB rounds each item (4 KB + 8 KB): 3 RCU, not 2', () => {
    expect(units({ operations: [{ type: 'BatchGetItem', rate: 1, itemSizes: ['1.5KB', '6.5KB'] }] })).toEqual(
      [3, 0],
    );
  });

  it('Query returning 10 items totalling 40.8 KB sums then rounds to 44 KB: 11 RCU strong, 5.5 eventual', () => {
    const sizes = Array.from({ length: 10 }, () => '4.08KB');
    expect(units({ operations: [{ type: 'Query', rate: 1, itemSizes: sizes }] })).toEqual([11, 0]);
    expect(
      units({ operations: [{ type: 'Query', rate: 1, itemSizes: sizes, consistency: 'eventual' }] }),
    ).toEqual([5.5, 0]);
  });

  it('BatchWriteItem of 500 B + 3.5 KB rounds each item (1 + 4): 5 WCU, not 4', () => {
    expect(units({ operations: [{ type: 'BatchWriteItem', rate: 1, itemSizes: [500, '3.5KB'] }] })).toEqual([
      0, 5,
    ]);
  });

  it('a transactional write of a 3 KB item costs 6 WCU (pricing page)', () => {
    expect(units({ operations: [{ type: 'TransactWriteItems', rate: 1, itemSize: '3KB' }] })).toEqual([0, 6]);
    expect(
      units({ operations: [{ type: 'PutItem', rate: 1, itemSize: '3KB', writeMode: 'transactional' }] }),
    ).toEqual([0, 6]);
  });

  it('a GSI query of 8 items × 2,000 B = 16,000 B rounds to 16 KB: 2 RCU eventually consistent, on the GSI', () => {
    const { value } = capacity({
      operations: [{ type: 'Query', rate: 1, items: 8, itemSize: 2000, index: 'g', consistency: 'eventual' }],
      globalSecondaryIndexes: [{ name: 'g' }],
    });
    expect(value.readCapacityUnits).toBe(0);
    expect(value.indexes).toEqual([{ name: 'g', kind: 'gsi', readCapacityUnits: 2, writeCapacityUnits: 0 }]);
  });

  it('TransactGetItems of a present item and a missing one costs 4 RCU (measured, ExtendDB #76)', () => {
    expect(units({ operations: [{ type: 'TransactGetItems', rate: 1, itemSizes: ['3KB', 0] }] })).toEqual([
      4, 0,
    ]);
  });

  it('UpdateItem pays for the larger of the item before and after', () => {
    expect(
      units({ operations: [{ type: 'UpdateItem', rate: 1, previousItemSize: 200, itemSize: 4000 }] }),
    ).toEqual([0, 4]);
    expect(
      units({ operations: [{ type: 'UpdateItem', rate: 1, previousItemSize: 4000, itemSize: 200 }] }),
    ).toEqual([0, 4]);
  });
});

describe('dynamoCapacity — study-notes examples', () => {
  it('10 writes/s of 2.5 KB items need 30 WCU', () => {
    expect(units({ operations: [{ type: 'PutItem', rate: 10, itemSize: '2.5KB' }] })).toEqual([0, 30]);
  });

  it('10 strongly consistent reads/s of 2.5 KB need 10 RCU; eventually consistent 5', () => {
    expect(units({ operations: [{ type: 'GetItem', rate: 10, itemSize: '2.5KB' }] })).toEqual([10, 0]);
    expect(
      units({ operations: [{ type: 'GetItem', rate: 10, itemSize: '2.5KB', consistency: 'eventual' }] }),
    ).toEqual([5, 0]);
  });

  it('100 writes/s of 512 B need 100 WCU', () => {
    expect(units({ operations: [{ type: 'PutItem', rate: 100, itemSize: 512 }] })).toEqual([0, 100]);
  });

  it('80 reads/s of 3 KB need 80 RCU (3 KB ÷ 4 KB rounds to 1, not 3 KB ÷ 1 KB), 40 eventually consistent', () => {
    expect(units({ operations: [{ type: 'GetItem', rate: 80, itemSize: '3KB' }] })).toEqual([80, 0]);
    expect(
      units({ operations: [{ type: 'GetItem', rate: 80, itemSize: '3KB', consistency: 'eventual' }] }),
    ).toEqual([40, 0]);
  });

  it('100 reads/s of 10 KB need 300 / 150 / 600 RCU strong / eventual / transactional (AWS GetItem example: 10 KB → 12 KB → 3 RCU; ½ and 2× per the read-write-operations page)', () => {
    for (const [consistency, expected] of [
      ['strong', 300],
      ['eventual', 150],
      ['transactional', 600],
    ] as const) {
      expect(units({ operations: [{ type: 'GetItem', rate: 100, itemSize: '10KB', consistency }] })[0]).toBe(
        expected,
      );
    }
  });
});

describe('dynamoCapacity — indexes', () => {
  const write = { type: 'PutItem', rate: 10, itemSize: '2KB' } as const;

  it('charges each GSI its own writes at the projected size, and a key-changing write twice', () => {
    const { value } = capacity({
      operations: [write],
      globalSecondaryIndexes: [
        { name: 'all', projectedItemSize: '1.5KB' },
        { name: 'sparse', projectedItemSize: 100, writeShare: 0.5, keyChangeShare: 1 },
      ],
    });
    expect(value.writeCapacityUnits).toBe(20);
    expect(value.indexes.map((index) => [index.name, index.writeCapacityUnits])).toEqual([
      ['all', 20],
      ['sparse', 10],
    ]);
    expect(value.totals.writeCapacityUnits).toBe(50);
  });

  it('does not double index writes in a transaction (only the table doubles)', () => {
    const { value } = capacity({
      operations: [{ ...write, type: 'TransactWriteItems' }],
      globalSecondaryIndexes: [{ name: 'g', projectedItemSize: 500 }],
    });
    expect(value.writeCapacityUnits).toBe(40);
    expect(value.indexes[0]?.writeCapacityUnits).toBe(10);
  });

  it('adds LSI writes and LSI reads to the table, which shares its capacity', () => {
    const { value } = capacity({
      operations: [write, { type: 'Query', rate: 5, items: 2, itemSize: '2KB', index: 'byDate' }],
      localSecondaryIndexes: [{ name: 'byDate', projectedItemSize: 300 }],
    });
    expect(value.writeCapacityUnits).toBe(30);
    expect(value.readCapacityUnits).toBe(5);
    expect(value.indexes).toEqual([]);
  });

  it('reports a strongly consistent GSI read as a problem and counts it eventually consistent', () => {
    const { value } = capacity({
      operations: [{ type: 'Query', rate: 1, itemSize: '8KB', index: 'g' }],
      globalSecondaryIndexes: [{ name: 'g' }],
    });
    expect(value.problems.map((p) => p.code)).toEqual(['gsi_strong_read']);
    expect(value.indexes[0]?.readCapacityUnits).toBe(1);
  });

  it('flags more items than a batch or transaction takes, and several items on a single-item call', () => {
    const { value } = capacity({
      operations: [
        { type: 'BatchWriteItem', rate: 1, items: 26 },
        { type: 'GetItem', rate: 1, items: 2 },
      ],
    });
    expect(value.problems.map((p) => p.code)).toEqual(['too_many_items_per_call', 'single_item_operation']);
  });

  it('warns (valid, not a problem) when a Query reads more than the 1 MB page: 300 × 4 KB = 1.17 MB', () => {
    const result = capacity({ operations: [{ type: 'Query', rate: 1, items: 300, itemSize: '4KB' }] });
    expect(result.value.problems).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['query_paginated']);
    expect(result.value.readCapacityUnits).toBe(300);
  });

  it('rejects a read of an index the workload does not declare', () => {
    const result = run(dynamoCapacity, { operations: [{ type: 'Query', rate: 1, index: 'nope' }] });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['index_unknown', ['operations', 0, 'index']],
    ]);
  });
});

describe('dynamoCapacity — input errors', () => {
  const issues = (workload: unknown) => {
    const result = run(dynamoCapacity, workload);
    return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path, issue.message]);
  };

  it('rejects a misspelt field, naming it and the valid ones, instead of silently using a default', () => {
    const [issue] = issues({ operations: [{ type: 'GetItem', rate: 10, itemsize: '10KB' }] });
    expect(issue?.slice(0, 2)).toEqual(['unrecognized_keys', ['operations', 0]]);
    expect(issue?.[2]).toContain('"itemsize"');
    expect(issue?.[2]).toContain('itemSize');
    expect(issues({ operations: [], targetUtilisationPercent: 50 })[0]?.[0]).toBe('unrecognized_keys');
  });

  it('rejects fields that cannot apply instead of ignoring them: a read with previousItemSize, more items returned than read', () => {
    expect(
      issues({ operations: [{ type: 'GetItem', rate: 1, previousItemSize: '2KB' }] })[0]?.slice(0, 2),
    ).toEqual(['previous_size_not_a_write', ['operations', 0, 'previousItemSize']]);
    expect(
      issues({ operations: [{ type: 'Scan', rate: 1, items: 10, itemsReturned: 11 }] })[0]?.slice(0, 2),
    ).toEqual(['items_returned_too_many', ['operations', 0, 'itemsReturned']]);
    expect(issues({ operations: [{ type: 'Scan', rate: 1, items: 10, itemsReturned: 3 }] })).toEqual([]);
  });

  it('rejects a consistency or writeMode the operation cannot use, naming the field and what is valid', () => {
    const first = (operation: Record<string, unknown>) =>
      issues({ operations: [{ rate: 1, ...operation }] })[0];
    const transactGet = first({ type: 'TransactGetItems', consistency: 'eventual' });
    expect(transactGet?.slice(0, 2)).toEqual([
      'consistency_not_applicable',
      ['operations', 0, 'consistency'],
    ]);
    expect(transactGet?.[2]).toContain('always transactional');
    expect(transactGet?.[2]).toContain('BatchGetItem');
    const transactWrite = first({ type: 'TransactWriteItems', writeMode: 'standard' });
    expect(transactWrite?.slice(0, 2)).toEqual(['write_mode_not_applicable', ['operations', 0, 'writeMode']]);
    expect(transactWrite?.[2]).toContain('always transactional');
    expect(first({ type: 'PutItem', consistency: 'eventual' })?.slice(0, 2)).toEqual([
      'consistency_not_applicable',
      ['operations', 0, 'consistency'],
    ]);
    expect(first({ type: 'Query', writeMode: 'standard' })?.slice(0, 2)).toEqual([
      'write_mode_not_applicable',
      ['operations', 0, 'writeMode'],
    ]);
    // Saying what the operation does anyway is accepted.
    expect(
      issues({ operations: [{ type: 'TransactGetItems', rate: 1, consistency: 'transactional' }] }),
    ).toEqual([]);
    expect(
      issues({ operations: [{ type: 'TransactWriteItems', rate: 1, writeMode: 'transactional' }] }),
    ).toEqual([]);
    expect(units({ operations: [{ type: 'TransactGetItems', rate: 1 }] })).toEqual([2, 0]);
    expect(units({ operations: [{ type: 'TransactWriteItems', rate: 1 }] })).toEqual([0, 2]);
    expect(units({ operations: [{ type: 'GetItem', rate: 1 }] })).toEqual([1, 0]);
  });

  it('reads a rate written as a plain or scientific number string', () => {
    expect(units({ operations: [{ type: 'GetItem', rate: '1e3' }] })).toEqual([1000, 0]);
    expect(units({ operations: [{ type: 'GetItem', rate: ' 12.5 ' }] })).toEqual([12.5, 0]);
    expect(units({ operations: [{ type: 'GetItem', rate: '12,000' }] })).toEqual([12000, 0]);
    expect(units({ operations: [{ type: 'GetItem', rate: '6,000/min' }] })).toEqual([100, 0]);
  });

  it('names fields by their labels in messages, not by their keys', () => {
    expect(issues({ operations: [], targetUtilizationPercent: 95 })).toEqual([
      ['number_too_large', ['targetUtilizationPercent'], 'Target utilization must be at most 90 %, e.g. 70.'],
    ]);
    expect(issues({ operations: [{ type: 'GetItem', rate: 1, items: 1.5 }] })[0]?.[2]).toBe(
      'Items per call must be a whole number, e.g. 10; 1.5 is not.',
    );
    const [read] = issues({ operations: [{ type: 'GetItem', rate: 1, previousItemSize: '2KB' }] });
    expect(read?.[2]).toContain('Previous item size applies to writes');
    expect(read?.[2]).not.toContain('previousItemSize');
  });

  it('reads lists and objects given as JSON text, as a CLI flag or a URL carries them', () => {
    const text = {
      operations: '[{"type":"Query","rate":"2","items":8,"itemSize":2000,"index":"byEmail"}]',
      globalSecondaryIndexes: '[{"name":"byEmail","projectedItemSize":600}]',
      previousPeak: '{"readRequestUnits":"12,000"}',
    };
    const result = run(dynamoCapacity, text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.indexes[0]?.readCapacityUnits).toBe(4);
    expect(issues({ operations: '[{"type":' })).toEqual([
      [
        'json_invalid',
        ['operations'],
        expect.stringMatching(/^Operations is not valid JSON \(.*\); e\.g\. \[\{"type":"GetItem"/),
      ],
    ]);
  });

  it('refuses a rate text over 1,000 characters before parsing it, saying the limit', () => {
    const [issue] = issues({ operations: [{ type: 'GetItem', rate: `${'1'.repeat(5000)}x` }] });
    expect(issue?.slice(0, 2)).toEqual(['text_too_long', ['operations', 0, 'rate']]);
    expect(issue?.[2]).toBe('Rate is 5,001 characters long; at most 1,000 are read. Give a value like 100.');
  });

  it('rejects negative, non-finite and absurd rates with the valid range, so no figure can overflow', () => {
    for (const rate of [-1, '-1', 'NaN', 'abc', '', 1e300, '1e15']) {
      const [issue] = issues({ operations: [{ type: 'Scan', rate, items: 1000, itemSize: '400KB' }] });
      expect(issue?.[1]).toEqual(['operations', 0, 'rate']);
      expect(['rate_invalid', 'rate_too_large']).toContain(issue?.[0]);
    }
    expect(issues({ operations: [{ type: 'Scan', rate: 2e9 }] })[0]?.[2]).toBe(
      'Rate must be at most 1,000,000,000 per second, e.g. 100.',
    );
    // A rate beyond any number parseRate reads gets the field's own maximum, not a second wording.
    expect(issues({ operations: [{ type: 'Scan', rate: '1e400' }] })[0]?.[2]).toBe(
      'Rate must be at most 1,000,000,000 per second, e.g. 100.',
    );
  });

  it('stays finite at the largest accepted rate, item count and item size', () => {
    const result = run(dynamoCapacity, {
      operations: [{ type: 'Scan', rate: 1e9, items: 1_000_000, itemSize: '400KB' }],
      spikeFactor: 1000,
      hotKeyShare: 1,
    });
    expect(result.ok).toBe(true);
  });
});

// DynamoDB's maximum item size is 400 KB = 409,600 bytes (ServiceQuotas.html, DYNAMO_MAX_ITEM_BYTES).
describe('dynamoCapacity — the 400 KB item limit', () => {
  const tooLarge = (workload: DynamoWorkload) =>
    capacity(workload).value.problems.filter((problem) => problem.code === 'item_too_large');

  it('accepts items of exactly 400 KB (409,600 bytes) without a problem', () => {
    expect(
      tooLarge({
        operations: [
          { type: 'GetItem', rate: 1, itemSize: '400KB' },
          { type: 'UpdateItem', rate: 1, itemSize: 409_600, previousItemSize: '400KB' },
          { type: 'BatchWriteItem', rate: 1, itemSizes: ['400KB', 1] },
        ],
        globalSecondaryIndexes: [{ name: 'g', projectedItemSize: '400KB' }],
      }),
    ).toEqual([]);
  });

  it('names an operation whose itemSize is over 400 KB, and the maximum', () => {
    const [problem, ...rest] = tooLarge({ operations: [{ type: 'GetItem', rate: 10, itemSize: '500KB' }] });
    expect(rest).toEqual([]);
    expect(problem?.path).toEqual(['operations', 0, 'itemSize']);
    expect(problem?.message).toContain('GetItem #1');
    expect(problem?.message).toContain('512,000');
    expect(problem?.message).toContain('409,600 bytes (400 KB');
  });

  it('names the first listed itemSizes entry over 400 KB and how many are', () => {
    const [problem, ...rest] = tooLarge({
      operations: [{ type: 'BatchGetItem', name: 'profiles', rate: 1, itemSizes: [1, '401KB', 2, 409_601] }],
    });
    expect(rest).toEqual([]);
    expect(problem?.path).toEqual(['operations', 0, 'itemSizes', 1]);
    expect(problem?.message).toContain('profiles');
    expect(problem?.message).toContain('2 of the 4');
    expect(problem?.message).toContain('409,600 bytes');
  });

  it('flags a previousItemSize over 400 KB', () => {
    const [problem] = tooLarge({
      operations: [{ type: 'UpdateItem', rate: 1, itemSize: '1KB', previousItemSize: '401KB' }],
    });
    expect(problem?.path).toEqual(['operations', 0, 'previousItemSize']);
    expect(problem?.message).toContain('409,600 bytes');
  });

  it('flags a GSI or LSI whose projectedItemSize is over 400 KB, naming the index', () => {
    const problems = tooLarge({
      operations: [{ type: 'PutItem', rate: 1 }],
      globalSecondaryIndexes: [{ name: 'byEmail', projectedItemSize: '600KB' }],
      localSecondaryIndexes: [{ name: 'byDate', projectedItemSize: '401KB' }],
    });
    expect(problems.map((problem) => problem.path)).toEqual([
      ['globalSecondaryIndexes', 0, 'projectedItemSize'],
      ['localSecondaryIndexes', 0, 'projectedItemSize'],
    ]);
    expect(problems[0]?.message).toContain('byEmail');
    expect(problems[1]?.message).toContain('byDate');
    expect(problems[0]?.message).toContain('409,600 bytes');
  });
});

describe('dynamoCapacity — provisioned and on-demand', () => {
  it('provisions ceil(units ÷ target): 80 RCU at 70 % → 115, and at least 1 unit', () => {
    const { value } = capacity({ operations: [{ type: 'GetItem', rate: 80, itemSize: '3KB' }] });
    expect(value.provisioned.table).toEqual({ readCapacityUnits: 115, writeCapacityUnits: 1 });
  });

  it('warns when the hottest key needs more than one partition (1,000 WCU)', () => {
    const result = capacity({
      operations: [{ type: 'PutItem', rate: 4000, itemSize: 512 }],
      hotKeyShare: 0.3,
    });
    expect(result.value.provisioned.hotKey?.partitionLoad).toBe(1.2);
    expect(result.warnings.map((w) => w.code)).toContain('hot_partition');
  });

  it('warns about on-demand peaks above a new table (4,000 WRU/s) and above double the previous peak', () => {
    const result = capacity({
      operations: [{ type: 'PutItem', rate: 3000, itemSize: 512 }],
      previousPeak: { writeRequestUnits: 2000 },
      spikeFactor: 2,
    });
    expect(result.value.onDemand.peak.writeRequestUnitsPerSecond).toBe(6000);
    expect(result.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['on_demand_new_table_peak', 'on_demand_double_peak']),
    );
  });

  it('counts request units per month with the named month (730 h = 2,628,000 s)', () => {
    const { value } = capacity({ operations: [{ type: 'PutItem', rate: 1, itemSize: 512 }] });
    expect(value.onDemand.writeRequestUnitsPerMonth).toBe(2_628_000);
    expect(value.onDemand.month.hours).toBe(730);
  });

  it('counts a month of a rare operation exactly: 1 eventually consistent read a day = 0.5 × 730 h × 3,600 s ÷ 86,400 s = 15.208 RRU', () => {
    const { value } = capacity({
      operations: [{ type: 'GetItem', rate: '1/day', consistency: 'eventual' }],
      globalSecondaryIndexes: [{ name: 'g', projectedItemSize: '1.5KB' }],
    });
    expect(value.onDemand.readRequestUnitsPerMonth).toBeCloseTo((0.5 * 730 * 3600) / 86_400, 3);
    const writes = capacity({
      operations: [{ type: 'PutItem', rate: '1/day', itemSize: '2KB' }],
      globalSecondaryIndexes: [{ name: 'g', projectedItemSize: '1.5KB' }],
    }).value;
    // 2 WCU on the table + 2 on the GSI per write.
    expect(writes.onDemand.writeRequestUnitsPerMonth).toBeCloseTo((4 * 730 * 3600) / 86_400, 3);
  });

  it('warns when provisioned capacity exceeds the 40,000-unit default table quota', () => {
    const result = capacity({ operations: [{ type: 'GetItem', rate: 30000, itemSize: '4KB' }] });
    expect(
      result.value.provisioned.quotas.find((q) => q.quota === 'table provisioned RCU')?.withinLimit,
    ).toBe(false);
    expect(result.warnings.map((w) => w.code)).toContain('quota_exceeded');
  });

  it('says how long burst capacity absorbs a spike above provisioned capacity', () => {
    const result = capacity({ operations: [{ type: 'GetItem', rate: 150, itemSize: 100 }], spikeFactor: 2 });
    const [reads] = result.value.provisioned.burst;
    // 150 RCU at 70 % → 215 provisioned; bank 300 s × (215 − 150); spike 300 drains 85/s.
    expect(reads).toMatchObject({ provisioned: 215, steady: 150, spike: 300, bankUnits: 19500 });
    expect(reads?.secondsAbsorbed).toBeCloseTo(19500 / 85, 2);
    expect(result.warnings.map((w) => w.code)).toContain('spike_exceeds_provisioned');
    expect(capacity({ operations: [{ type: 'GetItem', rate: 150 }] }).warnings).toEqual([]);
  });

  it('reports no replicated writes without replica Regions (capacity has none; cost adds them)', () => {
    const { value } = capacity({
      operations: [
        { type: 'PutItem', rate: 10, itemSize: '2KB' },
        { type: 'TransactWriteItems', rate: 1, items: 2 },
      ],
    });
    expect(value.operations.map((op) => op.replicaWriteUnitsPerCall)).toEqual([0, 0]);
    expect(value.onDemand.replicaWriteRequestUnitsPerMonth).toBe(0);
    expect(value.writeCapacityUnits).toBe(24);
  });

  it('records every rounding step in the trace', () => {
    const { trace } = capacity({
      operations: [{ type: 'BatchGetItem', rate: 2, itemSizes: ['1.5KB', '6.5KB'] }],
    });
    expect(trace.map((step) => step.id)).toEqual(
      expect.arrayContaining(['read_units_per_call', 'read_units_per_second', 'provisioned_units']),
    );
    expect(trace.find((step) => step.id === 'read_units_per_call')?.value).toBe(3);
  });
});

describe('dynamoBurstSeconds', () => {
  it("absorbs AWS's example spike: 150 RCU idle 5 min bank 45,000; a 200 RCU spike lasts 900 s (repost.aws)", () => {
    expect(dynamoBurstSeconds({ provisioned: 150, steady: 0, spike: 200 })).toEqual({
      bankUnits: 45000,
      secondsAbsorbed: 900,
    });
  });

  it('needs no burst when the spike fits in provisioned capacity', () => {
    expect(dynamoBurstSeconds({ provisioned: 150, steady: 100, spike: 150 }).secondsAbsorbed).toBeNull();
  });
});

describe('dynamoCapacity — properties', () => {
  const sizes = fc.array(fc.integer({ min: 0, max: 64 * KB }), { minLength: 1, maxLength: 30 });

  it('per-item rounding (BatchGetItem) is never less than summed rounding (Query)', () => {
    fc.assert(
      fc.property(sizes, (itemSizes) => {
        const [batch] = units({ operations: [{ type: 'BatchGetItem', rate: 1, itemSizes }] });
        const [query] = units({ operations: [{ type: 'Query', rate: 1, itemSizes }] });
        expect(batch).toBeGreaterThanOrEqual(query!);
      }),
    );
  });

  it('gives the same units for n items of one size as for the same n sizes listed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 64 * KB }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 400 * KB }),
        fc.constantFrom('BatchGetItem', 'Query', 'Scan', 'TransactGetItems', 'BatchWriteItem', 'UpdateItem'),
        (size, count, previous, type) => {
          const extra = type === 'UpdateItem' ? { previousItemSize: previous } : {};
          expect(units({ operations: [{ type, rate: 3, items: count, itemSize: size, ...extra }] })).toEqual(
            units({ operations: [{ type, rate: 3, itemSizes: Array(count).fill(size), ...extra }] }),
          );
        },
      ),
    );
  });

  it('never decreases as item size or rate grows', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 * KB }),
        fc.integer({ min: 0, max: 10 * KB }),
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 5000 }),
        fc.constantFrom(
          'GetItem',
          'Query',
          'Scan',
          'PutItem',
          'UpdateItem',
          'DeleteItem',
          'TransactWriteItems',
        ),
        (size, growth, rate, more, type) => {
          const total = (workload: DynamoWorkload) => units(workload).reduce((a, b) => a + b, 0);
          const base = total({ operations: [{ type, rate, itemSize: size }] });
          const bigger = total({ operations: [{ type, rate, itemSize: size + growth }] });
          const faster = total({ operations: [{ type, rate: rate + more, itemSize: size }] });
          expect(bigger).toBeGreaterThanOrEqual(base);
          expect(faster).toBeGreaterThanOrEqual(base);
        },
      ),
    );
  });

  it('eventually consistent is exactly half of strongly consistent; transactional writes twice standard', () => {
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 1000 }), (itemSizes, rate) => {
        const [strong] = units({ operations: [{ type: 'BatchGetItem', rate, itemSizes }] });
        const [eventual] = units({
          operations: [{ type: 'BatchGetItem', rate, itemSizes, consistency: 'eventual' }],
        });
        expect(eventual! * 2).toBeCloseTo(strong!, 6);
        const [, standard] = units({ operations: [{ type: 'PutItem', rate, itemSizes }] });
        const [, transactional] = units({
          operations: [{ type: 'PutItem', rate, itemSizes, writeMode: 'transactional' }],
        });
        expect(transactional).toBeCloseTo(standard! * 2, 6);
      }),
    );
  });
});
