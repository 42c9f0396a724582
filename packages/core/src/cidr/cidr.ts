import { ADDRESS_BITS, formatAddress, formatIPv4, type IpVersion, parseIPv4, parseIPv6 } from './address.ts';
import type { Parsed } from '../input/parsed.ts';

/** A parsed CIDR block. `network` is canonical (host bits cleared); `address` is what was written. */
export interface Cidr {
  readonly version: IpVersion;
  readonly prefixLength: number;
  readonly network: bigint;
  /** The address as written, which may have host bits set (e.g. 10.0.0.1 in 10.0.0.1/16). */
  readonly address: bigint;
}

export type CidrParse = Parsed<Cidr>;

/** Number of addresses in a block with this prefix length. */
export function blockSize(version: IpVersion, prefixLength: number): bigint {
  return 1n << BigInt(ADDRESS_BITS[version] - prefixLength);
}

/** The network mask as a bigint (prefixLength one-bits followed by zeros). */
export function networkMask(version: IpVersion, prefixLength: number): bigint {
  const bits = BigInt(ADDRESS_BITS[version]);
  return ((1n << bits) - 1n) ^ ((1n << (bits - BigInt(prefixLength))) - 1n);
}

/** The last address in the block. */
export function lastAddress(cidr: Pick<Cidr, 'version' | 'prefixLength' | 'network'>): bigint {
  return cidr.network + blockSize(cidr.version, cidr.prefixLength) - 1n;
}

/** Canonical text, e.g. `10.0.0.0/16` or `2001:db8::/56`. */
export function formatCidr(cidr: Pick<Cidr, 'version' | 'prefixLength' | 'network'>): string {
  return `${formatAddress(cidr.version, cidr.network)}/${cidr.prefixLength}`;
}

/** Makes a canonical Cidr from a network value and prefix (clearing host bits). */
export function cidrOf(version: IpVersion, network: bigint, prefixLength: number): Cidr {
  const canonical = network & networkMask(version, prefixLength);
  return { version, prefixLength, network: canonical, address: canonical };
}

/**
 * Parses `address/prefix` strictly. The address must be dotted-quad IPv4 or hexadecimal IPv6; the
 * prefix a decimal 0–32 or 0–128 without sign, spaces or leading zeros. Host bits may be set: the
 * result keeps what was written in `address` and the canonical block in `network`, as AWS does.
 */
export function parseCidr(text: string): CidrParse {
  const fail = (code: string, message: string): CidrParse => ({ ok: false, code, message });
  if (text.trim() === '')
    return fail('cidr_empty', 'The CIDR is empty; write an address and prefix like 10.0.0.0/16.');
  if (/\s/.test(text)) {
    return fail(
      'cidr_whitespace',
      `"${text}" contains whitespace; write the CIDR without spaces, like ${text.replace(/\s+/g, '')}.`,
    );
  }
  const slash = text.indexOf('/');
  if (slash === -1) {
    // Say what is wrong with the address first: "garbage/24" would be no better.
    const address = text.includes(':') ? parseIPv6(text) : parseIPv4(text);
    if (!address.ok) return address;
    return fail(
      'cidr_missing_prefix',
      `"${text}" has no prefix length; add one, like ${text}/${text.includes(':') ? '64' : '24'}.`,
    );
  }
  const addressText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const version: IpVersion = addressText.includes(':') ? 6 : 4;
  const bits = ADDRESS_BITS[version];
  if (!/^\d+$/.test(prefixText)) {
    return fail(
      prefixText === '' ? 'cidr_missing_prefix' : 'cidr_invalid_prefix',
      `the prefix length in "${text}" is ${prefixText === '' ? 'empty' : `"${prefixText}"`}; it is a whole number 0–${bits} for IPv${version}.`,
    );
  }
  if (prefixText.length > 1 && prefixText.startsWith('0')) {
    return fail(
      'cidr_prefix_leading_zero',
      `the prefix length in "${text}" has a leading zero; write /${Number(prefixText)}.`,
    );
  }
  const prefixLength = Number(prefixText);
  if (prefixLength > bits) {
    return fail(
      'cidr_prefix_out_of_range',
      `the prefix length /${prefixText} in "${text}" is out of range; IPv${version} prefixes are /0 to /${bits}.`,
    );
  }
  const parsed = version === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
  if (!parsed.ok) return parsed;
  if (version === 6 && prefixLength >= 96 && parsed.value >> 32n === 0xffffn) {
    return fail(
      'ipv4_mapped_ipv6',
      `"${text}" lies inside ::ffff:0:0/96, the IPv4-mapped addresses; it stands for IPv4 ${formatIPv4(parsed.value & 0xffffffffn)} and cannot be a VPC or subnet CIDR. Give the IPv4 CIDR itself.`,
    );
  }
  const network = parsed.value & networkMask(version, prefixLength);
  return { ok: true, value: { version, prefixLength, network, address: parsed.value } };
}

/**
 * Reads a CIDR written in awscalc's own source (a constant). Unlike `parseCidr` it accepts any
 * well-formed block, the IPv4-mapped range included (the rules name it to refuse it); a malformed
 * one throws, as a programmer error.
 */
export function knownCidr(text: string): Cidr {
  const [addressText = '', prefixText = ''] = text.split('/');
  const version: IpVersion = addressText.includes(':') ? 6 : 4;
  const address = version === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
  const prefixLength = Number(prefixText);
  if (!address.ok || !/^\d+$/.test(prefixText) || prefixLength > ADDRESS_BITS[version]) {
    throw new Error(`awscalc constant "${text}" is not a CIDR`);
  }
  return cidrOf(version, address.value, prefixLength);
}

/** True when the two blocks share at least one address (always false across families). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.version === b.version && a.network <= lastAddress(b) && b.network <= lastAddress(a);
}

/** True when `outer` contains every address of `inner`. */
export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return (
    outer.version === inner.version &&
    outer.network <= inner.network &&
    lastAddress(inner) <= lastAddress(outer)
  );
}
