import { calculators, didYouMean, inputJsonSchema } from '@awscalc/core';
import { type Command, EXIT, parseFlags, UsageError, withUsage } from '../command.ts';
import { formatBlocks, OUTPUT_FORMATS, type OutputFormat, rows } from '../output.ts';

const help = `awscalc schema — the JSON Schema of a calculator's input

Usage:
  awscalc schema [--output table|text|csv|json]   list the calculators and their ids
  awscalc schema <id>                             print the JSON Schema (draft 2020-12) of its input

Each property carries its label, CLI flag, URL parameter, unit, description and example, the same
metadata --help and the web forms show. Use it to validate a --json input file or generate a form.

Exit codes: 0 ok, 2 unknown id or usage error.

Examples:
  awscalc schema
  awscalc schema s3.prefixes
`;

/** `awscalc schema [id]`: read straight from the calculator registry, so it lists every calculator. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: "print the JSON Schema of a calculator's input (awscalc schema lists the ids)",
  help,
  run: (argv, io) =>
    withUsage({ name: 'schema', help }, io, () => {
      const { values, positionals } = parseFlags(argv, { output: { type: 'string' } });
      if (values.help) {
        io.out(help);
        return EXIT.ok;
      }
      if (positionals.length > 1) throw new UsageError('give at most one calculator id');
      const [id] = positionals;
      const format = (values.json ? 'json' : (values.output ?? 'table')) as OutputFormat;
      if (!OUTPUT_FORMATS.includes(format))
        throw new UsageError(`--output is one of ${OUTPUT_FORMATS.join(', ')}`);
      if (id === undefined) {
        const listing = calculators.map((entry) => ({
          id: entry.id,
          title: entry.title,
          summary: entry.summary,
        }));
        io.out(
          format === 'json'
            ? `${JSON.stringify({ calculators: listing }, null, 2)}\n`
            : formatBlocks(
                [
                  rows(
                    ['Id', 'Title', 'Summary'],
                    listing.map((row) => [row.id, row.title, row.summary]),
                  ),
                ],
                format,
              ),
        );
        return EXIT.ok;
      }
      const entry = calculators.find((candidate) => candidate.id === id);
      if (!entry) {
        const suggestion = didYouMean(
          id,
          calculators.map((candidate) => candidate.id),
        );
        throw new UsageError(
          `no calculator "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ''} Run "awscalc schema" for the list.`,
        );
      }
      io.out(`${JSON.stringify(inputJsonSchema(entry), null, 2)}\n`);
      return EXIT.ok;
    }),
};
