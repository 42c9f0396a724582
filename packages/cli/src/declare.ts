import {
  type CalculatorEntry,
  type InputField,
  inputFields,
  type Issue,
  type Result,
  run,
  type TraceStep,
  type Warning,
} from '@awscalc/core';
import {
  type Command,
  EXIT,
  type FlagSpec,
  formatTrace,
  formatWarnings,
  parseFlags,
  UsageError,
  withUsage,
} from './command.ts';
import type { Io } from './io.ts';
import { type Block, formatBlocks, OUTPUT_FORMATS, type OutputFormat } from './output.ts';

/** A flag a command takes beyond its calculator's fields (e.g. `--existing-from FILE`). */
export interface ExtraFlag {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  /** `<file>` in the help's flag list. */
  readonly value?: string;
  readonly description: string;
}

type FlagValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** What a declared command's `input` hook sees. */
export interface InputContext {
  readonly flags: FlagValues;
  readonly positionals: readonly string[];
  readonly io: Io;
  /** The input built from the calculator's own flags (field key → flag text). */
  readonly fromFields: Record<string, unknown>;
}

/**
 * A CLI command declared from a registry entry: its flags, help, issue→flag mapping, `--json`,
 * `--output`, `--trace` and exit codes all come from the entry and its field metadata.
 */
export interface CommandSpec<T> {
  /** The word after the domain (`prefixes` in `awscalc s3 prefixes`), or the command itself. */
  readonly name: string;
  readonly entry: CalculatorEntry;
  /** Positional arguments in the usage line, e.g. `<cidr>`; they reach `input` as `positionals`. */
  readonly usage?: string;
  /** How many positionals the command takes (default 0). */
  readonly positionals?: { readonly min: number; readonly max: number; readonly describe: string };
  /** Prose for --help between the usage and the flags: what it computes, AWS pages, conventions. */
  readonly about: string;
  readonly examples: readonly string[];
  readonly extraFlags?: Readonly<Record<string, ExtraFlag>>;
  /**
   * Flags renamed for one vocabulary, old name → field key (`'month-hours': 'monthHours'`): still
   * read, with a note on stderr, so scripts keep working; giving both names is a usage error.
   */
  readonly formerly?: Readonly<Record<string, string>>;
  /** Builds the raw input; the default is the fields' flags. Throw UsageError for wrong usage. */
  readonly input?: (context: InputContext) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /**
   * Where an issue path that no field flag covers points (e.g. a positional): shown as `error (<cidr>)`.
   * Also asked first for a path inside a field, which a command may have filled from another flag
   * (DynamoDB: `operations.0.rate` came from `--reads`); undefined there falls back to the field's flag.
   */
  readonly pathLabel?: (
    path: ReadonlyArray<string | number>,
    context: { readonly flags: FlagValues },
  ) => string | undefined;
  /**
   * Required fields the command can also build from other flags (e.g. a workload from --reads and
   * --writes): --help does not mark them "(required)".
   */
  readonly builtFromOtherFlags?: readonly string[];
  readonly render: (value: T, context: { readonly flags: FlagValues }) => readonly Block[];
}

const COMMON_HELP = [
  [
    '--output <format>',
    `${OUTPUT_FORMATS.join('|')}: table (aligned, default), text (tab-separated, no header), csv, json`,
  ],
  ['--json', 'the same as --output json: one JSON object (the result, a stable contract)'],
  ['--trace', 'also print the arithmetic, step by step, with the AWS page behind each step'],
  ['-h, --help', 'show this help'],
] as const;

export const EXIT_CODES_HELP =
  'Exit codes: 0 ok; 1 the input is invalid, or AWS would refuse what it describes (problems); 2 usage error.';

export function defineCommand<T>(spec: CommandSpec<T>): Command {
  const fields = inputFields(spec.entry);
  const command = spec.entry.id.replaceAll('.', ' ');
  const help = commandHelp(spec, fields, command);
  const flagSpec: FlagSpec = {
    output: { type: 'string' },
    trace: { type: 'boolean' },
    ...Object.fromEntries(
      fields.map((field) => [
        field.flag,
        field.switch ? { type: 'boolean' } : { type: 'string', multiple: field.repeatable === true },
      ]),
    ),
    ...Object.fromEntries(
      Object.entries(spec.extraFlags ?? {}).map(([name, flag]) => [
        name,
        { type: flag.type, multiple: flag.multiple === true },
      ]),
    ),
    ...Object.fromEntries(
      formerFlags(spec, fields).map(({ old, field }) => [
        old,
        field.switch ? { type: 'boolean' } : { type: 'string', multiple: field.repeatable === true },
      ]),
    ),
  };
  const flagOf = (path: ReadonlyArray<string | number>, flags: FlagValues) => {
    const inside = path.length > 1 ? spec.pathLabel?.(path, { flags }) : undefined;
    const field = fields.find((candidate) => candidate.key === path[0]);
    return inside ?? (field ? `--${field.flag}` : spec.pathLabel?.(path, { flags }));
  };
  return {
    name: spec.name,
    summary: spec.entry.summary,
    help,
    run: (argv, io) =>
      withUsage({ name: command, help }, io, async () => {
        const { values, positionals } = parseFlags(argv, flagSpec);
        if (values.help) {
          io.out(help);
          return EXIT.ok;
        }
        const format = outputFormat(values);
        const range = spec.positionals ?? { min: 0, max: 0, describe: '' };
        if (positionals.length < range.min || positionals.length > range.max)
          throw new UsageError(
            range.max === 0
              ? `unexpected argument "${positionals[0]}"`
              : `give ${range.describe} (got ${positionals.length})`,
          );
        const fromFields: Record<string, unknown> = {};
        for (const field of fields) {
          const value = (values as FlagValues)[field.flag];
          if (value !== undefined) fromFields[field.key] = value;
        }
        for (const { old, field } of formerFlags(spec, fields)) {
          const value = (values as FlagValues)[old];
          if (value === undefined) continue;
          if (fromFields[field.key] !== undefined)
            throw new UsageError(`--${old} is the old name of --${field.flag}; give one of them`);
          io.err(`note: --${old} is now --${field.flag}\n`);
          fromFields[field.key] = value;
        }
        const raw = spec.input
          ? await spec.input({ flags: values as FlagValues, positionals, io, fromFields })
          : fromFields;
        // A required field nobody gave is a usage error in every command (exit 2), named by flag and label.
        const missing = fields.filter(
          (field) =>
            field.required && raw[field.key] === undefined && !spec.builtFromOtherFlags?.includes(field.key),
        );
        if (missing.length > 0)
          throw new UsageError(
            `missing ${missing.map((field) => `--${field.flag} (${field.label}, e.g. --${field.flag} ${field.example})`).join(' and ')}`,
          );
        const result = run(spec.entry.calculator, raw) as Result<T>;
        return printOutcome(io, result, {
          format,
          trace: values.trace === true,
          flagOf: (path) => flagOf(path, values as FlagValues),
          render: (value) => spec.render(value, { flags: values as FlagValues }),
        });
      }),
  };
}

/** `--output`/`--json` → the format; an unknown format or two different ones is a usage error. */
export function outputFormat(values: {
  json?: boolean | undefined;
  output?: string | undefined;
}): OutputFormat {
  if (values.output !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(values.output))
    throw new UsageError(`--output is one of ${OUTPUT_FORMATS.join(', ')}, not "${values.output}"`);
  if (values.json && values.output !== undefined && values.output !== 'json')
    throw new UsageError(`--json and --output ${values.output} ask for different formats; give one`);
  return values.json ? 'json' : ((values.output as OutputFormat | undefined) ?? 'table');
}

/**
 * Prints a result the one way every command does. Invalid input: `{ "issues": [...] }` on stdout
 * for JSON, otherwise one line per issue on stderr naming the flag; exit 1. A result with problems
 * (AWS would refuse it) prints in full and exits 1 too.
 */
export function printOutcome<T>(
  io: Io,
  result: Result<T>,
  options: {
    format: OutputFormat;
    trace: boolean;
    flagOf: (path: ReadonlyArray<string | number>) => string | undefined;
    render: (value: T) => readonly Block[];
  },
): number {
  if (!result.ok) {
    if (options.format === 'json') io.out(`${JSON.stringify({ issues: result.issues }, null, 2)}\n`);
    else io.err(formatProblems('error', result.issues, options.flagOf));
    return EXIT.invalid;
  }
  const problems = problemsOf(result.value);
  if (options.format === 'json') {
    io.out(
      `${JSON.stringify({ ...(result.value as object), warnings: result.warnings, trace: result.trace }, null, 2)}\n`,
    );
  } else {
    const body = formatBlocks(options.render(result.value), options.format);
    if (options.format === 'table') {
      io.out(
        `${body}${problems.length > 0 ? `\n${formatProblems('problem', problems, options.flagOf)}` : ''}${formatWarnings(result.warnings)}${traceText(result.trace, options.trace)}`,
      );
    } else {
      // Machine formats keep stdout clean; problems and warnings go to stderr.
      io.out(body);
      io.err(formatProblems('problem', problems, options.flagOf) + warningLines(result.warnings));
    }
  }
  return problems.length > 0 ? EXIT.invalid : EXIT.ok;
}

function problemsOf(value: unknown): readonly Issue[] {
  const problems = (value as { problems?: unknown }).problems;
  return Array.isArray(problems) ? (problems as Issue[]) : [];
}

/** `error (--get-rate): …` — the flag that filled the field, else the path, else nothing. */
function formatProblems(
  kind: 'error' | 'problem',
  problems: readonly Issue[],
  flagOf: (path: ReadonlyArray<string | number>) => string | undefined = () => undefined,
): string {
  const said = new Set<string>();
  return (
    problems
      .map((problem) => {
        const where = problem.path.length > 0 ? (flagOf(problem.path) ?? problem.path.join('.')) : undefined;
        return `${kind}${where ? ` (${where})` : ''}: ${problem.message}\n`;
      })
      // One flag can fill several fields (DynamoDB --item-size sizes the reads and the writes): say it once.
      .filter((line) => !said.has(line) && said.add(line))
      .join('')
  );
}

const warningLines = (warnings: readonly Warning[]) =>
  warnings.map((warning) => `warning: ${warning.message}\n`).join('');
const traceText = (trace: readonly TraceStep[], show: boolean) =>
  show ? `\nArithmetic:\n${formatTrace(trace)}\n` : '';

function commandHelp<T>(spec: CommandSpec<T>, fields: readonly InputField[], command: string): string {
  const flagRows: Array<readonly [string, string]> = [
    ...fields.map(
      (field) =>
        [
          `--${field.flag}${field.switch ? '' : ` <${field.example}>`}`,
          `${field.label}${field.required && !spec.builtFromOtherFlags?.includes(field.key) ? ' (required)' : ''}: ${field.description}${field.unit ? ` [${field.unit}]` : ''}${field.repeatable ? ' Repeatable.' : ''}`,
        ] as const,
    ),
    ...Object.entries(spec.extraFlags ?? {}).map(
      ([name, flag]) =>
        [
          `--${name}${flag.type === 'string' ? ` <${flag.value ?? 'value'}>` : ''}`,
          flag.description,
        ] as const,
    ),
    ...formerFlags(spec, fields).map(
      ({ old, field }) => [`--${old}`, `the old name of --${field.flag} (still read)`] as const,
    ),
    ...COMMON_HELP,
  ];
  const width = Math.min(28, Math.max(...flagRows.map(([flag]) => flag.length)));
  const flagLines = flagRows.map(([flag, description]) =>
    flag.length > width
      ? `  ${flag}\n  ${' '.repeat(width)}  ${description}`
      : `  ${flag.padEnd(width)}  ${description}`,
  );
  return [
    `awscalc ${command} — ${spec.entry.summary}`,
    '',
    'Usage:',
    `  awscalc ${command}${spec.usage ? ` ${spec.usage}` : ''} [flags]`,
    '',
    spec.about.trim(),
    '',
    'Flags:',
    ...flagLines,
    '',
    EXIT_CODES_HELP,
    '',
    'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
    '',
  ].join('\n');
}

/** The renamed flags with the field each one fills; a rename naming no field is a programmer error. */
function formerFlags<T>(
  spec: CommandSpec<T>,
  fields: readonly InputField[],
): Array<{ old: string; field: InputField }> {
  return Object.entries(spec.formerly ?? {}).map(([old, key]) => {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`${spec.entry.id}: --${old} renames "${key}", which is not a field`);
    return { old, field };
  });
}
