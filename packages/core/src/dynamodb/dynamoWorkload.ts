import { z } from 'zod';
import type { FieldMeta } from '../input/fieldMeta.ts';
import {
  choiceField,
  jsonField,
  MAX_FIELD_TEXT,
  monthHoursField,
  numberField,
  rateField,
  sizeField,
  textField,
} from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { DYNAMO_OPERATION_TYPES } from './dynamoOperationTypes.ts';
import { checkWorkload } from './dynamoWorkloadChecks.ts';
import { DYNAMO_AUTO_SCALING_TARGET } from './dynamoRules.ts';
import { DYNAMO_READ_CONSISTENCIES, DYNAMO_WRITE_MODES } from './dynamoUnits.ts';

/**
 * The largest rate accepted, per operation: far above any DynamoDB table (default quota 40,000
 * units per second per table, adjustable) yet small enough that every figure stays a finite number.
 */
const MAX_RATE_PER_SECOND = 1e9;

/** A DynamoDB size: bytes, or text with a unit. "KB" is 1,024 bytes (DynamoDB's convention); fractions round up. */
export function dynamoSizeField(meta: FieldMeta) {
  return sizeField(meta, { convention: 'binary', rounding: 'ceil', allowZero: true });
}

/** A share of traffic or writes, 0 to 1. */
const shareField = (meta: FieldMeta) => numberField(meta, { min: 0, max: 1 });

/** One operation of the access pattern, called `rate` times per second. */
export const DynamoOperation = inputObject({
  type: choiceField(
    {
      label: 'Operation type',
      flag: 'operation-type',
      param: 'operation-type',
      description: `The DynamoDB call: ${DYNAMO_OPERATION_TYPES.join(', ')}.`,
      example: 'GetItem',
    },
    DYNAMO_OPERATION_TYPES,
  ),
  /** A label for the result, e.g. "load profile". */
  name: textField(
    {
      label: 'Operation name',
      flag: 'operation-name',
      param: 'operation-name',
      description: 'A label for the output.',
      example: 'load profile',
    },
    { max: 100 },
  ).optional(),
  /** Calls per second (a BatchGetItem call is one batch; a Query call is one query). */
  rate: rateField(
    {
      label: 'Rate',
      flag: 'rate',
      param: 'rate',
      unit: 'calls/s',
      description:
        'Calls per second, or with a period (6000/min, 1.2M/day); a batch, transaction or query is one call.',
      example: '100',
    },
    { max: MAX_RATE_PER_SECOND },
  ),
  /** Size of each item read or written (for a GSI/LSI read: the projected index entry). */
  itemSize: dynamoSizeField({
    label: 'Item size',
    flag: 'item-size',
    param: 'item-size',
    description:
      'Size of each item read or written (1 KB = 1,024 bytes); for an index read, the projected entry.',
    example: '3KB',
  }).default(1024),
  /** Items per call: per batch, per transaction, returned per Query, evaluated per Scan. Default 1. */
  items: numberField(
    {
      label: 'Items per call',
      flag: 'items-per-call',
      param: 'items-per-call',
      description: 'Items per batch or transaction, returned per Query, evaluated per Scan.',
      example: '10',
    },
    { min: 1, max: 1_000_000, integer: true },
  ).default(1),
  /** Exact size of each item in the call (overrides items × itemSize), e.g. ["1.5KB", "6.5KB"]. */
  itemSizes: z
    .array(
      dynamoSizeField({
        label: 'Item sizes',
        flag: 'item-sizes',
        param: 'item-sizes',
        description: 'The exact size of each item in one call.',
        example: '1.5KB',
      }),
      { error: 'Item sizes is a list of sizes, e.g. ["1.5KB", "6.5KB"].' },
    )
    .min(1, 'Item sizes lists at least one size.')
    .max(10_000, 'Item sizes lists at most 10,000 sizes.')
    .optional(),
  /** PutItem/UpdateItem: size of the item before the write; the write pays for the larger of the two. */
  previousItemSize: dynamoSizeField({
    label: 'Previous item size',
    flag: 'previous-item-size',
    param: 'previous-item-size',
    description: 'Writes: the size of the item before the write; the write pays for the larger of the two.',
    example: '2KB',
  }).optional(),
  /**
   * Reads: strong (default), eventual or transactional. Left optional (the default is applied when
   * units are counted) so a consistency an operation cannot use is rejected rather than ignored.
   */
  consistency: choiceField(
    {
      label: 'Read consistency',
      flag: 'read-consistency',
      param: 'read-consistency',
      description: 'Reads: strong (default), eventual or transactional.',
      example: 'eventual',
    },
    DYNAMO_READ_CONSISTENCIES,
  ).optional(),
  /** Writes: standard (default) or transactional. Optional for the same reason as consistency. */
  writeMode: choiceField(
    {
      label: 'Write mode',
      flag: 'write-mode',
      param: 'write-mode',
      description: 'Writes: standard (default) or transactional.',
      example: 'transactional',
    },
    DYNAMO_WRITE_MODES,
  ).optional(),
  /** Reads only: the GSI or LSI the Query/Scan reads (by name); omitted = the table. */
  index: textField({
    label: 'Index',
    flag: 'index',
    param: 'index',
    description: 'Query/Scan only: the name of the GSI or LSI read.',
    example: 'byEmail',
  }).optional(),
  /** Scan/Query only: items returned after a filter. Informational: filters do not reduce cost. */
  itemsReturned: numberField(
    {
      label: 'Items returned',
      flag: 'items-returned',
      param: 'items-returned',
      description: 'Scan/Query: items left after a filter (informational: filters do not reduce cost).',
      example: '2',
    },
    { min: 0, max: 1_000_000, integer: true },
  ).optional(),
});
export type DynamoOperation = z.input<typeof DynamoOperation>;

/** A secondary index: how big its entries are and which writes reach it. */
export const DynamoSecondaryIndex = inputObject({
  name: textField({
    label: 'Index name',
    flag: 'index-name',
    param: 'index-name',
    description: 'The name operations refer to it by.',
    example: 'byEmail',
  }),
  /** Size of one index entry: table keys + index keys + projected attributes. */
  projectedItemSize: dynamoSizeField({
    label: 'Projected item size',
    flag: 'projected-item-size',
    param: 'projected-item-size',
    description: 'Size of one index entry: table keys + index keys + projected attributes.',
    example: '600',
  }).default(1024),
  /** Share of table writes that put, change or delete an entry in this index (sparse index < 1). */
  writeShare: shareField({
    label: 'Write share',
    flag: 'write-share',
    param: 'write-share',
    description: 'Share (0–1) of table writes that touch this index (below 1 for a sparse index).',
    example: '0.4',
  }).default(1),
  /** Share of those writes that change the index key: each costs two index writes (delete + put). */
  keyChangeShare: shareField({
    label: 'Key change share',
    flag: 'key-change-share',
    param: 'key-change-share',
    description: 'Share (0–1) of those writes that change the index key (two index writes each).',
    example: '0.1',
  }).default(0),
});
export type DynamoSecondaryIndex = z.input<typeof DynamoSecondaryIndex>;

/** JSON text up to this long is read for a list or object field (a workload is a few KB; itemSizes can be long). */
export const DYNAMO_MAX_JSON_TEXT = 1_048_576;

const indexList = (meta: FieldMeta) =>
  jsonField(
    meta,
    z
      .array(DynamoSecondaryIndex, { error: `${meta.label} is a list of indexes, e.g. ${meta.example}.` })
      .max(100, `${meta.label}: at most 100 indexes.`)
      .default([]),
    { max: DYNAMO_MAX_JSON_TEXT },
  );

const peakUnits = (meta: FieldMeta) => numberField(meta, { min: 0, max: 1e12 }).default(0);

/** The fields of a workload, before the checks that span several of them. */
const DynamoWorkloadFields = inputObject({
  operations: jsonField(
    {
      label: 'Operations',
      flag: 'operations',
      param: 'operations',
      description: 'The access pattern as a JSON list of operations (type, rate, itemSize, items, …).',
      example: '[{"type":"GetItem","rate":100,"itemSize":"3KB"}]',
    },
    z
      .array(DynamoOperation, {
        error: 'Operations is a list of operations, e.g. [{"type":"GetItem","rate":100}].',
      })
      .max(200, 'Operations: at most 200.'),
    { max: DYNAMO_MAX_JSON_TEXT },
  ),
  globalSecondaryIndexes: indexList({
    label: 'Global secondary indexes',
    flag: 'gsis',
    param: 'gsis',
    description: 'A JSON list of GSIs: name, projectedItemSize, writeShare, keyChangeShare.',
    example: '[{"name":"byEmail","projectedItemSize":600}]',
  }),
  localSecondaryIndexes: indexList({
    label: 'Local secondary indexes',
    flag: 'lsis',
    param: 'lsis',
    description: "A JSON list of LSIs (they use the table's capacity).",
    example: '[{"name":"byDate","projectedItemSize":300}]',
  }),
  /** Provisioned: auto scaling target utilization in percent (AWS accepts 20–90). */
  targetUtilizationPercent: numberField(
    {
      label: 'Target utilization',
      flag: 'target-utilization',
      param: 'target-utilization',
      unit: '%',
      description: 'Auto scaling target for provisioned sizing (AWS accepts 20–90).',
      example: '70',
    },
    { min: DYNAMO_AUTO_SCALING_TARGET.minimum.value, max: DYNAMO_AUTO_SCALING_TARGET.maximum.value },
  ).default(DYNAMO_AUTO_SCALING_TARGET.default.value),
  /** Share of the table's traffic that goes to its hottest partition key value (0–1), if known. */
  hotKeyShare: shareField({
    label: 'Hot key share',
    flag: 'hot-key-share',
    param: 'hot-key-share',
    description: "Share (0–1) of the table's traffic on its hottest partition key.",
    example: '0.05',
  }).optional(),
  /** A spike: traffic becomes this multiple of the steady workload (burst and on-demand peak checks); 1 = none. */
  spikeFactor: numberField(
    {
      label: 'Spike',
      flag: 'spike',
      param: 'spike',
      unit: '×',
      description: 'A spike as a multiple of the steady traffic (1 = none): burst and on-demand peak checks.',
      example: '3',
    },
    { min: 1, max: 1000 },
  ).default(1),
  /** On-demand: the previous peak the table has served, in request units per second. */
  previousPeak: jsonField(
    {
      label: 'Previous peak',
      flag: 'previous-peak',
      param: 'previous-peak',
      description:
        'On-demand: the peak the table served before, as JSON {readRequestUnits, writeRequestUnits} per second.',
      example: '{"readRequestUnits":4000,"writeRequestUnits":1000}',
    },
    inputObject({
      readRequestUnits: peakUnits({
        label: 'Previous peak reads',
        flag: 'read-request-units',
        param: 'read-request-units',
        unit: 'RRU/s',
        description: 'Read request units per second the table served at its previous peak.',
        example: '4000',
      }),
      writeRequestUnits: peakUnits({
        label: 'Previous peak writes',
        flag: 'write-request-units',
        param: 'write-request-units',
        unit: 'WRU/s',
        description: 'Write request units per second the table served at its previous peak.',
        example: '1000',
      }),
    }).optional(),
    { max: MAX_FIELD_TEXT },
  ),
  /** Month length for per-month figures: 730 hours (AWS Pricing Calculator, default) or 720. */
  monthHours: monthHoursField,
});
export type DynamoWorkloadFields = z.output<typeof DynamoWorkloadFields>;

/** The whole access pattern, plus how the table is provisioned. The JSON a `--workload` file holds. */
export const DynamoWorkload = DynamoWorkloadFields.superRefine(checkWorkload);
export type DynamoWorkload = z.input<typeof DynamoWorkload>;
export type DynamoWorkloadParsed = z.output<typeof DynamoWorkload>;
