import { ebsPrices, formatDuration } from '@awscalc/core';
import type { ExtraFlag, InputContext } from '../../declare.ts';

export const num = (value: number, digits = 2) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits });

export const seconds = (value: number | null) =>
  value === null ? '—' : `${num(value, 1)} s (${formatDuration(value)})`;

/** `volume` or `instance`, for "limited by the …" (an array's own side is the array). */
export const side = (limitedBy: 'volume' | 'instance', own: 'volume' | 'array') =>
  limitedBy === 'volume' ? own : 'instance';

/**
 * The typed-in instance limits: `--instance` is the instance field itself (a bundled type); these two
 * fill its `maxIops` / `maxThroughputMiBps` and so are not plain fields of their own.
 */
export const INSTANCE_LIMIT_FLAGS: Readonly<Record<string, ExtraFlag>> = {
  'instance-iops': {
    type: 'string',
    value: 'IOPS',
    description: "Instance EBS maximum IOPS: cap by an instance's limit you type in (e.g. 40000) [IOPS]",
  },
  'instance-throughput': {
    type: 'string',
    value: 'MiB/s',
    description:
      "Instance EBS maximum throughput: cap by an instance's limit you type in (e.g. 1192) [MiB/s]",
  },
};

/** The fields' input with `--instance`, `--instance-iops` and `--instance-throughput` folded into one `instance`. */
export function withInstanceLimits({ flags, fromFields }: InputContext): Record<string, unknown> {
  const name = fromFields.instance;
  const maxIops = flags['instance-iops'];
  const maxThroughputMiBps = flags['instance-throughput'];
  if (maxIops === undefined && maxThroughputMiBps === undefined) return fromFields;
  return {
    ...fromFields,
    instance: {
      ...(name !== undefined ? { name } : {}),
      ...(maxIops !== undefined ? { maxIops } : {}),
      ...(maxThroughputMiBps !== undefined ? { maxThroughputMiBps } : {}),
    },
  };
}

/** The price keys `--price KEY=USD` takes, from the price book itself, for the cost commands' help. */
export const PRICE_KEYS_HELP = `Price keys (${ebsPrices.region} list prices): ${ebsPrices.prices.map((price) => price.key).join(', ')}.`;
