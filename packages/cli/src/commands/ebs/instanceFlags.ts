import { EBS_INSTANCE_LIMIT_FIELDS } from '@awscalc/core';
import type { ExtraFlag, InputContext } from '../../declare.ts';

/**
 * The typed-in instance limits: `--instance` is the instance field itself (a bundled type); these
 * fill its nested `maxIops` / `maxThroughputMiBps`, so they are extra flags described by core's metadata.
 */
export const INSTANCE_LIMIT_FLAGS: Readonly<Record<string, ExtraFlag>> = Object.fromEntries(
  EBS_INSTANCE_LIMIT_FIELDS.map((field) => [
    field.flag,
    {
      type: 'string',
      value: field.example,
      description: `${field.label}: ${field.description}${field.unit ? ` [${field.unit}]` : ''}`,
    },
  ]),
);

/** The fields' input with `--instance`, `--instance-iops` and `--instance-throughput` folded into one `instance`. */
export function withInstanceLimits({ flags, fromFields }: InputContext): Record<string, unknown> {
  const limits = EBS_INSTANCE_LIMIT_FIELDS.flatMap((field) =>
    flags[field.flag] === undefined ? [] : [[field.key, flags[field.flag]] as const],
  );
  if (limits.length === 0) return fromFields;
  const name = fromFields.instance;
  return {
    ...fromFields,
    instance: { ...(name !== undefined ? { name } : {}), ...Object.fromEntries(limits) },
  };
}
