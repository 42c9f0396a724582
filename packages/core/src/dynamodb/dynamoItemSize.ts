import { z } from 'zod';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { choiceField, switchField, tooLong } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import type { Problem } from '../input/problem.ts';
import { defineCalculator, failure, type Issue, success, type Warning } from '../result.ts';
import { Trace } from '../trace.ts';
import {
  DYNAMO_ITEM_SIZE_RULES,
  DYNAMO_MAX_ITEM_BYTES,
  DYNAMO_MAX_NESTING_LEVELS,
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
  format: choiceField(
    {
      label: 'Format',
      flag: 'format',
      param: 'format',
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
  readonly format: 'dynamodb' | 'plain';
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
type Path = ReadonlyArray<string | number>;

/** UTF-8 byte length without TextEncoder (core has no DOM/Node globals). Lone surrogates count 3 (U+FFFD). */
export function dynamoUtf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Raw byte length of base64 text, or undefined when it is not base64. */
export function dynamoBase64Bytes(text: string): number | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const body = compact.replace(/=+$/, '');
  if (body.length % 4 === 1) return undefined;
  return Math.floor((body.length * 3) / 4);
}

/** Significant digits and decimal exponent of a DynamoDB number string, or undefined when it is not a number. */
export function dynamoNumberDigits(
  text: string,
): { significantDigits: number; exponent: number | null } | undefined {
  // One pass over [sign] digits [. digits] [e [sign] digits], surrounding whitespace allowed. A
  // hand scan, not a regex: the regex's optional parts backtracked quadratically on long input.
  const body = text.trim();
  let at = 0;
  if (body[at] === '+' || body[at] === '-') at += 1;
  const wholeStart = at;
  while (isDigit(body, at)) at += 1;
  const whole = body.slice(wholeStart, at);
  let fraction = '';
  if (body[at] === '.') {
    const fractionStart = (at += 1);
    while (isDigit(body, at)) at += 1;
    fraction = body.slice(fractionStart, at);
  }
  let exponentText: string | undefined;
  if (body[at] === 'e' || body[at] === 'E') {
    const exponentStart = (at += 1);
    if (body[at] === '+' || body[at] === '-') at += 1;
    const digitsStart = at;
    while (isDigit(body, at)) at += 1;
    if (at === digitsStart) return undefined;
    exponentText = body.slice(exponentStart, at);
  }
  if (at !== body.length || (whole === '' && fraction === '')) return undefined;
  const digits = whole + fraction;
  let first = 0;
  while (first < digits.length && digits[first] === '0') first += 1;
  if (first === digits.length) return { significantDigits: 0, exponent: null };
  let last = digits.length - 1;
  while (digits[last] === '0') last -= 1;
  return {
    significantDigits: last - first + 1,
    // Decimal exponent of the first significant digit (1.5e3 → 3), for AWS's magnitude range.
    exponent: Number(exponentText ?? 0) + whole.length - first - 1,
  };
}

const isDigit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/** Bytes DynamoDB counts for a number: about 1 byte per two significant digits, plus 1. */
export function dynamoNumberBytes(significantDigits: number): number {
  return (
    Math.ceil(significantDigits / 2) * DYNAMO_ITEM_SIZE_RULES.numberBytesPerTwoDigits.value +
    DYNAMO_ITEM_SIZE_RULES.numberExtraByte.value
  );
}

interface Measure {
  readonly bytes: number;
  readonly type: DynamoAttributeType;
  readonly rule: string;
}

/** Deeper than this the reader stops (the item is already invalid at 33 levels): no stack overflow on hostile input. */
const MEASURED_LEVELS = 256;

class ItemReader {
  readonly issues: Issue[] = [];
  readonly problems: Problem[] = [];
  readonly warnings: Warning[] = [];
  private tooDeep = false;

  /** `plain`: values are ordinary JSON, converted one level at a time (so deep input cannot overflow the stack). */
  constructor(private readonly plain: boolean) {}

  /**
   * Size of one AttributeValue (`{"S": "x"}`) at nesting `level` (a top-level attribute's value is 1);
   * records an issue and returns undefined when malformed. Set elements pass `plain = false`.
   */
  value(input: unknown, path: Path, level = 1, plain = this.plain): Measure | undefined {
    if (level > DYNAMO_MAX_NESTING_LEVELS.value && !this.tooDeep) {
      this.tooDeep = true;
      this.problems.push({
        code: 'item_too_deep',
        path: ['item', path[0] ?? ''],
        message: `Attribute "${String(path[0])}" nests lists and maps more than ${DYNAMO_MAX_NESTING_LEVELS.value} levels deep; DynamoDB rejects items nested deeper than ${DYNAMO_MAX_NESTING_LEVELS.value} levels. Flatten the structure or store it as a JSON string.`,
      });
    }
    if (level > MEASURED_LEVELS) {
      this.issues.push({
        code: 'item_too_deep',
        path: ['item', path[0] ?? ''],
        message: `Attribute "${String(path[0])}" nests lists and maps more than ${MEASURED_LEVELS} levels deep, which is not measured; DynamoDB allows at most ${DYNAMO_MAX_NESTING_LEVELS.value} levels.`,
      });
      return undefined;
    }
    const raw = plain ? this.fromPlain(input, path) : input;
    if (raw === undefined) return undefined;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      this.issue(
        path,
        'item_invalid_attribute_value',
        `expected an AttributeValue object such as {"S":"text"} or {"N":"42"}; got ${describe(raw)}. Use format "plain" for ordinary JSON.`,
      );
      return undefined;
    }
    const entries = Object.entries(raw);
    if (entries.length !== 1) {
      this.issue(
        path,
        'item_invalid_attribute_value',
        `an AttributeValue has exactly one type key (S, N, B, BOOL, NULL, L, M, SS, NS, BS); got ${entries.length === 0 ? 'none' : entries.map(([key]) => key).join(', ')}.`,
      );
      return undefined;
    }
    const [type, inner] = entries[0]!;
    const at = [...path, type];
    switch (type) {
      case 'S':
        if (typeof inner !== 'string') return this.typeIssue(at, 'S', 'a string');
        return { type, bytes: dynamoUtf8Bytes(inner), rule: 'UTF-8 bytes of the string' };
      case 'N':
        return this.number(inner, at);
      case 'B': {
        if (typeof inner !== 'string') return this.typeIssue(at, 'B', 'base64 text');
        const bytes = dynamoBase64Bytes(inner);
        if (bytes === undefined)
          return this.typeIssue(at, 'B', 'base64 text (A–Z, a–z, 0–9, +, /, = padding)');
        return { type, bytes, rule: 'raw bytes of the binary (base64 decoded)' };
      }
      case 'BOOL':
        if (typeof inner !== 'boolean') return this.typeIssue(at, 'BOOL', 'true or false');
        return { type, bytes: DYNAMO_ITEM_SIZE_RULES.nullOrBoolean.value, rule: 'Boolean: 1 byte' };
      case 'NULL':
        if (inner !== true) return this.typeIssue(at, 'NULL', 'true');
        return { type, bytes: DYNAMO_ITEM_SIZE_RULES.nullOrBoolean.value, rule: 'Null: 1 byte' };
      case 'L': {
        if (!Array.isArray(inner)) return this.typeIssue(at, 'L', 'an array of AttributeValues');
        let bytes = DYNAMO_ITEM_SIZE_RULES.documentOverhead.value;
        for (const [index, element] of inner.entries()) {
          const measured = this.value(element, [...at, index], level + 1);
          bytes += (measured?.bytes ?? 0) + DYNAMO_ITEM_SIZE_RULES.elementOverhead.value;
        }
        return { type, bytes, rule: `3 + Σ(element + 1) over ${inner.length} elements` };
      }
      case 'M': {
        if (typeof inner !== 'object' || inner === null || Array.isArray(inner))
          return this.typeIssue(at, 'M', 'an object of name → AttributeValue');
        let bytes = DYNAMO_ITEM_SIZE_RULES.documentOverhead.value;
        const members = Object.entries(inner);
        for (const [name, element] of members) {
          const measured = this.value(element, [...at, name], level + 1);
          bytes +=
            dynamoUtf8Bytes(name) + (measured?.bytes ?? 0) + DYNAMO_ITEM_SIZE_RULES.elementOverhead.value;
        }
        return { type, bytes, rule: `3 + Σ(name + value + 1) over ${members.length} entries` };
      }
      case 'SS':
      case 'NS':
      case 'BS':
        return this.set(type, inner, at, level);
      default:
        this.issue(
          path,
          'item_unknown_type',
          `"${type}" is not a DynamoDB type; use S, N, B, BOOL, NULL, L, M, SS, NS or BS.`,
        );
        return undefined;
    }
  }

  /** One level of ordinary JSON as an AttributeValue whose children are still plain. */
  private fromPlain(value: unknown, path: Path): unknown {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        this.issue(
          path,
          'item_invalid_attribute_value',
          'the number is too large for a JSON number; give the item as DynamoDB JSON with the number as text ({"N":"1E+400"}).',
        );
        return undefined;
      }
      const text = String(value);
      const digits = dynamoNumberDigits(text)?.significantDigits ?? 0;
      if (digits >= 16) {
        this.warnings.push({
          code: 'plain_number_precision',
          path: ['item', ...path],
          message: `At ${path.join('.')}: plain JSON numbers are read as JavaScript numbers (about 16 significant digits), so ${text} may have lost digits and be sized smaller than DynamoDB stores it. Give the item as DynamoDB JSON ({"N":"…"}) to keep every digit.`,
        });
      }
      return { N: text };
    }
    if (Array.isArray(value)) return { L: value };
    if (typeof value === 'object' && value !== null) return { M: value };
    return dynamoFromPlainJson(value);
  }

  private number(inner: unknown, at: Path): Measure | undefined {
    if (typeof inner !== 'string' && typeof inner !== 'number')
      return this.typeIssue(at, 'N', 'a number written as a string, e.g. "42"');
    const text = String(inner);
    const parsed = dynamoNumberDigits(text);
    if (!parsed) return this.typeIssue(at, 'N', 'a decimal number such as "42", "-1.5" or "6.02E23"');
    const { significantDigits, exponent } = parsed;
    if (significantDigits > DYNAMO_ITEM_SIZE_RULES.numberMaxDigits.value) {
      this.problems.push({
        code: 'number_too_precise',
        path: ['item', ...at],
        message: `${text} has ${significantDigits} significant digits; DynamoDB numbers keep at most ${DYNAMO_ITEM_SIZE_RULES.numberMaxDigits.value}.`,
      });
    }
    if (exponent !== null && (exponent > 125 || exponent < -130)) {
      this.problems.push({
        code: 'number_out_of_range',
        path: ['item', ...at],
        message: `${text} is outside DynamoDB's number range (magnitudes from 1E-130 to under 1E+126).`,
      });
    }
    return {
      type: 'N',
      bytes: dynamoNumberBytes(significantDigits),
      rule: `ceil(${significantDigits} significant digits ÷ 2) + 1`,
    };
  }

  private set(type: 'SS' | 'NS' | 'BS', inner: unknown, at: Path, level: number): Measure | undefined {
    if (!Array.isArray(inner)) return this.typeIssue(at, type, 'an array');
    if (inner.length === 0) {
      this.problems.push({
        code: 'empty_set',
        path: ['item', ...at],
        message: `An empty ${type} set is not allowed by DynamoDB; omit the attribute or add a value.`,
      });
    }
    if (new Set(inner.map((element) => String(element))).size !== inner.length) {
      this.problems.push({
        code: 'set_duplicates',
        path: ['item', ...at],
        message: `The ${type} set has duplicate values; DynamoDB rejects sets with duplicates.`,
      });
    }
    let bytes = 0;
    for (const [index, element] of inner.entries()) {
      const measured =
        type === 'SS'
          ? this.value({ S: element }, [...at, index], level, false)
          : type === 'NS'
            ? this.value({ N: element }, [...at, index], level, false)
            : this.value({ B: element }, [...at, index], level, false);
      bytes += measured?.bytes ?? 0;
    }
    return { type, bytes, rule: `Σ elements (no per-element overhead) over ${inner.length} elements` };
  }

  private typeIssue(path: Path, type: string, expected: string): undefined {
    this.issue(path, 'item_invalid_attribute_value', `a ${type} value must be ${expected}.`);
    return undefined;
  }

  private issue(path: Path, code: string, detail: string) {
    this.issues.push({
      code,
      path: ['item', ...path],
      message: `${path.length > 0 ? `At ${path.join('.')}: ` : ''}${detail}`,
    });
  }
}

/** Converts ordinary JSON to AttributeValue form: strings→S, numbers→N, booleans→BOOL, null→NULL, arrays→L, objects→M. */
export function dynamoFromPlainJson(value: unknown): unknown {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(dynamoFromPlainJson) };
  if (typeof value === 'object')
    return { M: Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dynamoFromPlainJson(v)])) };
  return value;
}

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'an array';
  return typeof raw === 'string' ? `the string ${JSON.stringify(raw).slice(0, 40)}` : `a ${typeof raw}`;
}

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
  calculate: ({ item, format, globalTable }) => {
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
    const reader = new ItemReader(format === 'plain');
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
        format,
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
