import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatByteSize, parseByteSize } from './byteSize.ts';

describe('parseByteSize', () => {
  it.each([
    ['2.5 KB', 'binary', 2560],
    ['2.5 KB', 'decimal', 2500],
    ['400KiB', 'decimal', 409_600],
    ['5 TiB', 'decimal', 5 * 1024 ** 4],
    ['1.5GB', 'decimal', 1_500_000_000],
    ['1.5GB', 'binary', 1.5 * 1024 ** 3],
    ['4096', 'binary', 4096],
    ['12 bytes', 'binary', 12],
    ['3kb', 'binary', 3072],
    ['50 TB', 'decimal', 50e12],
    ['8 MiB', 'decimal', 8 * 1024 * 1024],
  ] as const)('reads %s (%s) as %d bytes', (text, convention, bytes) => {
    expect(parseByteSize(text, convention)).toEqual({ ok: true, value: bytes });
  });

  it('accepts a number of bytes', () => {
    expect(parseByteSize(3500, 'binary')).toEqual({ ok: true, value: 3500 });
  });

  it('refuses a size that is not a whole number of bytes, unless asked to round up', () => {
    const parsed = parseByteSize('0.1 KB', 'binary');
    expect(parsed.ok === false && parsed.code).toBe('byte_size_fractional');
    expect(parseByteSize('0.1 KB', 'binary', 'ceil')).toEqual({ ok: true, value: 103 });
  });

  it.each(['', 'KB', '-1 KB', '1 XB', '1 Ki', 'ten', '1,02', '5 TiBs', '2e', '1e3e'])(
    'refuses %j with a message that names the accepted forms',
    (text) => {
      const parsed = parseByteSize(text, 'binary');
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.message).toMatch(/KB|KiB|bytes/);
    },
  );

  it('reads an amount with thousands separators or an exponent, as every number field does', () => {
    expect(parseByteSize('1,024', 'binary')).toEqual({ ok: true, value: 1024 });
    expect(parseByteSize('12,000 bytes', 'binary')).toEqual({ ok: true, value: 12_000 });
    expect(parseByteSize('1.5e3 KB', 'decimal')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseByteSize(-5, 'binary')).toMatchObject({ ok: false, code: 'byte_size_negative' });
  });

  it('refuses sizes beyond exact arithmetic, saying the bound', () => {
    const parsed = parseByteSize('9 PiB', 'binary');
    expect(parsed.ok === false && parsed.message).toContain('2^53 − 1 bytes');
    const huge = parseByteSize('999999999999999999999999999999', 'binary');
    expect(huge.ok === false && huge.message).not.toMatch(/e\+/);
  });

  it('refuses NaN and Infinity', () => {
    expect(parseByteSize(Number.NaN, 'binary').ok).toBe(false);
    expect(parseByteSize(Number.POSITIVE_INFINITY, 'binary').ok).toBe(false);
  });

  it('reads back what formatByteSize writes, to its precision', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 50 }),
        fc.constantFrom('binary' as const, 'decimal' as const),
        (bytes, convention) => {
          const parsed = parseByteSize(formatByteSize(bytes, convention, 6), convention, 'ceil');
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(Math.abs(parsed.value - bytes) / Math.max(bytes, 1)).toBeLessThan(1e-5);
        },
      ),
    );
  });
});

describe('formatByteSize', () => {
  it('uses IEC symbols for binary and SI symbols for decimal', () => {
    expect(formatByteSize(2560, 'binary')).toBe('2.5 KiB');
    expect(formatByteSize(2500, 'decimal')).toBe('2.5 KB');
    expect(formatByteSize(1023, 'binary')).toBe('1023 B');
    expect(formatByteSize(5 * 1024 ** 4, 'binary')).toBe('5 TiB');
  });
});
