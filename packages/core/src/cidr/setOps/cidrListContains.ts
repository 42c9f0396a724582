import type { Cidr } from '../cidr.ts';

/** True when every candidate is covered by the union of the containers. */
export function cidrListContains(containers: readonly Cidr[], candidates: readonly Cidr[]): boolean {
  void containers;
  void candidates;
  return false;
}
