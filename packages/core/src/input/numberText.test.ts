import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberText } from './numberText.ts';

describe('parseNumberText', () => {
  it.each([
    ['12000', 12000, '12000'],
    ['12,000', 12000, '12000'],
    ['1,234,567.5', 1234567.5, '1234567.5'],
    ['1_000_000', 1e6, '1000000'],
    [' -5 ', -5, '-5'],
    ['+0.25', 0.25, '0.25'],
    ['.5', 0.5, '0.5'],
    ['7.', 7, '7'],
    ['1.5e3', 1500, '1.5e3'],
    ['2E-2', 0.02, '2e-2'],
    ['-0', 0, '-0'],
  ] as const)('reads %j as %d', (text, value, plain) => {
    expect(parseNumberText(text)).toEqual({ ok: true, value, plain });
  });

  it.each([
    ['', 'number_empty'],
    ['   ', 'number_empty'],
    ['abc', 'number_invalid'],
    ['1e', 'number_invalid'],
    ['12 000', 'number_invalid'],
    ['0x10', 'number_invalid'],
    ['--1', 'number_invalid'],
    ['1,2', 'number_bad_grouping'],
    ['1,2345', 'number_bad_grouping'],
    ['1234,567', 'number_bad_grouping'],
    [',123', 'number_bad_grouping'],
    ['1__0', 'number_bad_grouping'],
    ['_1', 'number_bad_grouping'],
    ['1e400', 'number_too_large'],
  ] as const)('refuses %j as %s', (text, code) => {
    expect(parseNumberText(text)).toMatchObject({ ok: false, code });
  });

  it('reads what Number prints, and the same number grouped in thousands', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (value) => {
        expect(parseNumberText(String(value))).toMatchObject({ ok: true, value });
        expect(parseNumberText(value.toLocaleString('en-US'))).toMatchObject({ ok: true, value });
      }),
    );
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseNumberText(String(value))).toMatchObject({
          ok: true,
          value: Object.is(value, -0) ? 0 : value,
        });
      }),
    );
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('1', ',', '.', '_', 'e', '-', '+', ' ', 'x') }),
        (text) => {
          const parsed = parseNumberText(text);
          if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
    );
  });
});
