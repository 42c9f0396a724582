import { readFile } from 'node:fs/promises';
import {
  DYNAMO_PARTITION_LIMITS,
  type DynamoCapacity,
  type DynamoCost,
  type DynamoItemSize,
  dynamoCapacity,
  dynamoCost,
  dynamoItemSize,
  formatUsd,
  type Result,
  run,
} from '@awscalc/core';
import {
  type Command,
  EXIT,
  formatTrace,
  parseFlags,
  printResult,
  subcommands,
  UsageError,
  withUsage,
} from '../command.ts';
import type { Io } from '../io.ts';
import { keyValues, table } from '../table.ts';

const SIZE_NOTE = `Sizes: a number of bytes (3072) or a number and unit (3KB, 2.5 KB, 400KiB). DynamoDB's "KB" is
1,024 bytes (binary, as in AWS's DynamoDB docs); fractional bytes round up.`;

const itemSizeHelp = `awscalc dynamodb item-size — size of a DynamoDB item and what one read or write of it costs

Usage:
  awscalc dynamodb item-size --item '<json>' [--plain] [--global-table] [--json] [--trace]
  awscalc dynamodb item-size --item - < item.json

Measures an item by AWS's rules (attribute names and strings in UTF-8 bytes; numbers ~1 byte per two
significant digits + 1; binary as raw bytes; booleans/nulls 1 byte; lists and maps 3 bytes + 1 per
element; sets the sum of their elements) and reports the read units per read (4 KB steps: strongly
consistent 1, eventually ½, transactional 2 per step), write units per write (1 KB steps; transactional
2 per step), the bytes billed for storage (+100 B per item, +48 B for global tables), and a problem when
the item is over 400 KB (409,600 bytes), naming its largest attributes. 1 KB = 1,024 bytes.

Flags:
  --item JSON       the item: DynamoDB JSON as the AWS CLI prints it ({"pk":{"S":"user#1"}}), or "-" to
                    read it from stdin. get-item output ({"Item": {...}}) is accepted too.
  --plain           the item is ordinary JSON ({"pk":"user#1","n":42}): strings→S, numbers→N,
                    booleans→BOOL, null→NULL, arrays→L, objects→M (numbers are read as
                    JavaScript numbers: ~17 significant digits; use DynamoDB JSON for more)
  --global-table    the table is a global table (storage +48 bytes per item)
  --json            print one JSON object (keys: format, sizeBytes, sizeKB, readUnits, writeUnits,
                    units, storage, attributes, largestAttributes, maxItemBytes, convention,
                    problems, warnings, trace)
  --trace           also print the arithmetic, step by step, with AWS sources
  -h, --help        show this help

Exit codes: 0 measured, 1 the item is invalid for DynamoDB (problems, e.g. over 400 KB) or not
parseable, 2 usage error.

Examples:
  awscalc dynamodb item-size --item '{"pk":{"S":"user#1"},"n":{"N":"42"}}'
  awscalc dynamodb item-size --plain --item '{"pk":"user#1","tags":["a","b"]}' --json
  aws dynamodb get-item --table-name t --key '{"pk":{"S":"1"}}' | awscalc dynamodb item-size --item -
`;

const workloadFlags = {
  reads: { type: 'string' },
  writes: { type: 'string' },
  'item-size': { type: 'string' },
  'read-size': { type: 'string' },
  'write-size': { type: 'string' },
  'read-consistency': { type: 'string' },
  'write-mode': { type: 'string' },
  workload: { type: 'string' },
  'target-utilization': { type: 'string' },
  'hot-key-share': { type: 'string' },
  spike: { type: 'string' },
  month: { type: 'string' },
  trace: { type: 'boolean' },
} as const;

const WORKLOAD_FLAGS_HELP = `  --reads RATE             reads per second (100, 6000/min, 1.2M/day): one item per read (GetItem)
  --writes RATE            writes per second: one item per write (PutItem)
  --item-size SIZE         size of each item read and written (default 1KB)
  --read-size SIZE         size of each item read (overrides --item-size for reads)
  --write-size SIZE        size of each item written (overrides --item-size for writes)
  --read-consistency C     strong (default), eventual or transactional
  --write-mode M           standard (default) or transactional
  --workload FILE          a full workload as JSON (several operations, GSIs, LSIs; schema in the
                           README, section DynamoDB); "-" reads it from stdin. Not combinable with
                           --reads/--writes/--*-size/--read-consistency/--write-mode.
  --target-utilization P   auto scaling target in percent for provisioned sizing (20–90, default 70)
  --hot-key-share F        share (0–1) of the traffic that hits the hottest partition key
  --spike X                spike as a multiple of the steady traffic (default 1 = none): burst and on-demand
                           peak checks
  --month H                month length for per-month figures: 730 (default, AWS Pricing Calculator)
                           or 720 hours`;

const capacityHelp = `awscalc dynamodb capacity — read/write capacity units for an access pattern

Usage:
  awscalc dynamodb capacity --reads RATE --writes RATE --item-size SIZE [flags]
  awscalc dynamodb capacity --workload FILE|- [flags]

Computes read and write units per second for each operation, the table and each GSI, by AWS's rules:
reads round each item up to 4 KB (GetItem, BatchGetItem, TransactGetItems) or sum a Query/Scan's items
then round once (Scan pays for items evaluated; filters don't reduce it); eventually consistent = ½,
transactional = 2×; writes round each item up to 1 KB and pay for the larger of old and new item;
transactional writes 2× (index writes are not doubled); a GSI write that changes the index key is two
index writes; LSIs use the table's capacity. Then: provisioned capacity at the target utilisation
(max(1, ceil(units ÷ target))), per-partition ceilings (3,000 RCU / 1,000 WCU) and hot-key warning,
how long burst capacity (300 s of unused capacity) absorbs a spike, default quotas (40,000 units per
table, 80,000 per account), and on-demand request units per month with new-table (12,000 RRU/s,
4,000 WRU/s) and double-the-previous-peak checks.

Flags:
${WORKLOAD_FLAGS_HELP}
  --json                   print one JSON object (keys: readCapacityUnits, writeCapacityUnits (table,
                           per second), operations, indexes, totals, provisioned, onDemand,
                           convention, problems, warnings, trace)
  --trace                  also print the arithmetic, step by step, with AWS sources
  -h, --help               show this help

${SIZE_NOTE}

Exit codes: 0 ok, 1 invalid input or a configuration DynamoDB rejects (problems), 2 usage error.

Examples:
  awscalc dynamodb capacity --reads 80 --writes 100 --item-size 3KB
  awscalc dynamodb capacity --reads 100 --item-size 10KB --read-consistency eventual --json
  awscalc dynamodb capacity --writes 50 --write-size 1.5KB --write-mode transactional
  awscalc dynamodb capacity --workload workload.json --trace
  cat workload.json | awscalc dynamodb capacity --workload - --json
`;

const costHelp = `awscalc dynamodb cost — monthly cost on-demand vs provisioned, and the break-even utilisation

Usage:
  awscalc dynamodb cost --reads RATE --writes RATE --item-size SIZE [cost flags]
  awscalc dynamodb cost --workload FILE|- [cost flags]

Prices the workload (same flags as "awscalc dynamodb capacity") both ways: on-demand (request units
per month × price per million) and provisioned at the average utilisation you state (capacity units
× hours × price per unit-hour), plus storage and the options below, which count in both totals.
Prints the break-even utilisation (above it provisioned is cheaper), Standard vs Standard-IA, and
every line with its quantity, unit price, region, source and as-of date. Prices: bundled us-east-1
price book (override with --price). The free tier is NOT applied unless you pass --free-tier.

Flags (besides the capacity flags):
${WORKLOAD_FLAGS_HELP}
  --utilization P          average utilisation of provisioned capacity you expect, percent
                           (1–100, default 70)
  --table-class C          standard (default) or standard-ia
  --storage SIZE           table data size (e.g. 50GB; DynamoDB GB = 1,024³ bytes)
  --item-count N           or: number of items; storage = N × (item size + 100 B (+48 B global))
                           using --item-size/--write-size as the average item size
  --pitr                   point-in-time recovery on (priced per GB-month of table size)
  --backup SIZE            on-demand backup storage kept (GB-month)
  --stream-reads N         DynamoDB Streams read requests per month (Lambda triggers are free)
  --replicas N             global table: number of other Regions with a replica (replicated writes,
                           storage in each Region)
  --free-tier              subtract the AWS Free Tier (25 RCU + 25 WCU, 25 GB, 2.5 M stream reads)
  --price KEY=USD          override a price (repeatable), e.g. dynamodb.ondemand.write_request_units=0.7
  --json                   print one JSON object (keys: region, currency, month, tableClass,
                           utilizationPercent, storageGb, consumed, onDemand, provisioned, common,
                           breakEvenUtilizationPercent, cheaperMode, tableClasses, freeTier, prices,
                           problems, warnings, trace); money is decimal strings in USD
  --trace                  also print the arithmetic, step by step, with AWS sources
  -h, --help               show this help

${SIZE_NOTE}

Examples:
  awscalc dynamodb cost --reads 80 --writes 100 --item-size 3KB --storage 50GB
  awscalc dynamodb cost --workload workload.json --utilization 50 --table-class standard-ia --json
  awscalc dynamodb cost --writes 200 --item-size 1KB --replicas 2 --pitr --storage 200GB
`;

type WorkloadValues = Partial<Record<keyof typeof workloadFlags, string | boolean>>;
type IssuePath = ReadonlyArray<string | number>;

const TUNING_FLAGS: Readonly<Record<string, keyof typeof workloadFlags>> = {
  targetUtilizationPercent: 'target-utilization',
  hotKeyShare: 'hot-key-share',
  spikeFactor: 'spike',
  monthHours: 'month',
};

/** The flag a workload field came from (`operations.0.rate` → `--reads`), when the user typed one. */
function workloadFlagFor(
  path: IssuePath,
  values: WorkloadValues,
  operations: readonly unknown[],
): string | undefined {
  const [head, position, field] = path;
  const tuning = typeof head === 'string' ? TUNING_FLAGS[head] : undefined;
  if (tuning !== undefined) return values[tuning] !== undefined ? `--${tuning}` : undefined;
  if (head !== 'operations' || typeof position !== 'number' || values.workload !== undefined)
    return undefined;
  const kind = (operations[position] as { name?: unknown } | undefined)?.name;
  if (kind !== 'reads' && kind !== 'writes') return undefined;
  const sized = kind === 'reads' ? 'read-size' : 'write-size';
  if (field === 'rate') return `--${kind}`;
  if (field === 'itemSize') return values[sized] !== undefined ? `--${sized}` : '--item-size';
  return undefined;
}

/** Issues that name the flag the user typed rather than the calculator field it filled. */
function withFlagPaths<T>(result: Result<T>, flagFor: (path: IssuePath) => string | undefined): Result<T> {
  if (result.ok) return result;
  const seen = new Set<string>();
  return {
    ok: false,
    issues: result.issues
      .map((issue) => {
        const flag = flagFor(issue.path);
        return flag === undefined ? issue : { ...issue, path: [flag] };
      })
      // --item-size fills both the read and the write: say so once.
      .filter((issue) => {
        const key = JSON.stringify([issue.path, issue.message]);
        return seen.has(key) ? false : (seen.add(key), true);
      }),
  };
}

async function readJson(
  io: Io,
  source: string,
  what: string,
): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${what} file "${source}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (source === '-' && text.trim() === '')
    throw new UsageError(`--${what} - reads JSON from stdin, but stdin was empty`);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return {
      ok: false,
      message: `The ${what} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

const asText = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);
const asNumber = (flag: string, value: string | boolean | undefined) => {
  if (typeof value !== 'string') return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number))
    throw new UsageError(`--${flag} takes a number, got "${value}"`);
  return number;
};
function oneOf<T extends string>(
  flag: string,
  value: string | boolean | undefined,
  allowed: readonly T[],
): T | undefined {
  if (typeof value !== 'string') return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${flag} is one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

/** Builds the workload object from flags or a --workload file. Returns undefined after printing a JSON error. */
async function workloadFrom(
  io: Io,
  values: WorkloadValues,
): Promise<
  | { ok: true; workload: Record<string, unknown>; file: Record<string, unknown> | null }
  | { ok: false; message: string }
> {
  const simple = [
    'reads',
    'writes',
    'item-size',
    'read-size',
    'write-size',
    'read-consistency',
    'write-mode',
  ] as const;
  const tuning: Record<string, unknown> = {};
  const target = asNumber('target-utilization', values['target-utilization']);
  if (target !== undefined) tuning.targetUtilizationPercent = target;
  const hot = asNumber('hot-key-share', values['hot-key-share']);
  if (hot !== undefined) tuning.hotKeyShare = hot;
  const spike = asNumber('spike', values.spike);
  if (spike !== undefined) tuning.spikeFactor = spike;
  const month = asNumber('month', values.month);
  if (month !== undefined) {
    if (month !== 730 && month !== 720) throw new UsageError(`--month is 730 or 720, got "${values.month}"`);
    tuning.monthHours = month;
  }
  const workloadSource = asText(values.workload);
  if (workloadSource !== undefined) {
    const clash = simple.filter((flag) => values[flag] !== undefined);
    if (clash.length > 0)
      throw new UsageError(
        `--workload describes the whole access pattern; drop ${clash.map((f) => `--${f}`).join(', ')}`,
      );
    const parsed = await readJson(io, workloadSource, 'workload');
    if (!parsed.ok) return parsed;
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value))
      return { ok: false, message: 'The workload is a JSON object with an "operations" array.' };
    const file = parsed.value as Record<string, unknown>;
    // A cost file may wrap the workload with cost options: {"workload": {...}, "storage": "50GB"}.
    const inner =
      'workload' in file && typeof file.workload === 'object' && file.workload !== null
        ? (file.workload as Record<string, unknown>)
        : file;
    return { ok: true, workload: { ...inner, ...tuning }, file: inner === file ? null : file };
  }
  if (values.reads === undefined && values.writes === undefined)
    throw new UsageError('give --reads and/or --writes (per second), or --workload FILE');
  const consistency = oneOf('read-consistency', values['read-consistency'], [
    'strong',
    'eventual',
    'transactional',
  ] as const);
  const writeMode = oneOf('write-mode', values['write-mode'], ['standard', 'transactional'] as const);
  const itemSize = asText(values['item-size']);
  const readSize = asText(values['read-size']) ?? itemSize;
  const writeSize = asText(values['write-size']) ?? itemSize;
  const operations: Record<string, unknown>[] = [];
  if (values.reads !== undefined) {
    operations.push({
      type: 'GetItem',
      name: 'reads',
      rate: values.reads,
      ...(readSize !== undefined ? { itemSize: readSize } : {}),
      ...(consistency ? { consistency } : {}),
    });
  }
  if (values.writes !== undefined) {
    operations.push({
      type: 'PutItem',
      name: 'writes',
      rate: values.writes,
      ...(writeSize !== undefined ? { itemSize: writeSize } : {}),
      ...(writeMode ? { writeMode } : {}),
    });
  }
  return { ok: true, workload: { operations, ...tuning }, file: null };
}

function printJsonError<T extends object>(
  io: Io,
  json: boolean,
  code: string,
  path: string,
  message: string,
): number {
  const result: Result<T> = { ok: false, issues: [{ code, path: [path], message }] };
  return printResult(io, result, { json, render: () => '' });
}

const num = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 });

export const dynamoItemSizeCommand: Command = {
  name: 'item-size',
  summary: 'size of an item (DynamoDB or plain JSON), RCU/WCU per read/write, storage, 400 KB check',
  help: itemSizeHelp,
  run: (argv, io) =>
    withUsage({ name: 'dynamodb item-size', help: itemSizeHelp }, io, async () => {
      const { values, positionals } = parseFlags(argv, {
        item: { type: 'string' },
        plain: { type: 'boolean' },
        'global-table': { type: 'boolean' },
        trace: { type: 'boolean' },
      });
      if (values.help) {
        io.out(itemSizeHelp);
        return EXIT.ok;
      }
      if (positionals.length > 0)
        throw new UsageError(`unexpected argument "${positionals[0]}"; pass the item with --item`);
      if (values.item === undefined)
        throw new UsageError("give the item with --item '<json>' (or --item - to read stdin)");
      let item: unknown = values.item;
      if (values.item === '-') {
        const parsed = await readJson(io, '-', 'item');
        if (!parsed.ok)
          return printJsonError(io, values.json === true, 'item_not_json', 'item', parsed.message);
        item = parsed.value;
      }
      // `aws dynamodb get-item` prints {"Item": {...}}; measure the item inside.
      if (!values.plain) item = getItemOutputItem(item);
      const result = run(dynamoItemSize, {
        item,
        format: values.plain ? 'plain' : 'dynamodb',
        globalTable: values['global-table'] === true,
      });
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) =>
          renderItemSize(value) + (values.trace ? `\nArithmetic:\n${formatTrace(trace)}\n` : ''),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

const ATTRIBUTE_TYPES = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'L', 'M', 'SS', 'NS', 'BS']);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The item inside `aws dynamodb get-item` output ({"Item": {...}, "ConsumedCapacity": {...}}), or the
 * input unchanged. An item that merely has an attribute named "Item" ({"Item": {"S": "book"}}) is an
 * item, not get-item output: its "Item" is an AttributeValue.
 */
function getItemOutputItem(input: unknown): unknown {
  let parsed: unknown = input;
  if (typeof input === 'string') {
    try {
      parsed = JSON.parse(input);
    } catch {
      return input; // the calculator reports the JSON error
    }
  }
  if (!isObject(parsed) || !isObject(parsed.Item)) return input;
  const keys = Object.keys(parsed);
  const envelope = keys.every((key) => key === 'Item' || key === 'ConsumedCapacity');
  const inner = Object.keys(parsed.Item);
  const itemIsAttributeValue = inner.length === 1 && ATTRIBUTE_TYPES.has(inner[0]!);
  return envelope && !itemIsAttributeValue ? parsed.Item : input;
}

function renderItemSize(value: DynamoItemSize): string {
  const summary = keyValues([
    ['Item size', `${num(value.sizeBytes)} bytes (${num(value.sizeKB)} KB, 1 KB = 1,024 bytes)`],
    [
      'Read units per read',
      `${value.units.read.strong} strong, ${value.units.read.eventual} eventual, ${value.units.read.transactional} transactional`,
    ],
    [
      'Write units per write',
      `${value.units.write.standard} standard, ${value.units.write.transactional} transactional`,
    ],
    [
      'Storage billed per item',
      `${num(value.storage.bytesPerItem)} bytes (+${value.storage.overheadBytes} B overhead)`,
    ],
    ['Limit', `${num(value.maxItemBytes)} bytes (400 KB)`],
  ]);
  const attributes = table([
    ['Attribute', 'Type', 'Name B', 'Value B', 'Total B'],
    ...value.attributes.map((a) => [a.name, a.type, String(a.nameBytes), num(a.valueBytes), num(a.bytes)]),
  ]);
  const problems = value.problems.map((problem) => `problem: ${problem.message}\n`).join('');
  return `${summary}\n${attributes}${problems ? `\n${problems}` : ''}`;
}

export const dynamoCapacityCommand: Command = {
  name: 'capacity',
  summary: 'RCU/WCU per second for an access pattern; provisioned sizing, partitions, burst, on-demand',
  help: capacityHelp,
  run: (argv, io) =>
    withUsage({ name: 'dynamodb capacity', help: capacityHelp }, io, async () => {
      const { values, positionals } = parseFlags(argv, workloadFlags);
      if (values.help) {
        io.out(capacityHelp);
        return EXIT.ok;
      }
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const built = await workloadFrom(io, values);
      if (!built.ok)
        return printJsonError(io, values.json === true, 'workload_not_json', 'workload', built.message);
      const operations = Array.isArray(built.workload.operations) ? built.workload.operations : [];
      const flagFor = (path: IssuePath) => workloadFlagFor(path, values, operations);
      const result = withFlagPaths(run(dynamoCapacity, built.workload), flagFor);
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) =>
          renderCapacity(value, flagFor) + (values.trace ? `\nArithmetic:\n${formatTrace(trace)}\n` : ''),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

function renderCapacity(value: DynamoCapacity, flagFor: (path: IssuePath) => string | undefined): string {
  const operations = table([
    ['#', 'Operation', 'Calls/s', 'Items', 'RCU/call', 'WCU/call', 'RCU/s', 'WCU/s', 'Reads from'],
    ...value.operations.map((op) => [
      String(op.position + 1),
      op.name === `${op.type} #${op.position + 1}` ? op.type : `${op.type} (${op.name})`,
      num(op.ratePerSecond),
      String(op.itemsPerCall),
      num(op.readUnitsPerCall),
      num(op.writeUnitsPerCall),
      num(op.readUnitsPerSecond),
      num(op.writeUnitsPerSecond),
      op.writeMode ? '—' : op.readsFrom,
    ]),
  ]);
  const scopes = table([
    ['Consumed per second', 'RCU/s', 'WCU/s', 'Provision RCU', 'Provision WCU'],
    [
      'table',
      num(value.readCapacityUnits),
      num(value.writeCapacityUnits),
      num(value.provisioned.table.readCapacityUnits),
      num(value.provisioned.table.writeCapacityUnits),
    ],
    ...value.indexes.map((index, i) => [
      `GSI ${index.name}`,
      num(index.readCapacityUnits),
      num(index.writeCapacityUnits),
      num(value.provisioned.indexes[i]?.readCapacityUnits ?? 0),
      num(value.provisioned.indexes[i]?.writeCapacityUnits ?? 0),
    ]),
    [
      'total',
      num(value.totals.readCapacityUnits),
      num(value.totals.writeCapacityUnits),
      num(value.provisioned.totals.readCapacityUnits),
      num(value.provisioned.totals.writeCapacityUnits),
    ],
  ]);
  const burst = value.provisioned.burst
    .map(
      (check) =>
        `  ${check.scope} ${check.kind}s: ${check.spike} at a ${value.provisioned.spikeFactor}× spike vs ${check.provisioned} provisioned → ${check.secondsAbsorbed === null ? 'fits, no burst needed' : `burst lasts ~${num(check.secondsAbsorbed)} s`}`,
    )
    .join('\n');
  const facts = keyValues([
    [
      'Target utilisation',
      `${value.provisioned.targetUtilizationPercent} % (provision = max(1, ceil(consumed ÷ target)))`,
    ],
    [
      'Minimum partitions',
      `${value.provisioned.minimumPartitions} (${DYNAMO_PARTITION_LIMITS.readUnits.value.toLocaleString('en-US')} RCU / ${DYNAMO_PARTITION_LIMITS.writeUnits.value.toLocaleString('en-US')} WCU each)`,
    ],
    ...(value.provisioned.hotKey
      ? ([
          [
            'Hottest key',
            `${num(value.provisioned.hotKey.readUnitsPerSecond)} RCU/s, ${num(value.provisioned.hotKey.writeUnitsPerSecond)} WCU/s = ${num(value.provisioned.hotKey.partitionLoad)} × one partition's capacity`,
          ],
        ] as const)
      : []),
    [
      'On-demand per month',
      `${num(value.onDemand.readRequestUnitsPerMonth)} RRU, ${num(value.onDemand.writeRequestUnitsPerMonth)} WRU (${value.onDemand.month.label})`,
    ],
    [
      'On-demand peak',
      `${num(value.onDemand.peak.readRequestUnitsPerSecond)} RRU/s, ${num(value.onDemand.peak.writeRequestUnitsPerSecond)} WRU/s = ${num(value.onDemand.peak.newTableLoad)} × what a new table sustains`,
    ],
  ]);
  const problems = problemLines(value.problems, flagFor);
  return `${operations}\n${scopes}\n${facts}${burst ? `Burst (300 s of unused capacity, best effort):\n${burst}\n` : ''}${problems ? `\n${problems}` : ''}\n${value.convention}\n`;
}

export const dynamoCostCommand: Command = {
  name: 'cost',
  summary: 'monthly cost on-demand vs provisioned, break-even utilisation, Standard vs Standard-IA',
  help: costHelp,
  run: (argv, io) =>
    withUsage({ name: 'dynamodb cost', help: costHelp }, io, async () => {
      const { values, positionals } = parseFlags(argv, {
        ...workloadFlags,
        utilization: { type: 'string' },
        'table-class': { type: 'string' },
        storage: { type: 'string' },
        'item-count': { type: 'string' },
        pitr: { type: 'boolean' },
        backup: { type: 'string' },
        'stream-reads': { type: 'string' },
        replicas: { type: 'string' },
        'free-tier': { type: 'boolean' },
        price: { type: 'string', multiple: true },
      });
      if (values.help) {
        io.out(costHelp);
        return EXIT.ok;
      }
      if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const built = await workloadFrom(io, values);
      if (!built.ok)
        return printJsonError(io, values.json === true, 'workload_not_json', 'workload', built.message);
      const { workload: _ignored, ...fileOptions } = built.file ?? {};
      const input: Record<string, unknown> = { ...fileOptions, workload: built.workload };
      const utilization = asNumber('utilization', values.utilization);
      if (utilization !== undefined) input.utilizationPercent = utilization;
      const tableClass = oneOf('table-class', values['table-class'], ['standard', 'standard-ia'] as const);
      if (tableClass) input.tableClass = tableClass;
      if (values.storage !== undefined) input.storage = values.storage;
      const count = asNumber('item-count', values['item-count']);
      if (count !== undefined) {
        if (values.storage !== undefined) throw new UsageError('give --storage or --item-count, not both');
        const itemSize = asText(values['write-size']) ?? asText(values['item-size']);
        if (itemSize === undefined)
          throw new UsageError('--item-count needs --item-size (or --write-size) as the average item size');
        input.items = { count, itemSize };
      }
      if (values.pitr) input.pointInTimeRecovery = true;
      if (values.backup !== undefined) input.backupStorage = values.backup;
      const streams = asNumber('stream-reads', values['stream-reads']);
      if (streams !== undefined) input.streamReadRequestsPerMonth = streams;
      const replicas = asNumber('replicas', values.replicas);
      if (replicas !== undefined) input.replicaRegions = replicas;
      if (values['free-tier']) input.freeTier = true;
      if (values.price) {
        input.priceOverrides = values.price.map((pair) => {
          const [key, usd, ...rest] = pair.split('=');
          if (!key || usd === undefined || rest.length > 0)
            throw new UsageError(
              `--price takes KEY=USD, e.g. dynamodb.ondemand.write_request_units=0.7; got "${pair}"`,
            );
          return { key, usd };
        });
      }
      const operations = Array.isArray(built.workload.operations) ? built.workload.operations : [];
      const costFlags: Record<string, string | undefined> = {
        utilizationPercent: values.utilization,
        tableClass: values['table-class'],
        storage: values.storage,
        backupStorage: values.backup,
        streamReadRequestsPerMonth: values['stream-reads'],
        replicaRegions: values.replicas,
      };
      const costFlagNames: Record<string, string> = {
        utilizationPercent: '--utilization',
        tableClass: '--table-class',
        storage: '--storage',
        backupStorage: '--backup',
        streamReadRequestsPerMonth: '--stream-reads',
        replicaRegions: '--replicas',
      };
      const flagFor = ([head, ...rest]: IssuePath) => {
        if (head === 'workload') return workloadFlagFor(rest, values, operations);
        if (typeof head !== 'string') return undefined;
        if (costFlags[head] !== undefined) return costFlagNames[head];
        if (head === 'items' && count !== undefined)
          return rest[0] === 'count'
            ? '--item-count'
            : workloadFlagFor(['operations', 0, 'itemSize'], values, [{ name: 'writes' }]);
        if (head === 'priceOverrides' && values.price !== undefined) return '--price';
        return undefined;
      };
      const result = withFlagPaths(run(dynamoCost, input), flagFor);
      return printResult(io, result, {
        json: values.json === true,
        render: (value, trace) =>
          renderCost(value, flagFor) + (values.trace ? `\nArithmetic:\n${formatTrace(trace)}\n` : ''),
        exitFor: (value) => (value.problems.length > 0 ? EXIT.invalid : EXIT.ok),
      });
    }),
};

function renderCost(value: DynamoCost, flagFor: (path: IssuePath) => string | undefined): string {
  const lines = (mode: string, cost: DynamoCost['onDemand']['lines']) =>
    cost.map((line) => [
      mode,
      line.description,
      `${line.quantity} ${line.unit}`,
      `$${line.unitPriceUsd}`,
      formatUsd(line.costUsd),
      line.asOf,
    ]);
  const bill = table([
    ['Mode', 'Line', 'Quantity', 'Unit price', 'Monthly', 'As of'],
    ...lines('on-demand', value.onDemand.lines),
    ...lines('provisioned', value.provisioned.lines),
    ...lines('both', value.common.lines),
  ]);
  const summary = keyValues([
    ['On-demand', `${formatUsd(value.onDemand.monthlyUsd)} per month`],
    [
      'Provisioned',
      `${formatUsd(value.provisioned.monthlyUsd)} per month at ${value.utilizationPercent} % utilisation (${num(value.provisioned.readCapacityUnits)} RCU, ${num(value.provisioned.writeCapacityUnits)} WCU)`,
    ],
    ['Cheaper', value.cheaperMode],
    [
      'Break-even',
      value.breakEvenUtilizationPercent === null
        ? 'no traffic'
        : `${num(value.breakEvenUtilizationPercent)} % utilisation (above it, provisioned is cheaper)`,
    ],
    ...value.tableClasses.map(
      (c) =>
        [
          `Class ${c.tableClass}`,
          `on-demand ${formatUsd(c.onDemandUsd)}, provisioned ${formatUsd(c.provisionedUsd)}`,
        ] as const,
    ),
    ['Month', value.month.label],
    [
      'Prices',
      `${value.region}, USD; sources per line (--json); ${value.prices.overridden.length ? `overridden: ${value.prices.overridden.join(', ')}` : 'bundled list prices'}`,
    ],
    ['Free tier', value.freeTier.note],
  ]);
  const problems = problemLines(value.problems, flagFor);
  return `${bill}\n${summary}${problems ? `\n${problems}` : ''}`;
}

export const dynamodbCommand = subcommands(
  'dynamodb',
  'DynamoDB item size, capacity units and cost (1 KB = 1,024 bytes)',
  [dynamoItemSizeCommand, dynamoCapacityCommand, dynamoCostCommand],
);

/** Problems as text, naming the flag typed when one filled the field (as issues do). */
function problemLines(
  problems: readonly { readonly message: string; readonly path: IssuePath }[],
  flagFor: (path: IssuePath) => string | undefined,
): string {
  return problems
    .map((problem) => {
      const flag = flagFor(problem.path);
      return `problem${flag ? ` (${flag})` : ''}: ${problem.message}\n`;
    })
    .join('');
}
