import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli, runCliJson } from './runCli.ts';

const cli = runCli;
const json = runCliJson;

const WORKLOAD = {
  operations: [
    { type: 'BatchGetItem', rate: 1, itemSizes: ['1.5KB', '6.5KB'] },
    { type: 'Query', rate: 2, items: 8, itemSize: 2000, index: 'byEmail', consistency: 'eventual' },
    { type: 'UpdateItem', rate: 10, itemSize: '2.5KB', previousItemSize: '1KB' },
  ],
  globalSecondaryIndexes: [{ name: 'byEmail', projectedItemSize: 600, keyChangeShare: 0.5 }],
};

describe('awscalc dynamodb item-size', () => {
  it('prints sizeBytes, readUnits, writeUnits and problems for the contract example', async () => {
    const { code, json: value } = await json([
      'dynamodb',
      'item-size',
      '--item',
      '{"pk":{"S":"user#1"},"n":{"N":"42"}}',
    ]);
    expect(code).toBe(0);
    expect(value).toMatchObject({ sizeBytes: 11, readUnits: 1, writeUnits: 1, problems: [] });
    expect(Array.isArray(value.trace)).toBe(true);
  });

  it('reads plain JSON with --plain, and get-item output from stdin with --item -', async () => {
    expect(
      (await json(['dynamodb', 'item-size', '--plain', '--item', '{"pk":"user#1","n":42}'])).json.sizeBytes,
    ).toBe(11);
    const piped = await json(['dynamodb', 'item-size', '--item', '-'], '{"Item":{"pk":{"S":"user#1"}}}');
    expect(piped.json.sizeBytes).toBe(8);
  });

  it('measures an item with an attribute named "Item" as an item, not as get-item output', async () => {
    // "Item" + "book" = 8 bytes; "pk" + "1" = 3 bytes.
    const item = '{"Item":{"S":"book"},"pk":{"S":"1"}}';
    expect((await json(['dynamodb', 'item-size', '--item', item])).json.sizeBytes).toBe(11);
    expect((await json(['dynamodb', 'item-size', '--item', '{"Item":{"S":"book"}}'])).json.sizeBytes).toBe(8);
    const output = '{"Item":{"pk":{"S":"1"}},"ConsumedCapacity":{"TableName":"t","CapacityUnits":0.5}}';
    expect((await json(['dynamodb', 'item-size', '--item', output])).json.sizeBytes).toBe(3);
  });

  it('exits 1 and names the largest attribute when the item is over 400 KB', async () => {
    const item = JSON.stringify({ pk: { S: 'k' }, body: { S: 'x'.repeat(410_000) } });
    const { code, json: value } = await json(['dynamodb', 'item-size', '--item', item]);
    expect(code).toBe(1);
    expect(value.problems[0].code).toBe('item_too_large');
    expect(value.problems[0].message).toContain('body');
  });

  it('prints a readable summary with the attribute table', async () => {
    const { code, stdout } = await cli(['dynamodb', 'item-size', '--item', '{"pk":{"S":"user#1"}}']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Item size\s+8 bytes/);
    expect(stdout).toMatch(/pk\s+S\s+2\s+6\s+8/);
  });

  it('answers a 20,000-level nested item with an issue (exit 1), not a stack trace', async () => {
    const item = `{"a":${'{"L":['.repeat(20000)}{"S":"x"}${']}'.repeat(20000)}}`;
    const deep = await cli(['dynamodb', 'item-size', '--item', '-'], item);
    expect(deep.code).toBe(1);
    expect(deep.stderr).toContain('at most 32 levels');
    expect(deep.stderr).not.toContain('bug in awscalc');
  });

  it('refuses item text over 1 MiB with a message that says the limit (exit 1)', async () => {
    const item = JSON.stringify({ pk: { S: 'x'.repeat(1_100_000) } });
    const { code, stderr } = await cli(['dynamodb', 'item-size', '--item', '-'], item);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^error \(--item\): Item is 1,100,0\d\d characters long; at most 1,048,576 are read/,
    );
  });

  it('reports unparseable items as issues (exit 1) and a missing --item as a usage error (exit 2)', async () => {
    const bad = await json(['dynamodb', 'item-size', '--item', '{"pk":']);
    expect(bad.code).toBe(1);
    expect(bad.json.issues[0].code).toBe('item_not_json');
    expect((await cli(['dynamodb', 'item-size'])).code).toBe(2);
  });
});

describe('awscalc dynamodb capacity', () => {
  it('prints readCapacityUnits and writeCapacityUnits per second for the contract example', async () => {
    const { code, json: value } = await json([
      'dynamodb',
      'capacity',
      '--reads',
      '80',
      '--writes',
      '100',
      '--item-size',
      '3KB',
    ]);
    expect(code).toBe(0);
    // Study notes: 80 reads/s of 3 KB → 80 RCU; 3 KB writes round to 3 WCU each → 300 WCU.
    expect(value.readCapacityUnits).toBe(80);
    expect(value.writeCapacityUnits).toBe(300);
  });

  it('halves eventually consistent reads, doubles transactional ones and transactional writes', async () => {
    const base = ['dynamodb', 'capacity', '--reads', '10', '--writes', '10', '--item-size', '2.5KB'];
    expect((await json(base)).json).toMatchObject({ readCapacityUnits: 10, writeCapacityUnits: 30 });
    expect((await json([...base, '--read-consistency', 'eventual'])).json.readCapacityUnits).toBe(5);
    expect((await json([...base, '--read-consistency', 'transactional'])).json.readCapacityUnits).toBe(20);
    expect((await json([...base, '--write-mode', 'transactional'])).json.writeCapacityUnits).toBe(60);
  });

  it('exits 1 with a problem naming the size and the 400 KB maximum when an item is over it', async () => {
    const { code, json: value } = await json([
      'dynamodb',
      'capacity',
      '--reads',
      '10',
      '--item-size',
      '500KB',
    ]);
    expect(code).toBe(1);
    expect(value.problems).toMatchObject([{ code: 'item_too_large', path: ['operations', 0, 'itemSize'] }]);
    expect(value.problems[0].message).toContain('409,600 bytes');
    const { code: costCode, json: cost } = await json([
      'dynamodb',
      'cost',
      '--writes',
      '1',
      '--write-size',
      '401KB',
    ]);
    expect(costCode).toBe(1);
    expect(cost.problems[0].code).toBe('item_too_large');
    const gsi = {
      operations: [{ type: 'PutItem', rate: 1 }],
      globalSecondaryIndexes: [{ name: 'g', projectedItemSize: '600KB' }],
    };
    const { code: gsiCode, json: gsiValue } = await json(
      ['dynamodb', 'capacity', '--workload', '-'],
      JSON.stringify(gsi),
    );
    expect(gsiCode).toBe(1);
    expect(gsiValue.problems[0].path).toEqual(['globalSecondaryIndexes', 0, 'projectedItemSize']);
    expect((await json(['dynamodb', 'capacity', '--reads', '10', '--item-size', '400KB'])).code).toBe(0);
    const text = await cli([
      'dynamodb',
      'capacity',
      '--reads',
      '10',
      '--writes',
      '1',
      '--write-size',
      '401KB',
    ]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('problem (--write-size): writes: Item size 410,624 bytes');
  });

  it('rejects a consistency a transaction cannot have instead of ignoring it', async () => {
    const workload = { operations: [{ type: 'TransactGetItems', rate: 1, consistency: 'eventual' }] };
    const { code, json: value } = await json(
      ['dynamodb', 'capacity', '--workload', '-'],
      JSON.stringify(workload),
    );
    expect(code).toBe(1);
    expect(value.issues[0]).toMatchObject({
      code: 'consistency_not_applicable',
      path: ['operations', 0, 'consistency'],
    });
  });

  it('uses --read-size and --write-size over --item-size', async () => {
    const { json: value } = await json([
      'dynamodb',
      'capacity',
      '--reads',
      '100',
      '--writes',
      '100',
      '--item-size',
      '3KB',
      '--read-size',
      '10KB',
      '--write-size',
      '512',
    ]);
    expect(value).toMatchObject({ readCapacityUnits: 300, writeCapacityUnits: 100 });
  });

  it('reads a full workload from a file and from stdin, with per-GSI units', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'awscalc-ddb-'));
    const file = join(dir, 'workload.json');
    writeFileSync(file, JSON.stringify(WORKLOAD));
    const fromFile = await json(['dynamodb', 'capacity', '--workload', file]);
    const fromStdin = await json(['dynamodb', 'capacity', '--workload', '-'], JSON.stringify(WORKLOAD));
    expect(fromFile.code).toBe(0);
    expect(fromStdin.json.readCapacityUnits).toBe(fromFile.json.readCapacityUnits);
    // BatchGetItem 1.5 KB + 6.5 KB → 3 RCU (AWS example); UpdateItem 2.5 KB → 3 WCU × 10/s.
    expect(fromFile.json.readCapacityUnits).toBe(3);
    expect(fromFile.json.writeCapacityUnits).toBe(30);
    // GSI query 8 × 2,000 B = 16,000 B → 2 RCU eventually consistent (AWS example), 2 calls/s;
    // index writes: 10/s × (1 + 0.5 key changes) × 1 WCU.
    expect(fromFile.json.indexes).toEqual([
      { name: 'byEmail', kind: 'gsi', readCapacityUnits: 4, writeCapacityUnits: 15 },
    ]);
  });

  it('rejects mixing --workload with simple flags, and a workload file that is not JSON (exit 2)', async () => {
    expect((await cli(['dynamodb', 'capacity', '--workload', '-', '--reads', '1'], '{}')).code).toBe(2);
    const bad = await cli(['dynamodb', 'capacity', '--workload', '-'], 'not json');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--workload "stdin" is not valid JSON');
  });

  it('takes the workload as JSON text, and --operations / --gsis as JSON flags', async () => {
    const inline = await json(['dynamodb', 'capacity', '--workload', JSON.stringify(WORKLOAD)]);
    expect(inline.json.readCapacityUnits).toBe(3);
    const flags = await json([
      'dynamodb',
      'capacity',
      '--operations',
      JSON.stringify(WORKLOAD.operations),
      '--gsis',
      JSON.stringify(WORKLOAD.globalSecondaryIndexes),
    ]);
    expect(flags.json.indexes).toEqual(inline.json.indexes);
    const bad = await cli(['dynamodb', 'capacity', '--operations', '[{"type":']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^error \(--operations\): Operations is not valid JSON/);
  });

  it('reports bad values as issues naming the flag typed, and bad flag values as usage errors', async () => {
    const bad = await json(['dynamodb', 'capacity', '--reads', 'lots', '--item-size', '3KB']);
    expect(bad.code).toBe(1);
    // JSON keeps the input path; the text names the flag typed.
    expect(bad.json.issues[0].path).toEqual(['operations', 0, 'rate']);
    expect((await cli(['dynamodb', 'capacity', '--reads', 'lots'])).stderr).toMatch(
      /^error \(--reads\): Rate: "lots" is not a rate/,
    );
    const text = await cli([
      'dynamodb',
      'capacity',
      '--reads',
      '1',
      '--writes',
      '1e12',
      '--item-size',
      '1XB',
    ]);
    expect(text.code).toBe(1);
    // --item-size feeds both operations but is reported once; the rate says what would be valid.
    expect(text.stderr.match(/error \(--item-size\)/g)).toHaveLength(1);
    expect(text.stderr).toContain(
      'error (--writes): Rate must be at most 1,000,000,000 per second, e.g. 100.',
    );
    expect(text.stderr).not.toMatch(/Infinity|NaN|at .*\.ts:\d+/);
    const cost = await json(['dynamodb', 'cost', '--writes', '1', '--utilization', '0', '--replicas', '99']);
    expect(cost.json.issues.map((issue: { path: string[] }) => issue.path)).toEqual([
      ['utilizationPercent'],
      ['replicaRegions'],
    ]);
    const workloadFlags = await cli([
      'dynamodb',
      'cost',
      '--writes',
      '1',
      '--spike',
      '0.5',
      '--month',
      '700',
    ]);
    expect(workloadFlags.stderr).toContain('error (--spike): Spike must be at least 1 ×');
    expect(workloadFlags.stderr).toContain('error (--month): Month must be 730 hours');
    const consistency = await cli(['dynamodb', 'capacity', '--reads', '1', '--read-consistency', 'maybe']);
    expect(consistency.code).toBe(1);
    expect(consistency.stderr).toBe(
      'error (--read-consistency): Read consistency "maybe" is not one of strong, eventual, transactional.\n',
    );
  });

  it('rejects a missing workload file and empty stdin as usage errors (exit 2) naming the input', async () => {
    const missing = await cli(['dynamodb', 'capacity', '--workload', '/nonexistent/awscalc-workload.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('/nonexistent/awscalc-workload.json');
    const empty = await cli(['dynamodb', 'capacity', '--workload', '-'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('stdin was empty');
  });

  it('rejects a misspelt workload field by name instead of using a default size', async () => {
    const workload = { operations: [{ type: 'GetItem', rate: 10, itemsize: '10KB' }] };
    const bad = await json(['dynamodb', 'capacity', '--workload', '-'], JSON.stringify(workload));
    expect(bad.code).toBe(1);
    expect(bad.json.issues[0]).toMatchObject({ code: 'unrecognized_keys', path: ['operations', 0] });
    expect(bad.json.issues[0].message).toContain('"itemsize"');
  });

  it('documents every flag and that KB is 1,024 bytes in --help', async () => {
    const { code, stdout } = await cli(['dynamodb', 'capacity', '--help']);
    expect(code).toBe(0);
    for (const flag of [
      '--reads',
      '--writes',
      '--item-size',
      '--read-size',
      '--write-size',
      '--read-consistency',
      '--write-mode',
      '--workload',
      '--target-utilization',
      '--hot-key-share',
      '--spike',
      '--month',
      '--json',
      '--trace',
    ]) {
      expect(stdout).toContain(flag);
    }
    expect(stdout).toContain('1,024 bytes');
  });

  it('prints a readable table per operation with provisioned sizes', async () => {
    const { stdout } = await cli([
      'dynamodb',
      'capacity',
      '--reads',
      '80',
      '--writes',
      '100',
      '--item-size',
      '3KB',
    ]);
    expect(stdout).toMatch(/GetItem \(reads\)\s+80\s+1\s+1\s+0\s+80\s+0/);
    expect(stdout).toMatch(/table\s+80\s+300\s+115\s+429/);
  });
});

describe('awscalc dynamodb cost', () => {
  it('prints both monthly totals, the break-even utilization and priced, sourced lines', async () => {
    const { code, json: value } = await json([
      'dynamodb',
      'cost',
      '--writes',
      '100',
      '--item-size',
      '512',
      '--storage',
      '10GB',
    ]);
    expect(code).toBe(0);
    // 100 WRU/s × 2,628,000 s = 262.8 M × $0.625 = $164.25, + 10 GB × $0.25.
    expect(value.onDemand.monthlyUsd).toBe('166.75');
    expect(typeof value.provisioned.monthlyUsd).toBe('string');
    expect(value.breakEvenUtilizationPercent).toBeCloseTo(28.89, 2);
    for (const line of [...value.onDemand.lines, ...value.provisioned.lines, ...value.common.lines]) {
      expect(line).toMatchObject({
        region: 'us-east-1',
        unitPriceUsd: expect.any(String),
        source: expect.stringMatching(/^https:\/\//),
      });
    }
    expect(value.month.hours).toBe(730);
    expect(value.freeTier.applied).toBe(false);
  });

  it('applies cost options: class, utilization, PITR, replicas, free tier, month, price overrides', async () => {
    const { json: value } = await json([
      'dynamodb',
      'cost',
      '--writes',
      '100',
      '--item-size',
      '512',
      '--storage',
      '10GB',
      '--table-class',
      'standard-ia',
      '--utilization',
      '50',
      '--pitr',
      '--replicas',
      '1',
      '--free-tier',
      '--month',
      '720',
      '--price',
      'dynamodb.ia.storage=0.2',
    ]);
    expect(value.tableClass).toBe('standard-ia');
    expect(value.utilizationPercent).toBe(50);
    expect(value.month.hours).toBe(720);
    expect(value.prices.overridden).toEqual(['dynamodb.ia.storage']);
    expect(value.common.lines.map((line: { priceKey: string }) => line.priceKey)).toEqual([
      'dynamodb.ia.storage',
      'dynamodb.pitr',
    ]);
    expect(value.freeTier.applied).toBe(true);
  });

  it('prints money as fixed-point decimal strings even for a tiny cost', async () => {
    const { code, stdout } = await cli(['dynamodb', 'cost', '--reads', '0.0000001', '--json']);
    expect(code).toBe(0);
    // Every quoted number (money, quantities, unit prices) is plain decimal text.
    const quoted = [...stdout.matchAll(/"([-+]?[\d.]+(?:e[-+]?\d+)?)"/gi)].map((match) => match[1]);
    expect(quoted.length).toBeGreaterThan(10);
    for (const text of quoted) expect(text).toMatch(/^\d+(\.\d+)?$/);
    // About 0.2628 RRU a month × $0.125 per million = $0.0000000328….
    expect(JSON.parse(stdout).onDemand.monthlyUsd).toMatch(/^0\.0000000328\d*$/);
  });

  it('reports an unknown price key and a malformed --price as issues naming --price (exit 1)', async () => {
    const bad = await json(['dynamodb', 'cost', '--writes', '1', '--price', 'nope=1']);
    expect(bad.code).toBe(1);
    expect(bad.json.issues[0]).toMatchObject({ code: 'price_unknown_key', path: ['prices', 0, 'key'] });
    const malformed = await cli(['dynamodb', 'cost', '--writes', '1', '--price', 'nope']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toMatch(/^error \(--price\): /);
  });

  it('names only price keys that exist, in --help and in the unknown-key message', async () => {
    const { DYNAMO_PRICES } = await import('@awscalc/core');
    const known = new Set(DYNAMO_PRICES.prices.map((price) => price.key));
    const help = (await cli(['dynamodb', 'cost', '--help'])).stdout;
    const bad = (await cli(['dynamodb', 'cost', '--writes', '1', '--price', 'nope=1'])).stderr;
    const mentioned = [...`${help}${bad}`.matchAll(/dynamodb\.[a-z_.]+[a-z]/g)].map((match) => match[0]);
    expect(mentioned.length).toBeGreaterThan(5);
    for (const key of mentioned) expect(known, key).toContain(key);
  });

  it('takes the item count for storage with --item-count and the average size from --item-size', async () => {
    const { json: value } = await json([
      'dynamodb',
      'cost',
      '--writes',
      '1',
      '--item-count',
      '1,048,576',
      '--item-size',
      '924',
    ]);
    // 1,048,576 × (924 + 100) B = 1 GiB.
    expect(value.storageGb).toBe('1');
    const tooBig = await cli([
      'dynamodb',
      'cost',
      '--writes',
      '1',
      '--item-count',
      '10',
      '--item-size',
      '500KB',
    ]);
    expect(tooBig.code).toBe(1);
    expect(tooBig.stdout).toContain('problem (--item-size): Average item size 512,000 bytes');
  });

  it('runs through the real bin with a workload on stdin', () => {
    const result = spawnSync(process.execPath, [BIN, 'dynamodb', 'cost', '--workload', '-', '--json'], {
      input: JSON.stringify({ workload: WORKLOAD, storage: '5GB' }),
    });
    expect(result.status).toBe(0);
    const value = JSON.parse(result.stdout.toString());
    expect(value.storageGb).toBe('5');
    expect(value.consumed).toEqual({ readCapacityUnits: 7, writeCapacityUnits: 45 });
  });
});

describe('awscalc dynamodb cost-curve', () => {
  it('prints cost against utilization with the break-even, from the cost flags', async () => {
    const { code, json: value } = await json([
      'dynamodb',
      'cost-curve',
      '--writes',
      '100',
      '--item-size',
      '512',
    ]);
    expect(code).toBe(0);
    expect(value.points).toHaveLength(20);
    expect(value.breakEvenUtilizationPercent).toBeCloseTo(28.89, 2);
    const csv = await cli(['dynamodb', 'cost-curve', '--writes', '100', '--output', 'csv']);
    expect(csv.stdout).toContain('Utilization %,On-demand,Provisioned\r\n');
  });
});

describe('awscalc dynamodb', () => {
  it('lists its commands, and rejects an unknown one with exit 2', async () => {
    const help = await cli(['dynamodb', '--help']);
    expect(help.stdout).toMatch(/item-size[\s\S]*capacity[\s\S]*cost/);
    expect((await cli(['dynamodb', 'nope'])).code).toBe(2);
  });

  it('runs the contract command through the real bin', () => {
    const result = spawnSync(process.execPath, [
      BIN,
      'dynamodb',
      'item-size',
      '--item',
      '{"pk":{"S":"user#1"},"n":{"N":"42"}}',
      '--json',
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout.toString())).toMatchObject({
      sizeBytes: 11,
      readUnits: 1,
      writeUnits: 1,
      problems: [],
    });
  });
});
