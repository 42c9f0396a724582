/** A figure for a person: thousands separators, at most three decimals. */
export const num = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 3 });

export const SIZE_NOTE = `Sizes: a number of bytes (3072) or a number and unit (3KB, 2.5 KB, 400KiB). DynamoDB's "KB" is
1,024 bytes (binary, as in AWS's DynamoDB docs); fractional bytes round up. Rates: 100, 12,000,
6000/min, 1.2M/day. Lists and objects (--operations, --gsis, --previous-peak, --items) are JSON.`;
