import { UsageError } from '../../command.ts';
import type { ExtraFlag, InputContext } from '../../declare.ts';

/**
 * `--count` was the EBS commands' name for the number of volumes until one vocabulary gave each flag
 * one meaning (`--count` is the CIDR commands' number of blocks). Scripts that use it keep working,
 * with a note on stderr.
 */
export const OLD_COUNT_FLAG: Readonly<Record<string, ExtraFlag>> = {
  count: { type: 'string', value: 'N', description: 'old name of --volume-count (still read)' },
};

/** The input with `--count` read as `--volume-count`. */
export function withOldCount(
  { flags, io }: InputContext,
  input: Record<string, unknown>,
): Record<string, unknown> {
  const old = flags.count;
  if (old === undefined) return input;
  if (input.volumeCount !== undefined)
    throw new UsageError('--count is the old name of --volume-count; give one of them');
  io.err('note: --count is now --volume-count\n');
  return { ...input, volumeCount: old };
}
