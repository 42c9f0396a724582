import { z } from 'zod';
import { byteSizeSchema } from '../units/byteSize.ts';
import { parseRate } from '../units/rate.ts';
import { DYNAMO_AUTO_SCALING_TARGET } from './dynamoRules.ts';
import { DYNAMO_READ_CONSISTENCIES, DYNAMO_WRITE_MODES } from './dynamoUnits.ts';

/** The DynamoDB data-plane operations a workload is made of. */
export const DYNAMO_OPERATION_TYPES = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'BatchWriteItem',
  'TransactGetItems',
  'TransactWriteItems',
] as const;
export type DynamoOperationType = (typeof DYNAMO_OPERATION_TYPES)[number];

export const DYNAMO_READ_OPERATIONS: readonly DynamoOperationType[] = [
  'GetItem',
  'BatchGetItem',
  'Query',
  'Scan',
  'TransactGetItems',
];

/** A DynamoDB size: bytes, or text with a unit. "KB" is 1,024 bytes (DynamoDB's convention); fractions round up. */
const dynamoSize = byteSizeSchema('binary', { rounding: 'ceil', allowZero: true });

/**
 * The largest rate accepted, per operation: far above any DynamoDB table (default quota 40,000
 * units per second per table, adjustable) yet small enough that every figure stays a finite number.
 */
const MAX_RATE_PER_SECOND = 1e9;
const DECIMAL_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Calls per second: a number ("100", "1e3"), or text with a period ("6000/min", "1.2M/day"). */
const rateSchema = z
  .union([z.number(), z.string()], {
    error: 'Give a rate as calls per second (100) or text like "6000/min".',
  })
  .transform((input, context): number => {
    const fail = (message: string, code = 'rate_invalid') => {
      context.addIssue({ code: 'custom', message, params: { code } });
      return z.NEVER;
    };
    let perSecond: number;
    if (typeof input === 'number') {
      perSecond = input;
    } else if (DECIMAL_NUMBER.test(input.trim())) {
      perSecond = Number(input.trim());
    } else {
      const parsed = parseRate(input);
      if (!parsed.ok) return fail(parsed.message, parsed.code);
      perSecond = parsed.perSecond;
    }
    if (!Number.isFinite(perSecond) || perSecond < 0)
      return fail(`A rate is a number of calls per second, 0 or more; got ${String(input)}.`);
    if (perSecond > MAX_RATE_PER_SECOND)
      return fail(
        `${String(input)} is more than ${MAX_RATE_PER_SECOND.toLocaleString('en-US')} calls per second, far beyond any DynamoDB table (default quota: 40,000 units per second); give a rate of at most ${MAX_RATE_PER_SECOND.toLocaleString('en-US')}.`,
        'rate_too_high',
      );
    return perSecond;
  });

/**
 * An object that rejects fields it does not know, naming them and the valid ones: a typo such as
 * "itemsize" must not silently fall back to a default.
 */
export function dynamoStrictObject<Shape extends z.ZodRawShape>(what: string, shape: Shape) {
  const fields = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `${what} has no field ${issue.keys.map((key) => `"${key}"`).join(', ')}; its fields are ${fields}.`
        : issue.code === 'invalid_type'
          ? `${what} is a JSON object with the fields ${fields}.`
          : undefined,
  });
}

const share = (what: string) =>
  z
    .number({ error: `${what} is a fraction from 0 to 1 (e.g. 0.25 for a quarter).` })
    .min(0, `${what} is a fraction from 0 to 1.`)
    .max(1, `${what} is a fraction from 0 to 1.`);

/** One operation of the access pattern, called `rate` times per second. */
export const DynamoOperation = dynamoStrictObject('An operation', {
  type: z.enum(DYNAMO_OPERATION_TYPES, {
    error: `type is one of ${DYNAMO_OPERATION_TYPES.join(', ')}.`,
  }),
  /** A label for the result, e.g. "load profile". */
  name: z
    .string({ error: 'name is a text label.' })
    .max(100, 'Keep the name under 100 characters.')
    .optional(),
  /** Calls per second (a BatchGetItem call is one batch; a Query call is one query). */
  rate: rateSchema,
  /** Size of each item read or written (for a GSI/LSI read: the projected index entry). */
  itemSize: dynamoSize.default(1024),
  /** Items per call: per batch, per transaction, returned per Query, evaluated per Scan. Default 1. */
  items: z
    .number({ error: 'items is a whole number of items per call.' })
    .int('items is a whole number of items per call.')
    .min(1, 'items is at least 1.')
    .max(1_000_000, 'items is at most 1,000,000 per call.')
    .default(1),
  /** Exact size of each item in the call (overrides items × itemSize), e.g. ["1.5KB", "6.5KB"]. */
  itemSizes: z
    .array(dynamoSize, { error: 'itemSizes is a list of sizes, e.g. ["1.5KB", "6.5KB"].' })
    .min(1, 'itemSizes lists at least one size.')
    .max(10_000, 'itemSizes lists at most 10,000 sizes.')
    .optional(),
  /** PutItem/UpdateItem: size of the item before the write; the write pays for the larger of the two. */
  previousItemSize: dynamoSize.optional(),
  /**
   * Reads: strong (default), eventual or transactional. Left optional (the default is applied when
   * units are counted) so a consistency an operation cannot use is rejected rather than ignored.
   */
  consistency: z
    .enum(DYNAMO_READ_CONSISTENCIES, { error: 'consistency is strong, eventual or transactional.' })
    .optional(),
  /** Writes: standard (default) or transactional. Optional for the same reason as consistency. */
  writeMode: z.enum(DYNAMO_WRITE_MODES, { error: 'writeMode is standard or transactional.' }).optional(),
  /** Reads only: the GSI or LSI the Query/Scan reads (by name); omitted = the table. */
  index: z
    .string({ error: 'index names a GSI or LSI of this workload.' })
    .min(1, 'index names a GSI or LSI of this workload.')
    .optional(),
  /** Scan/Query only: items returned after a filter. Informational: filters do not reduce cost. */
  itemsReturned: z
    .number({ error: 'itemsReturned is a whole number of items, 0 or more.' })
    .int('itemsReturned is a whole number of items, 0 or more.')
    .min(0, 'itemsReturned is a whole number of items, 0 or more.')
    .optional(),
});
export type DynamoOperation = z.input<typeof DynamoOperation>;

/** A secondary index: how big its entries are and which writes reach it. */
export const DynamoSecondaryIndex = dynamoStrictObject('A secondary index', {
  name: z.string({ error: 'Give the index a name (text).' }).min(1, 'Give the index a name.'),
  /** Size of one index entry: table keys + index keys + projected attributes. */
  projectedItemSize: dynamoSize.default(1024),
  /** Share of table writes that put, change or delete an entry in this index (sparse index < 1). */
  writeShare: share('writeShare').default(1),
  /** Share of those writes that change the index key: each costs two index writes (delete + put). */
  keyChangeShare: share('keyChangeShare').default(0),
});
export type DynamoSecondaryIndex = z.input<typeof DynamoSecondaryIndex>;

/** The whole access pattern, plus how the table is provisioned. The JSON a `--workload` file holds. */
export const DynamoWorkload = dynamoStrictObject('The workload', {
  operations: z
    .array(DynamoOperation, {
      error: 'operations is a list of operations, e.g. [{"type":"GetItem","rate":100}].',
    })
    .max(200, 'At most 200 operations.'),
  globalSecondaryIndexes: z
    .array(DynamoSecondaryIndex, { error: 'globalSecondaryIndexes is a list of indexes.' })
    .max(100, 'At most 100 global secondary indexes.')
    .default([]),
  localSecondaryIndexes: z
    .array(DynamoSecondaryIndex, { error: 'localSecondaryIndexes is a list of indexes.' })
    .max(100, 'At most 100 local secondary indexes.')
    .default([]),
  /** Provisioned: auto scaling target utilisation in percent (AWS accepts 20–90). */
  targetUtilizationPercent: z
    .number({ error: 'targetUtilizationPercent is a percentage from 20 to 90.' })
    .min(DYNAMO_AUTO_SCALING_TARGET.minimum.value, 'AWS auto scaling accepts a target of 20 % to 90 %.')
    .max(DYNAMO_AUTO_SCALING_TARGET.maximum.value, 'AWS auto scaling accepts a target of 20 % to 90 %.')
    .default(DYNAMO_AUTO_SCALING_TARGET.default.value),
  /** Share of the table's traffic that goes to its hottest partition key value (0–1), if known. */
  hotKeyShare: share('hotKeyShare').optional(),
  /** A spike: traffic becomes this multiple of the steady workload (burst and on-demand peak checks); 1 = none. */
  spikeFactor: z
    .number({ error: 'spikeFactor is a multiple of the steady traffic, e.g. 2.' })
    .min(1, 'spikeFactor is at least 1 (1 = no spike).')
    .max(1000, 'spikeFactor is at most 1000.')
    .default(1),
  /** On-demand: the previous peak the table has served, in request units per second. */
  previousPeak: dynamoStrictObject('previousPeak', {
    readRequestUnits: z
      .number({ error: 'A previous peak is a number of units per second.' })
      .min(0, 'A previous peak is 0 or more units per second.')
      .default(0),
    writeRequestUnits: z
      .number({ error: 'A previous peak is a number of units per second.' })
      .min(0, 'A previous peak is 0 or more units per second.')
      .default(0),
  }).optional(),
  /** Month length for per-month figures: 730 hours (AWS Pricing Calculator, default) or 720. */
  monthHours: z
    .union([z.literal(730), z.literal(720)], {
      error: 'monthHours is 730 (AWS Pricing Calculator) or 720.',
    })
    .default(730),
}).superRefine((workload, context) => {
  const names = [...workload.globalSecondaryIndexes, ...workload.localSecondaryIndexes].map((i) => i.name);
  for (const [position, name] of names.entries()) {
    if (names.indexOf(name) !== position) {
      context.addIssue({
        code: 'custom',
        path:
          position < workload.globalSecondaryIndexes.length
            ? ['globalSecondaryIndexes', position, 'name']
            : ['localSecondaryIndexes', position - workload.globalSecondaryIndexes.length, 'name'],
        message: `Index name "${name}" is used twice; each index needs its own name.`,
        params: { code: 'index_name_duplicate' },
      });
    }
  }
  for (const [position, operation] of workload.operations.entries()) {
    if (operation.index !== undefined && !names.includes(operation.index)) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'index'],
        message: `No index named "${operation.index}"; declare it under globalSecondaryIndexes or localSecondaryIndexes${names.length ? ` (known: ${names.join(', ')})` : ''}.`,
        params: { code: 'index_unknown' },
      });
    }
    if (operation.index !== undefined && operation.type !== 'Query' && operation.type !== 'Scan') {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'index'],
        message: `${operation.type} reads the table; only Query and Scan read an index.`,
        params: { code: 'index_not_queryable' },
      });
    }
    const isRead = DYNAMO_READ_OPERATIONS.includes(operation.type);
    if (operation.previousItemSize !== undefined && isRead) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'previousItemSize'],
        message: `${operation.type} is a read; previousItemSize applies to writes (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems). Remove it.`,
        params: { code: 'previous_size_not_a_write' },
      });
    }
    // Fields an operation cannot use are rejected, not ignored (as previousItemSize on a read is).
    if (operation.consistency !== undefined && !isRead) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'consistency'],
        message: `${operation.type} is a write; consistency applies to reads (${DYNAMO_READ_OPERATIONS.join(', ')}). Remove it, or use writeMode (standard or transactional).`,
        params: { code: 'consistency_not_applicable' },
      });
    } else if (
      operation.type === 'TransactGetItems' &&
      operation.consistency !== undefined &&
      operation.consistency !== 'transactional'
    ) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'consistency'],
        message: `TransactGetItems reads are always transactional (2 RCU per 4 KB), not ${operation.consistency}; remove consistency (or give "transactional"), or use GetItem or BatchGetItem for ${operation.consistency} reads.`,
        params: { code: 'consistency_not_applicable' },
      });
    }
    if (operation.writeMode !== undefined && isRead) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'writeMode'],
        message: `${operation.type} is a read; writeMode applies to writes (PutItem, UpdateItem, DeleteItem, BatchWriteItem, TransactWriteItems). Remove it, or use consistency (strong, eventual or transactional).`,
        params: { code: 'write_mode_not_applicable' },
      });
    } else if (operation.type === 'TransactWriteItems' && operation.writeMode === 'standard') {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'writeMode'],
        message: `TransactWriteItems writes are always transactional (2 WCU per 1 KB), not standard; remove writeMode (or give "transactional"), or use PutItem, UpdateItem or BatchWriteItem for standard writes.`,
        params: { code: 'write_mode_not_applicable' },
      });
    }
    const evaluated = operation.itemSizes?.length ?? operation.items;
    if (operation.itemsReturned !== undefined && operation.itemsReturned > evaluated) {
      context.addIssue({
        code: 'custom',
        path: ['operations', position, 'itemsReturned'],
        message: `itemsReturned (${operation.itemsReturned}) cannot exceed the ${evaluated} item(s) the call reads; give 0 to ${evaluated}.`,
        params: { code: 'items_returned_too_many' },
      });
    }
  }
});
export type DynamoWorkload = z.input<typeof DynamoWorkload>;
export type DynamoWorkloadParsed = z.output<typeof DynamoWorkload>;
