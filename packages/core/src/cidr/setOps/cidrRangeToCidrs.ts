import type { IpVersion } from '../address.ts';
import type { Cidr } from '../cidr.ts';

/** The minimal CIDR list covering exactly the addresses first..last (inclusive). */
export function cidrRangeToCidrs(version: IpVersion, first: bigint, last: bigint): Cidr[] {
  void version;
  void first;
  void last;
  return [];
}
