import { formatByteSize } from '@awscalc/core';

/** Drops empty text so an empty field means "not given" (the calculator's default applies). */
export function given<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  return text.trim() === '' ? {} : ({ [key]: text } as Record<K, string>);
}

export const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "550,502,400 bytes (525 MiB)": exact bytes first, the binary size beside it. */
export function bytes(value: number | null): string {
  return value === null ? '—' : `${grouped(value)} bytes (${formatByteSize(value, 'binary', 2)})`;
}
