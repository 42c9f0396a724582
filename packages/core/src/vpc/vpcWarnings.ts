import { formatAddress } from '../cidr/address.ts';
import { type Cidr, cidrContains, cidrsOverlap, formatCidr, knownCidr } from '../cidr/cidr.ts';
import type { Warning } from '../result.ts';
import { VPC_EKS_DEFAULT_SERVICE_RANGES } from './vpcFacts.ts';

/** The addresses two overlapping blocks share: the more specific of the two. */
function shared(a: Cidr, b: Cidr): Cidr {
  return cidrContains(a, b) ? b : a;
}

/**
 * Overlaps between the VPC's blocks and the peer / on-premises / VPN / Transit Gateway ranges the
 * user listed: peering and routing fail when ranges overlap, so each overlap is named with the
 * shared range.
 */
export function vpcPeerWarnings(
  vpc: ReadonlyArray<{ cidr: Cidr; path: ReadonlyArray<string | number> }>,
  peers: readonly Cidr[],
): Warning[] {
  const warnings: Warning[] = [];
  for (const [peerIndex, peer] of peers.entries()) {
    for (const block of vpc) {
      if (!cidrsOverlap(block.cidr, peer)) continue;
      warnings.push({
        code: 'peer_overlap',
        path: ['peers', peerIndex],
        message: `${formatCidr(block.cidr)} overlaps peer/on-premises range ${formatCidr(peer)} (shared: ${formatCidr(shared(block.cidr, peer))}); VPC peering cannot be created between overlapping CIDRs, and routes to the shared addresses would be ambiguous.`,
      });
    }
  }
  return warnings;
}

/**
 * EKS's default Kubernetes service ranges (10.100.0.0/16 or 172.20.0.0/16 when none is given):
 * pods cannot reach VPC or peer addresses inside the service range.
 */
export function vpcEksWarnings(
  blocks: ReadonlyArray<{ cidr: Cidr; what: string; path: ReadonlyArray<string | number> }>,
): Warning[] {
  const warnings: Warning[] = [];
  for (const range of VPC_EKS_DEFAULT_SERVICE_RANGES.value) {
    const eks = knownCidr(range);
    for (const block of blocks) {
      if (block.cidr.version !== 4 || !cidrsOverlap(block.cidr, eks)) continue;
      warnings.push({
        code: 'eks_service_range_overlap',
        path: block.path,
        message: `${block.what} ${formatCidr(block.cidr)} overlaps ${range}, one of the ranges Amazon EKS gives Kubernetes services when no service CIDR is set (${VPC_EKS_DEFAULT_SERVICE_RANGES.value.join(' or ')}); if you run EKS here, set serviceIpv4Cidr to a range that overlaps neither the VPC nor its peers (${VPC_EKS_DEFAULT_SERVICE_RANGES.source}).`,
      });
    }
  }
  return warnings;
}

/** Peer ranges written with host bits set (10.0.0.1/8): the range meant is the network, as for the VPC's own CIDRs. */
export function vpcPeerHostBitsWarnings(peers: readonly Cidr[]): Warning[] {
  return peers.flatMap((peer, index) =>
    peer.address === peer.network
      ? []
      : [
          {
            code: 'host_bits_set',
            path: ['peers', index],
            message: `Peer range ${formatAddress(peer.version, peer.address)}/${peer.prefixLength} has host bits set; it is checked as ${formatCidr(peer)}.`,
          },
        ],
  );
}
