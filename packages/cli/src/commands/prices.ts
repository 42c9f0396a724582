import { priceBooks } from '@awscalc/core';
import { type Command, EXIT, parseFlags, UsageError, withUsage } from '../command.ts';
import { formatBlocks, OUTPUT_FORMATS, type OutputFormat, rows } from '../output.ts';

const services = Object.keys(priceBooks) as Array<keyof typeof priceBooks>;

const help = `awscalc prices — the bundled list prices: every key --price KEY=USD can override

Usage:
  awscalc prices [${services.join('|')}] [--output table|text|csv|json]

Each price carries its Region, unit, the AWS page it came from and the date it was checked.

Exit codes: 0 ok, 2 unknown service or usage error.

Examples:
  awscalc prices ebs
  awscalc prices --output csv
`;

/** `awscalc prices [service]`: the price books as a table, so a --price key never has to be guessed. */
export const pricesCommand: Command = {
  name: 'prices',
  summary: 'list the bundled prices and their keys (what --price KEY=USD overrides)',
  help,
  run: (argv, io) =>
    withUsage({ name: 'prices', help }, io, () => {
      const { values, positionals } = parseFlags(argv, { output: { type: 'string' } });
      if (values.help) {
        io.out(help);
        return EXIT.ok;
      }
      const format = (values.json ? 'json' : (values.output ?? 'table')) as OutputFormat;
      if (!OUTPUT_FORMATS.includes(format))
        throw new UsageError(`--output is one of ${OUTPUT_FORMATS.join(', ')}`);
      if (positionals.length > 1) throw new UsageError('give at most one service');
      const wanted = positionals[0];
      if (wanted !== undefined && !(services as string[]).includes(wanted))
        throw new UsageError(`no price book "${wanted}"; the services are ${services.join(', ')}`);
      const books = services
        .filter((service) => wanted === undefined || service === wanted)
        .map((service) => priceBooks[service]);
      const prices = books.flatMap((book) => book.prices);
      if (format === 'json') {
        io.out(`${JSON.stringify({ prices }, null, 2)}\n`);
        return EXIT.ok;
      }
      io.out(
        formatBlocks(
          [
            rows(
              ['Key', 'USD', 'Per', 'Region', 'As of', 'Source'],
              prices.map((price) => [
                price.key,
                price.usd,
                price.unit,
                price.region,
                price.asOf,
                price.source,
              ]),
            ),
          ],
          format,
        ),
      );
      return EXIT.ok;
    }),
};
