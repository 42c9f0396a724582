/** Drops empty text so an empty field means "not given" (the calculator's default applies). */
export function given<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  return text.trim() === '' ? {} : ({ [key]: text } as Record<K, string>);
}

/** A number with thousands separators and at most `digits` decimals, e.g. 1,234.5. */
export const grouped = (value: number, digits = 2) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits });
