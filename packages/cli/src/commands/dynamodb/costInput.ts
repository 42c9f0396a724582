import { UsageError } from '../../command.ts';
import type { ExtraFlag, InputContext } from '../../declare.ts';
import { SIMPLE_FLAGS, WORKLOAD_FIELDS, workloadFlagFor, workloadInput } from './workloadInput.ts';

type Path = ReadonlyArray<string | number>;

/**
 * The flags `cost` and `cost-curve` take beyond their own fields: the capacity command's workload
 * flags (the same names, filling `workload`) and --item-count (storage from a count and --item-size).
 */
export const COST_EXTRA_FLAGS: Readonly<Record<string, ExtraFlag>> = {
  ...SIMPLE_FLAGS,
  ...Object.fromEntries(
    WORKLOAD_FIELDS.map((field) => [
      field.flag,
      {
        type: 'string',
        value: field.example.length > 20 ? 'json' : field.example,
        description: `${field.label}: ${field.description}${field.unit ? ` [${field.unit}]` : ''}`,
      } satisfies ExtraFlag,
    ]),
  ),
  'item-count': {
    type: 'string',
    value: 'n',
    description: 'or: number of items stored, with --item-size (or --write-size) as the average item size',
  },
};

/** The cost input from flags: the workload (as for `capacity`), then the cost fields over any the file gave. */
export async function costInput(context: InputContext): Promise<Record<string, unknown>> {
  const { flags, fromFields } = context;
  const { workload, options } = await workloadInput(context);
  const { workload: _source, ...costFields } = fromFields;
  const input: Record<string, unknown> = { ...options, ...costFields, workload };
  const count = flags['item-count'];
  if (typeof count === 'string') {
    if (fromFields.storage !== undefined || fromFields.items !== undefined)
      throw new UsageError('give --storage, --items or --item-count, not two of them');
    const itemSize = flags['write-size'] ?? flags['item-size'];
    if (typeof itemSize !== 'string')
      throw new UsageError('--item-count needs --item-size (or --write-size) as the average item size');
    input.items = { count, itemSize };
  }
  return input;
}

/** The flag that filled a path inside `workload` or `items`; undefined leaves it to the field's own flag. */
export function costFlagFor(path: Path, flags: InputContext['flags']): string | undefined {
  const [head, ...rest] = path;
  if (head === 'items' && flags['item-count'] !== undefined)
    return rest[0] === 'count'
      ? '--item-count'
      : flags['write-size'] !== undefined
        ? '--write-size'
        : '--item-size';
  if (head !== 'workload') return undefined;
  const inside = workloadFlagFor(rest, flags);
  if (inside !== undefined) return inside;
  const field = WORKLOAD_FIELDS.find((candidate) => candidate.key === rest[0]);
  return field && flags[field.flag] !== undefined ? `--${field.flag}` : undefined;
}
