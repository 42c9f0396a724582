/**
 * The candidate closest to a mistyped name, or undefined when none is close enough to be a typo.
 * Edit distance with adjacent transpositions, bounded so a long input costs O(n × candidates).
 *
 * @example
 * didYouMean('--get-rat', ['--get-rate', '--put-rate']) //=> '--get-rate'
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const typed = input.toLowerCase();
  // Names are short; a long input is not a typo of one, and bounding it keeps this linear.
  if (typed.length > 64) return undefined;
  // A unique abbreviation (`--prefix` for `--prefix-length`) or an old longer form (`--month-hours`
  // for `--month`) is what was meant, whatever the edit distance.
  const extending = candidates.filter((name) => typed.length >= 4 && name.toLowerCase().startsWith(typed));
  if (extending.length === 1) return extending[0];
  const extended = candidates.filter((name) => name.length >= 5 && typed.startsWith(name.toLowerCase()));
  if (extended.length === 1) return extended[0];
  const budget = Math.max(1, Math.min(3, Math.floor(typed.length / 3)));
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(typed, name.toLowerCase());
    if (distance <= budget && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Number.MAX_SAFE_INTEGER;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
