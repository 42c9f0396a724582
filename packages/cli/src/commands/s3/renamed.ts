import { UsageError } from '../../command.ts';
import type { ExtraFlag, InputContext } from '../../declare.ts';

/** An old flag name → the flag that replaced it and the field key it fills. */
export type Renames = Readonly<Record<string, readonly [flag: string, key: string]>>;

/**
 * Flags renamed for one vocabulary across awscalc (e.g. `--month-hours` → `--month`): still read, with a
 * note on stderr, so existing scripts keep working. Giving both names is a usage error.
 */
export function renamedFlags(renames: Renames): Record<string, ExtraFlag> {
  return Object.fromEntries(
    Object.entries(renames).map(([old, [flag]]) => [
      old,
      { type: 'string', value: 'value', description: `old name of --${flag} (still read)` } as const,
    ]),
  );
}

/** The input from the fields' flags plus the values given under old names. */
export function withRenamed(
  renames: Renames,
  { flags, fromFields, io }: InputContext,
): Record<string, unknown> {
  const input = { ...fromFields };
  for (const [old, [flag, key]] of Object.entries(renames)) {
    const value = flags[old];
    if (value === undefined) continue;
    if (input[key] !== undefined)
      throw new UsageError(`--${old} is the old name of --${flag}; give one of them`);
    io.err(`note: --${old} is now --${flag}\n`);
    input[key] = value;
  }
  return input;
}
