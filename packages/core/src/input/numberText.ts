import type { ParseFailure } from './parsed.ts';

/**
 * Reads a number as people type it: `12000`, `12,000`, `1_000_000`, `-5`, `0.25`, `.5`, `1.5e3`.
 * Thousands separators are commas in groups of three (`1,234,567.5`) or underscores between digits,
 * so `1,5` is refused rather than read as 15 or 1.5. One left-to-right pass: linear in the text.
 *
 * Returns the plain decimal text (separators removed) so exact arithmetic (Decimal) can use it, and
 * its value as a number; a value too large for a double is reported as `too_large`, never Infinity.
 */
export type NumberTextParse =
  { readonly ok: true; readonly value: number; readonly plain: string } | ParseFailure;

const FAILURES = {
  number_empty: 'no number was given',
  number_invalid: 'is not a number',
  number_bad_grouping: 'has a misplaced thousands separator; write 12,000 or 12000',
  number_too_large: 'is too large to calculate with',
} as const;

function fail(code: keyof typeof FAILURES): ParseFailure {
  return { ok: false, code, message: FAILURES[code] };
}

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';

export function parseNumberText(text: string): NumberTextParse {
  let index = 0;
  let end = text.length;
  while (index < end && isSpace(text[index]!)) index += 1;
  while (end > index && isSpace(text[end - 1]!)) end -= 1;
  if (index === end) return fail('number_empty');

  let plain = '';
  if (text[index] === '+' || text[index] === '-') {
    if (text[index] === '-') plain += '-';
    index += 1;
  }
  // Integer part, with optional grouping.
  let integerDigits = 0;
  let groupDigits = 0;
  let sawComma = false;
  while (index < end) {
    const char = text[index]!;
    if (isDigit(char)) {
      plain += char;
      integerDigits += 1;
      groupDigits += 1;
    } else if (char === ',') {
      // A comma follows 1–3 digits (first group) or exactly 3, and is followed by a digit.
      if (
        groupDigits === 0 ||
        groupDigits > 3 ||
        (sawComma && groupDigits !== 3) ||
        !isDigit(text[index + 1])
      )
        return fail('number_bad_grouping');
      sawComma = true;
      groupDigits = 0;
    } else if (char === '_') {
      if (!isDigit(text[index - 1]) || !isDigit(text[index + 1])) return fail('number_bad_grouping');
    } else {
      break;
    }
    index += 1;
  }
  if (sawComma && groupDigits !== 3) return fail('number_bad_grouping');

  let fractionDigits = 0;
  if (text[index] === '.') {
    plain += integerDigits === 0 ? '0.' : '.';
    index += 1;
    while (index < end && isDigit(text[index])) {
      plain += text[index]!;
      fractionDigits += 1;
      index += 1;
    }
  }
  if (integerDigits + fractionDigits === 0) return fail('number_invalid');
  if (plain.endsWith('.')) plain = plain.slice(0, -1);

  if (text[index] === 'e' || text[index] === 'E') {
    let exponent = 'e';
    index += 1;
    if (text[index] === '+' || text[index] === '-') {
      exponent += text[index]!;
      index += 1;
    }
    let exponentDigits = 0;
    while (index < end && isDigit(text[index])) {
      exponent += text[index]!;
      exponentDigits += 1;
      index += 1;
    }
    if (exponentDigits === 0) return fail('number_invalid');
    plain += exponent;
  }
  if (index !== end) return fail('number_invalid');

  const value = Number(plain);
  if (!Number.isFinite(value)) return fail('number_too_large');
  return { ok: true, value: Object.is(value, -0) ? 0 : value, plain };
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
