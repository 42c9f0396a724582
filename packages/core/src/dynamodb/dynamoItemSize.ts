import { z } from 'zod';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { choiceField, switchField, tooLong } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import type { Problem } from '../input/problem.ts';
import { defineCalculator, failure, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import { ItemReader } from './dynamoItemReader.ts';
import { dynamoUtf8Bytes } from './dynamoItemValues.ts';
import {
  DYNAMO_ITEM_SIZE_RULES,
  DYNAMO_MAX_ITEM_BYTES,
  DYNAMO_READ_UNIT_BYTES,
  DYNAMO_READ_UNITS_PER_STEP,
  DYNAMO_STORAGE_OVERHEAD,
  DYNAMO_WRITE_UNIT_BYTES,
  DYNAMO_WRITE_UNITS_PER_STEP,
} from './dynamoRules.ts';
import {
  type DynamoReadConsistency,
  type DynamoWriteMode,
  dynamoReadSteps,
  dynamoReadUnits,
  dynamoWriteSteps,
  dynamoWriteUnits,
} from './dynamoUnits.ts';

/**
 * The longest item text read: DynamoDB stores at most 400 KB per item, and its JSON (type keys,
 * quotes, base64) can be about twice that, so 1 MiB reads any real item and refuses a pasted blob.
 */
export const DYNAMO_MAX_ITEM_TEXT = 1_048_576;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ITEM_META: FieldMeta = {
  label: 'Item',
  flag: 'item',
  param: 'item',
  description:
    'The item as DynamoDB JSON ({"pk":{"S":"user#1"}}, as the AWS CLI prints it) or plain JSON with Format plain; at most 1 MiB of text. The CLI reads - from stdin.',
  example: '{"pk":{"S":"user#1"}}',
};

export const DynamoItemSizeInput = inputObject({
  /** The item: DynamoDB JSON (`{"pk":{"S":"user#1"}}`, as the AWS CLI prints it) or plain JSON; text or parsed. */
  item: field(
    z
      // z.custom, not z.record: the item is measured as given, so copying every attribute is waste.
      .union([z.string(), z.custom<Record<string, unknown>>(isPlainObject)], {
        error: 'Item must be a JSON object, e.g. {"pk":{"S":"user#1"},"n":{"N":"42"}}.',
      })
      .superRefine((item, context) => {
        if (typeof item === 'string') tooLong(context, ITEM_META, item, DYNAMO_MAX_ITEM_TEXT);
      }),
    ITEM_META,
  ),
  /** `dynamodb`: AttributeValue form (default). `plain`: ordinary JSON, strings→S, numbers→N, arrays→L, objects→M. */
  itemFormat: choiceField(
    {
      label: 'Item format',
      flag: 'item-format',
      param: 'item-format',
      description:
        'dynamodb (AttributeValue JSON, default) or plain (ordinary JSON: strings→S, numbers→N, arrays→L, objects→M).',
      example: 'plain',
    },
    ['dynamodb', 'plain'],
  ).default('dynamodb'),
  /** The table is a global table: storage carries 48 more bytes per item. */
  globalTable: switchField({
    label: 'Global table',
    flag: 'global-table',
    param: 'global-table',
    description: 'The table is a global table (storage +48 bytes per item).',
    example: 'true',
  }),
});
export type DynamoItemSizeInput = z.input<typeof DynamoItemSizeInput>;

/** The DynamoDB data type descriptors. */
export type DynamoAttributeType = 'S' | 'N' | 'B' | 'BOOL' | 'NULL' | 'L' | 'M' | 'SS' | 'NS' | 'BS';

export interface DynamoAttributeSize {
  readonly name: string;
  readonly type: DynamoAttributeType;
  readonly nameBytes: number;
  readonly valueBytes: number;
  /** nameBytes + valueBytes: what this attribute adds to the item. */
  readonly bytes: number;
}

export interface DynamoItemSize {
  readonly itemFormat: 'dynamodb' | 'plain';
  /** The item size DynamoDB bills reads and writes on (attribute names + values), in bytes. */
  readonly sizeBytes: number;
  /** sizeBytes ÷ 1,024 (DynamoDB's KB), to three decimals. */
  readonly sizeKB: number;
  /** Read units one strongly consistent GetItem of this item costs (4 KB steps). */
  readonly readUnits: number;
  /** Write units one standard PutItem of this item costs (1 KB steps). */
  readonly writeUnits: number;
  readonly units: {
    readonly read: { readonly strong: number; readonly eventual: number; readonly transactional: number };
    readonly write: { readonly standard: number; readonly transactional: number };
  };
  /** Bytes billed for storage per item: size + 100 B indexing overhead (+ 48 B for a global table). */
  readonly storage: {
    readonly bytesPerItem: number;
    readonly overheadBytes: number;
    readonly globalTable: boolean;
  };
  readonly attributes: readonly DynamoAttributeSize[];
  /** The three largest attributes, largest first: where to cut when the item is too big. */
  readonly largestAttributes: readonly DynamoAttributeSize[];
  readonly maxItemBytes: number;
  readonly convention: string;
  readonly problems: readonly Problem[];
}

const SOURCE = DYNAMO_ITEM_SIZE_RULES.documentOverhead.source;

/**
 * Measures an item by AWS's rules: attribute names and strings in UTF-8 bytes, numbers by
 * significant digits, binary as raw bytes, booleans and nulls 1 byte, lists and maps 3 bytes plus
 * 1 byte per element, sets as the sum of their elements. Reports the read units (4 KB steps) and
 * write units (1 KB steps) one read or write costs, the bytes billed for storage, and a problem when
 * the item is over 400 KB, naming the largest attributes.
 *
 * @example
 * run(dynamoItemSize, { item: '{"pk":{"S":"user#1"},"n":{"N":"42"}}' }).value.sizeBytes //=> 11
 */
export const dynamoItemSize = defineCalculator({
  name: 'dynamoItemSize',
  schema: DynamoItemSizeInput,
  calculate: ({ item, itemFormat, globalTable }) => {
    let parsed: unknown = item;
    if (typeof item === 'string') {
      try {
        parsed = JSON.parse(item);
      } catch (error) {
        return failure({
          code: 'item_not_json',
          path: ['item'],
          message: `The item is not valid JSON (${error instanceof Error ? error.message : String(error)}); give an object such as {"pk":{"S":"user#1"}}.`,
        });
      }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return failure({
        code: 'item_not_object',
        path: ['item'],
        message: 'An item is a JSON object of attribute name → value, e.g. {"pk":{"S":"user#1"}}.',
      });
    }
    const reader = new ItemReader(itemFormat === 'plain');
    const trace = new Trace();
    const warnings: Warning[] = [];
    const attributes: DynamoAttributeSize[] = [];
    for (const [name, raw] of Object.entries(parsed)) {
      const measured = reader.value(raw, [name]);
      if (!measured) continue;
      const nameBytes = dynamoUtf8Bytes(name);
      const bytes = nameBytes + measured.bytes;
      attributes.push({ name, type: measured.type, nameBytes, valueBytes: measured.bytes, bytes });
      trace.step({
        id: 'attribute_bytes',
        formula: `"${name}" (${measured.type}): UTF-8 bytes of name + value (${measured.rule})`,
        inputs: { nameBytes, valueBytes: measured.bytes },
        value: bytes,
        unit: 'bytes',
        source: SOURCE,
      });
    }
    if (reader.issues.length > 0) return failure(...reader.issues);
    warnings.push(...reader.warnings);
    if (attributes.length === 0) {
      warnings.push({
        code: 'empty_item',
        message: 'The item has no attributes; a real item has at least its primary key attributes.',
      });
    }
    const sizeBytes = trace.step({
      id: 'item_bytes',
      formula: 'Σ attribute bytes',
      inputs: { attributes: attributes.length },
      value: attributes.reduce((sum, attribute) => sum + attribute.bytes, 0),
      unit: 'bytes',
      source: SOURCE,
    });
    const readSteps = trace.step({
      id: 'read_steps',
      formula: `ceil(item bytes ÷ ${DYNAMO_READ_UNIT_BYTES.value}), at least 1`,
      inputs: { sizeBytes },
      value: dynamoReadSteps(sizeBytes),
      unit: '4 KB steps',
      source: DYNAMO_READ_UNIT_BYTES.source,
    });
    const readUnits = (consistency: DynamoReadConsistency) =>
      trace.step({
        id: `read_units_${consistency}`,
        formula: `4 KB steps × ${DYNAMO_READ_UNITS_PER_STEP[consistency].value} (${consistency} read)`,
        inputs: { readSteps },
        value: dynamoReadUnits(sizeBytes, consistency),
        unit: 'RCU',
        source: DYNAMO_READ_UNIT_BYTES.source,
      });
    const read = {
      strong: readUnits('strong'),
      eventual: readUnits('eventual'),
      transactional: readUnits('transactional'),
    };
    const writeSteps = trace.step({
      id: 'write_steps',
      formula: `ceil(item bytes ÷ ${DYNAMO_WRITE_UNIT_BYTES.value}), at least 1`,
      inputs: { sizeBytes },
      value: dynamoWriteSteps(sizeBytes),
      unit: '1 KB steps',
      source: DYNAMO_WRITE_UNIT_BYTES.source,
    });
    const writeUnits = (mode: DynamoWriteMode) =>
      trace.step({
        id: `write_units_${mode}`,
        formula: `1 KB steps × ${DYNAMO_WRITE_UNITS_PER_STEP[mode].value} (${mode} write)`,
        inputs: { writeSteps },
        value: dynamoWriteUnits(sizeBytes, mode),
        unit: 'WCU',
        source: DYNAMO_WRITE_UNIT_BYTES.source,
      });
    const write = { standard: writeUnits('standard'), transactional: writeUnits('transactional') };
    const overheadBytes =
      DYNAMO_STORAGE_OVERHEAD.perItem.value + (globalTable ? DYNAMO_STORAGE_OVERHEAD.globalTables.value : 0);
    const bytesPerItem = trace.step({
      id: 'storage_bytes_per_item',
      formula: globalTable
        ? 'item bytes + 100 (indexing overhead) + 48 (global tables)'
        : 'item bytes + 100 (indexing overhead)',
      inputs: { sizeBytes, overheadBytes },
      value: sizeBytes + overheadBytes,
      unit: 'bytes',
      source: DYNAMO_STORAGE_OVERHEAD.perItem.source,
    });
    const largestAttributes = [...attributes].sort((a, b) => b.bytes - a.bytes).slice(0, 3);
    const problems = [...reader.problems];
    if (sizeBytes > DYNAMO_MAX_ITEM_BYTES.value) {
      problems.unshift({
        code: 'item_too_large',
        path: ['item'],
        message: `The item is ${sizeBytes.toLocaleString('en-US')} bytes; DynamoDB's limit is ${DYNAMO_MAX_ITEM_BYTES.value.toLocaleString('en-US')} bytes (400 KB, names included). Largest attributes: ${largestAttributes.map((a) => `${a.name} (${a.bytes.toLocaleString('en-US')} B)`).join(', ')}. Move large values to S3 and store a pointer, or split the item.`,
      });
    }
    return success<DynamoItemSize>(
      {
        itemFormat,
        sizeBytes,
        sizeKB: Math.round((sizeBytes / 1024) * 1000) / 1000,
        readUnits: read.strong,
        writeUnits: write.standard,
        units: { read, write },
        storage: { bytesPerItem, overheadBytes, globalTable },
        attributes,
        largestAttributes,
        maxItemBytes: DYNAMO_MAX_ITEM_BYTES.value,
        convention: 'DynamoDB sizes are binary: 1 KB = 1,024 bytes',
        problems,
      },
      trace.steps,
      warnings,
    );
  },
});
