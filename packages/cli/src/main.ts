import { didYouMean } from '@awscalc/core';
import { EXIT } from './command.ts';
import { EXIT_CODES_HELP } from './declare.ts';
import { VERSION } from './version.ts';
import { commands } from './commands/index.ts';
import type { Io } from './io.ts';

const usage = () =>
  [
    'awscalc — AWS calculators with the arithmetic shown and every constant sourced',
    '',
    'Usage: awscalc <command> [arguments] [--output table|text|csv|json] [--help]   awscalc --version',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`),
    '',
    'Run "awscalc <command> --help" for its flags and examples.',
    EXIT_CODES_HELP,
    '',
  ].join('\n');

/** The CLI entry: dispatches to a command and returns the exit code. Never throws to the caller. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    io.out(`awscalc ${VERSION}\n`);
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    const suggestion = didYouMean(
      name,
      commands.map((candidate) => candidate.name),
    );
    io.err(
      `awscalc: unknown command "${name}".${suggestion ? ` Did you mean "${suggestion}"?` : ''}\n\n${usage()}`,
    );
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Only a bug gets here; say so plainly instead of printing a stack trace.
    io.err(
      `awscalc ${name}: internal error: ${error instanceof Error ? error.message : String(error)}\nThis is a bug in awscalc; please report it with the command line.\n`,
    );
    return EXIT.invalid;
  }
}
