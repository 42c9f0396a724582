import { calculators, didYouMean, inputJsonSchema } from '@awscalc/core';
import { UsageError } from '../command.ts';
import { defineListing } from '../listing.ts';
import { rows, text } from '../output.ts';

/** `awscalc schema [id]`: read straight from the calculator registry, so it lists every calculator. */
export const schemaCommand = defineListing({
  name: 'schema',
  command: 'schema',
  summary: "print the JSON Schema of a calculator's input (awscalc schema lists the ids)",
  usage: '[<id>]',
  maxPositionals: 1,
  about: `Without an id, lists the calculators. With one, prints the JSON Schema (draft 2020-12) of that
calculator's input: each property carries its label, CLI flag, URL parameter, unit, description and
example, the same metadata --help and the web forms show. Use it to validate a --json input file or
generate a form.`,
  examples: ['awscalc schema', 'awscalc schema s3.prefixes'],
  list: ([id]) => {
    if (id === undefined) {
      const listing = calculators.map((entry) => ({
        id: entry.id,
        title: entry.title,
        summary: entry.summary,
      }));
      return {
        json: { calculators: listing },
        blocks: [
          rows(
            ['Id', 'Title', 'Summary'],
            listing.map((row) => [row.id, row.title, row.summary]),
          ),
        ],
      };
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
    // A JSON Schema is JSON whatever the format asked for.
    const schema = inputJsonSchema(entry);
    return { json: schema, blocks: [text(JSON.stringify(schema, null, 2))] };
  },
});
