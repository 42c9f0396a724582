import type { Problem } from '../input/problem.ts';
import type { Issue, Warning } from '../result.ts';
import type { DynamoAttributeType } from './dynamoItemSize.ts';
import {
  dynamoBase64Bytes,
  dynamoFromPlainJson,
  dynamoNumberBytes,
  dynamoNumberDigits,
  dynamoUtf8Bytes,
} from './dynamoItemValues.ts';
import { DYNAMO_ITEM_SIZE_RULES, DYNAMO_MAX_NESTING_LEVELS } from './dynamoRules.ts';

type Path = ReadonlyArray<string | number>;

/** The size of one attribute value, its type, and the rule that sized it (for the trace). */
interface Measure {
  readonly bytes: number;
  readonly type: DynamoAttributeType;
  readonly rule: string;
}

/** Deeper than this the reader stops (the item is already invalid at 33 levels): no stack overflow on hostile input. */
const MEASURED_LEVELS = 256;

/**
 * Walks an item's attribute values and measures each by AWS's rules, collecting issues (the value is
 * malformed), problems (it parses, but DynamoDB would reject the item) and warnings.
 */
export class ItemReader {
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
    const { significantDigits, digitPairs, negative, exponent } = parsed;
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
      bytes: dynamoNumberBytes(parsed),
      rule: `${digitPairs} base-100 digits (pairs aligned at the decimal point) + 1${negative && digitPairs > 0 ? ' + 1 (negative)' : ''}`,
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

function describe(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'an array';
  return typeof raw === 'string' ? `the string ${JSON.stringify(raw).slice(0, 40)}` : `a ${typeof raw}`;
}
