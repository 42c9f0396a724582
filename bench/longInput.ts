/**
 * Long-input fuzz: every parser must be linear in its input, so a pasted blob cannot freeze a page.
 * For every field of every registered calculator, starting from an input made of the fields' own
 * examples, the field is replaced by long text of several shapes at length L and 4L; a linear parser
 * takes about 4× as long (or the same, when a length limit refuses it first), a quadratic one 16×.
 */
import { calculators, inputFields, run } from '@awscalc/core';

/** Text shapes that have made parsers backtrack or rescan: repeated examples, digits, separators, spaces. */
function shapes(example: string, length: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return {
    'examples, comma-separated': fill(`${example}, `),
    digits: fill('9'),
    'digits and dots': fill('1.'),
    'digits and commas': fill('1,'),
    'key=value pairs': fill('a=1 '),
    spaces: ` ${fill(' ')}x`,
    'open brackets': fill('{"a":['),
  };
}

function medianMs(action: () => void, rounds: number): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    action();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function runLongInputBench(options: { length: number; rounds: number }): string {
  const rows: string[] = [];
  let worst = { ratio: 0, where: '' };
  for (const entry of calculators) {
    const fields = inputFields(entry).filter((field) => !field.switch);
    const base = Object.fromEntries(
      fields.map((field) => [field.key, field.repeatable ? [field.example] : field.example]),
    );
    for (const field of fields) {
      for (const [shape, short] of Object.entries(shapes(field.example, options.length))) {
        const middle = shapes(field.example, options.length * 2)[shape]!;
        const long = shapes(field.example, options.length * 4)[shape]!;
        const input = (text: string) => ({ ...base, [field.key]: field.repeatable ? [text] : text });
        const shortMs = medianMs(() => run(entry.calculator, input(short)), options.rounds);
        const middleMs = medianMs(() => run(entry.calculator, input(middle)), options.rounds);
        const longMs = medianMs(() => run(entry.calculator, input(long)), options.rounds);
        if (longMs >= 1 && longMs / shortMs > worst.ratio)
          worst = {
            ratio: longMs / shortMs,
            where: `${entry.id}.${field.key} (${shape}, ${longMs.toFixed(1)} ms at 4L)`,
          };
        // Quadratic work quadruples when the text doubles; a small-input fast path or a GC pause
        // moves one pair only, so a pair is listed when both 1→4 and 2→4 grow too fast. Under
        // 5 ms at 4L the timings are noise.
        const superLinear =
          longMs >= 5 && longMs / Math.max(shortMs, 0.05) > 6 && longMs / Math.max(middleMs, 0.05) > 3;
        if (superLinear || longMs > 200)
          rows.push(
            `| ${entry.id}.${field.key} | ${shape} | ${shortMs.toFixed(2)} | ${middleMs.toFixed(2)} | ${longMs.toFixed(2)} |`,
          );
      }
    }
  }
  const checked = calculators.reduce((sum, entry) => sum + inputFields(entry).length, 0);
  return [
    `## Long input: ${checked} fields × 7 text shapes at ${options.length.toLocaleString('en-US')} and ${(options.length * 4).toLocaleString('en-US')} characters`,
    '',
    'Median of 7 runs per shape at L, 2L and 4L; a linear parser grows about 4× from L to 4L (or not at all,',
    'when a length limit refuses the text first), a quadratic one 16×. Listed: a field whose time grows over',
    '6× from L to 4L and over 3× from 2L to 4L (at least 5 ms at 4L), or takes over 200 ms.',
    '',
    rows.length === 0
      ? `None: every field stays linear. Largest ratio among runs over 1 ms: ${worst.ratio.toFixed(1)}× at ${worst.where}.`
      : ['| field | shape | L ms | 2L ms | 4L ms |', '|---|---|---:|---:|---:|', ...rows].join('\n'),
    '',
  ].join('\n');
}
