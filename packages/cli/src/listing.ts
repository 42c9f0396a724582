import { type Command, EXIT, parseFlags, UsageError, withUsage } from './command.ts';
import { EXIT_CODES_HELP, outputFormat } from './declare.ts';
import { type Block, formatBlocks } from './output.ts';

/**
 * A command that lists bundled data (prices, instance types, calculators) rather than running a
 * calculator: the same --output/--json, help layout, exit codes and refusal of stray arguments as a
 * declared command, so `awscalc prices --output csv` works like `awscalc s3 cost --output csv`.
 */
export interface ListingSpec {
  /** The word that runs it (`instances` in `awscalc ebs instances`). */
  readonly name: string;
  /** The whole command, for help and messages (`ebs instances`). */
  readonly command: string;
  readonly summary: string;
  /** Positional arguments in the usage line, e.g. `[dynamodb|ebs|s3]`. */
  readonly usage?: string;
  readonly maxPositionals?: number;
  readonly about: string;
  readonly examples: readonly string[];
  /** What to print: the JSON object for --output json, and blocks for the other formats. */
  readonly list: (positionals: readonly string[]) => {
    readonly json: unknown;
    readonly blocks: readonly Block[];
  };
}

export function defineListing(spec: ListingSpec): Command {
  const help = [
    `awscalc ${spec.command} — ${spec.summary}`,
    '',
    'Usage:',
    `  awscalc ${spec.command}${spec.usage ? ` ${spec.usage}` : ''} [--output table|text|csv|json]`,
    '',
    spec.about.trim(),
    '',
    EXIT_CODES_HELP,
    '',
    'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
  return {
    name: spec.name,
    summary: spec.summary,
    help,
    run: (argv, io) =>
      withUsage({ name: spec.command, help }, io, () => {
        const { values, positionals } = parseFlags(argv, { output: { type: 'string' } });
        if (values.help) {
          io.out(help);
          return EXIT.ok;
        }
        if (positionals.length > (spec.maxPositionals ?? 0))
          throw new UsageError(`unexpected argument "${positionals[spec.maxPositionals ?? 0]}"`);
        const format = outputFormat(values);
        const { json, blocks } = spec.list(positionals);
        io.out(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : formatBlocks(blocks, format));
        return EXIT.ok;
      }),
  };
}
