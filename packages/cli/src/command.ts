import { type ParseArgsConfig, parseArgs } from 'node:util';
import { Decimal, didYouMean, type TraceStep, type Warning } from '@awscalc/core';
import type { Io } from './io.ts';

/** Exit codes, the same for every command: 0 ok, 1 invalid input or a configuration AWS would refuse (issues/problems), 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** One `awscalc <name> …` command. `run` returns the exit code. */
export interface Command {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The full `--help` text: usage, every flag, examples. */
  readonly help: string;
  readonly run: (argv: readonly string[], io: Io) => Promise<number>;
}

/** A usage error: wrong flags or arguments. Printed with a pointer to --help; exit code 2. */
export class UsageError extends Error {}

export type FlagSpec = NonNullable<ParseArgsConfig['options']>;
type CommonFlags = { json: { type: 'boolean' }; help: { type: 'boolean'; short: 'h' } };
/** What `parseFlags` returns: typed values for the declared flags plus `--json`/`--help`, and positionals. */
export type ParsedFlags<Options extends FlagSpec> = ReturnType<
  typeof parseArgs<{ args: string[]; options: Options & CommonFlags; allowPositionals: true; strict: true }>
>;

/**
 * Parses flags strictly (unknown flags are usage errors) with node's own parser; adds `--json` and
 * `--help` to every command.
 */
export function parseFlags<const Options extends FlagSpec>(
  argv: readonly string[],
  options: Options,
): ParsedFlags<Options> {
  try {
    return parseArgs({
      args: attachNegativeValues(argv, options),
      options: { ...options, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as Options &
        CommonFlags,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '.') : String(error);
    // node says "Unknown option '--get-rat'"; add the flag that was probably meant.
    const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    const known = [...Object.keys(options), 'json', 'help'].map((name) => `--${name}`);
    const suggestion = unknown ? didYouMean(unknown, known) : undefined;
    throw new UsageError(suggestion ? `${message} Did you mean ${suggestion}?` : message);
  }
}

/**
 * `--reads -5`: node's parser reads "-5" as a flag and reports an ambiguous argument. Attach a
 * negative number to the string flag before it (`--reads=-5`) so the calculator can say what is
 * wrong with the value itself.
 */
function attachNegativeValues(argv: readonly string[], options: FlagSpec): string[] {
  const attached: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const next = argv[index + 1];
    const flag = arg.startsWith('--') && !arg.includes('=') ? options[arg.slice(2)] : undefined;
    if (flag?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      attached.push(`${arg}=${next}`);
      index += 1;
    } else {
      attached.push(arg);
    }
  }
  return attached;
}

/** Runs a command's body, turning usage errors into exit code 2 with a helpful message. */
export async function withUsage(
  command: Pick<Command, 'name' | 'help'>,
  io: Io,
  body: () => Promise<number> | number,
): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`awscalc ${command.name}: ${error.message}\nRun "awscalc ${command.name} --help" for usage.\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Dispatches `awscalc <domain> <sub> …` to a sub-command; `--help` or no sub-command prints the domain help. */
export function subcommands(name: string, summary: string, children: readonly Command[]): Command {
  const help = [
    `awscalc ${name} — ${summary}`,
    '',
    'Commands:',
    ...children.map((child) => `  ${child.name.padEnd(14)} ${child.summary}`),
    '',
    `Run "awscalc ${name} <command> --help" for each command's flags.`,
    '',
  ].join('\n');
  return {
    name,
    summary,
    help,
    run: async (argv, io) => {
      const [sub, ...rest] = argv;
      if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
        io.out(help);
        return sub === undefined ? EXIT.usage : EXIT.ok;
      }
      const child = children.find((candidate) => candidate.name === sub);
      if (!child) {
        const suggestion = didYouMean(
          sub,
          children.map((c) => c.name),
        );
        io.err(
          `awscalc ${name}: unknown command "${sub}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Commands: ${children.map((c) => c.name).join(', ')}.\n`,
        );
        return EXIT.usage;
      }
      return child.run(rest, io);
    },
  };
}

export function formatWarnings(warnings: readonly Warning[]): string {
  return warnings.length === 0
    ? ''
    : `\n${warnings.map((warning) => `warning: ${warning.message}`).join('\n')}\n`;
}

/** A trace value as people write it: 0.0000001, not 1e-7. */
function plain(value: string | number | boolean): string {
  return typeof value === 'number' ? new Decimal(value).toString() : String(value);
}

/** Renders the trace as numbered lines for `--trace` / human output. */
export function formatTrace(trace: readonly TraceStep[]): string {
  return trace
    .map((step, index) => {
      const inputs = Object.entries(step.inputs)
        .map(([key, value]) => `${key}=${plain(value)}`)
        .join(', ');
      return `${String(index + 1).padStart(2)}. ${step.formula} [${inputs}] = ${plain(step.value)} ${step.unit}${step.source ? `\n    source: ${step.source}` : ''}`;
    })
    .join('\n');
}
