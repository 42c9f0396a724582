import { priceBooks } from '@awscalc/core';
import { UsageError } from '../command.ts';
import { defineListing } from '../listing.ts';
import { rows } from '../output.ts';

const services = Object.keys(priceBooks) as Array<keyof typeof priceBooks>;

/** `awscalc prices [service]`: the price books as a table, so a --price key never has to be guessed. */
export const pricesCommand = defineListing({
  name: 'prices',
  command: 'prices',
  summary: 'list the bundled prices and their keys (what --price KEY=USD overrides)',
  usage: `[${services.join('|')}]`,
  maxPositionals: 1,
  about: `Every key --price KEY=USD can override, with its price, unit, Region, the AWS page it came from
and the date it was checked.`,
  examples: ['awscalc prices ebs', 'awscalc prices --output csv'],
  list: ([wanted]) => {
    if (wanted !== undefined && !(services as string[]).includes(wanted))
      throw new UsageError(`no price book "${wanted}"; the services are ${services.join(', ')}`);
    const prices = services
      .filter((service) => wanted === undefined || service === wanted)
      .flatMap((service) => priceBooks[service].prices);
    return {
      json: { prices },
      blocks: [
        rows(
          ['Key', 'USD', 'Per', 'Region', 'As of', 'Source'],
          prices.map((price) => [price.key, price.usd, price.unit, price.region, price.asOf, price.source]),
        ),
      ],
    };
  },
});
