import { UsageError } from '../../command.ts';
import type { ExtraFlag } from '../../declare.ts';

/**
 * `--size /N`: the documented older name of `--prefix-length` in `cidr split` and `cidr free`, kept
 * so existing scripts work. Giving both is a usage error.
 */
export const SIZE_FLAG: ExtraFlag = {
  type: 'string',
  value: '/N',
  description: 'the same as --prefix-length (its older name)',
};

export function prefixLengthFrom(fields: Record<string, unknown>, size: unknown): unknown {
  if (size !== undefined && fields.prefixLength !== undefined)
    throw new UsageError('--size and --prefix-length are the same; give one');
  return size ?? fields.prefixLength;
}
