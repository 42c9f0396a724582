import { DYNAMO_ITEM_SIZE_RULES } from './dynamoRules.ts';

// How DynamoDB counts the bytes of one value: strings in UTF-8, binary decoded, numbers by their
// significant digits. Each reads its text once, left to right (no backtracking regexes).

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
): { significantDigits: number; digitPairs: number; negative: boolean; exponent: number | null } | undefined {
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
  if (first === digits.length)
    return { significantDigits: 0, digitPairs: 0, negative: false, exponent: null };
  let last = digits.length - 1;
  while (digits[last] === '0') last -= 1;
  // Base-100 digits aligned at the decimal point: the digit at index i of `digits` sits at decimal
  // place (whole.length + exponent − 1 − i) (0 = units, −1 = tenths); places 2k and 2k+1 share a pair.
  // An exponent beyond any double (1e999…9) is pinned: the number is out of DynamoDB's range anyway
  // (a problem), and its size must stay a finite count.
  const exponent = Math.max(-1e9, Math.min(1e9, Number(exponentText ?? 0)));
  const point = whole.length + exponent;
  const pairOf = (index: number) => Math.floor((point - 1 - index) / 2);
  return {
    significantDigits: last - first + 1,
    digitPairs: pairOf(first) - pairOf(last) + 1,
    negative: body[0] === '-',
    // Decimal exponent of the first significant digit (1.5e3 → 3), for AWS's magnitude range.
    exponent: exponent + whole.length - first - 1,
  };
}

const isDigit = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};

/**
 * Bytes DynamoDB bills for a number: one per base-100 digit (decimal digits paired at the decimal
 * point, zero pairs at either end dropped), one for the exponent, one more when negative; zero is 1.
 */
export function dynamoNumberBytes(number: { digitPairs: number; negative: boolean }): number {
  return (
    number.digitPairs * DYNAMO_ITEM_SIZE_RULES.numberBytesPerDigitPair.value +
    DYNAMO_ITEM_SIZE_RULES.numberExtraByte.value +
    (number.negative && number.digitPairs > 0 ? DYNAMO_ITEM_SIZE_RULES.numberNegativeByte.value : 0)
  );
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
