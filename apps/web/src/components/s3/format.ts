import { formatByteSize } from '@awscalc/core';
import { given, grouped } from '../../format.ts';

export { given, grouped };

/** "550,502,400 bytes (525 MiB)": exact bytes first, the binary size beside it. */
export function bytes(value: number | null): string {
  return value === null ? '—' : `${grouped(value)} bytes (${formatByteSize(value, 'binary', 2)})`;
}
