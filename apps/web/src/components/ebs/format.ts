/** Drops empty text so an empty field means "not given" (the calculator's default applies). */
export function given<K extends string>(key: K, text: string): Partial<Record<K, string>> {
  return text.trim() === '' ? {} : ({ [key]: text } as Record<K, string>);
}

export const grouped = (value: number, digits = 2) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits });

/** Seconds for an axis: seconds below two hours, hours beyond. */
export function axisTime(seconds: number, span: number): string {
  return span > 7_200 ? `${grouped(seconds / 3_600, 1)} h` : `${grouped(seconds, 0)} s`;
}
