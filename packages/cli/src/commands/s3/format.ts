import { formatByteSize, S3_DECIMAL_SIZE_CONVENTION, S3_SIZE_CONVENTION } from '@awscalc/core';

/** The size conventions, for the --help of the commands that read sizes. */
export const SIZE_HELP = `Sizes: a number of bytes, or a number and unit. Default convention (--units binary), as on AWS's
S3 pages and bills: ${S3_SIZE_CONVENTION}. With --units decimal: ${S3_DECIMAL_SIZE_CONVENTION}.`;

/** A number with thousands separators and at most two decimals. */
export const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** "550,502,400 bytes (525 MiB)": exact bytes first, the binary size beside it. */
export const bytes = (value: number | null) =>
  value === null ? '—' : `${grouped(value)} bytes (${formatByteSize(value, 'binary', 2)})`;
