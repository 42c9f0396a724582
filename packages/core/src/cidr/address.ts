/**
 * Strict IPv4 and IPv6 address text ⇄ bigint. Strict on purpose: `010.0.0.1` means 8.0.0.1 to
 * inet_aton and 10.0.0.1 to Terraform, so any string two parsers could read differently is refused
 * with a message that says why, rather than guessed at (see CVE-2021-28918, CVE-2021-29921).
 */
export type IpVersion = 4 | 6;

export type AddressParse =
  | { readonly ok: true; readonly value: bigint }
  | { readonly ok: false; readonly code: string; readonly message: string };

export const ADDRESS_BITS = { 4: 32, 6: 128 } as const satisfies Record<IpVersion, number>;

const fail = (code: string, message: string): AddressParse => ({ ok: false, code, message });

/** Parses dotted-quad IPv4: exactly four decimal octets 0–255, no leading zeros, nothing else. */
export function parseIPv4(text: string): AddressParse {
  const parts = text.split('.');
  if (parts.length !== 4) {
    return fail(
      'ipv4_not_four_octets',
      `"${text}" has ${parts.length} dot-separated part${parts.length === 1 ? '' : 's'}; an IPv4 address is four decimal octets like 10.0.0.0 (shorthand such as 127.1 is not accepted because parsers disagree on it).`,
    );
  }
  let value = 0n;
  for (const [index, part] of parts.entries()) {
    if (part === '')
      return fail('ipv4_empty_octet', `octet ${index + 1} of "${text}" is empty; write four octets 0–255.`);
    if (/^0x/i.test(part)) {
      return fail(
        'ipv4_hex_octet',
        `octet ${index + 1} of "${text}" is hexadecimal ("${part}"); write it in decimal (0–255).`,
      );
    }
    if (!/^\d+$/.test(part)) {
      return fail(
        'ipv4_invalid_octet',
        `octet ${index + 1} of "${text}" is "${part}"; each octet is a decimal number 0–255.`,
      );
    }
    if (part.length > 1 && part.startsWith('0')) {
      return fail(
        'ipv4_leading_zero',
        `octet ${index + 1} of "${text}" has a leading zero ("${part}"), which some parsers read as octal; write ${String(Number.parseInt(part, 10))} (or ${String(Number.parseInt(part, 8) || 0)} if octal was meant).`,
      );
    }
    const octet = Number(part);
    if (octet > 255)
      return fail('ipv4_octet_out_of_range', `octet ${index + 1} of "${text}" is ${part}; octets are 0–255.`);
    value = (value << 8n) | BigInt(octet);
  }
  return { ok: true, value };
}

/** Parses IPv6 text (RFC 4291 hex groups with at most one `::`). Embedded IPv4 and zones are refused. */
export function parseIPv6(text: string): AddressParse {
  if (text.includes('%')) {
    return fail(
      'ipv6_zone',
      `"${text}" has a zone index (%…), which names an interface, not a network; remove it.`,
    );
  }
  if (text.includes('.')) {
    // Mixed notation (x:x:…:a.b.c.d). Read it only to say precisely what it is, then refuse it.
    const lastColon = text.lastIndexOf(':');
    const ipv4 = parseIPv4(text.slice(lastColon + 1));
    const asHex = ipv4.ok
      ? parseIPv6(
          `${text.slice(0, lastColon + 1)}${(ipv4.value >> 16n).toString(16)}:${(ipv4.value & 0xffffn).toString(16)}`,
        )
      : undefined;
    return asHex?.ok && asHex.value >> 32n === 0xffffn
      ? fail(
          'ipv4_mapped_ipv6',
          `"${text}" is an IPv4-mapped IPv6 address (::ffff:a.b.c.d); it stands for an IPv4 address and cannot be a VPC or subnet CIDR. Give the IPv4 CIDR itself.`,
        )
      : fail(
          'ipv6_embedded_ipv4',
          `"${text}" embeds an IPv4 address in IPv6 notation; write the IPv6 address in hexadecimal groups (or give the IPv4 CIDR itself).`,
        );
  }
  const halves = text.split('::');
  if (halves.length > 2)
    return fail(
      'ipv6_multiple_double_colon',
      `"${text}" has more than one "::"; only one run of zero groups may be compressed.`,
    );
  const head = halves[0] === '' ? [] : (halves[0] ?? '').split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : (halves[1] ?? '').split(':')) : [];
  const groups = halves.length === 2 ? head.length + tail.length : head.length;
  if (halves.length === 1 && groups !== 8) {
    return fail(
      'ipv6_group_count',
      `"${text}" has ${groups} groups; an IPv6 address has 8 (or fewer with one "::").`,
    );
  }
  if (halves.length === 2 && groups > 7) {
    return fail(
      'ipv6_group_count',
      `"${text}" has ${groups} groups besides "::"; at most 7 may be written when "::" is used.`,
    );
  }
  let value = 0n;
  const readGroups = (list: string[]): AddressParse | undefined => {
    for (const group of list) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) {
        return fail(
          'ipv6_invalid_group',
          group === ''
            ? `"${text}" has an empty group (a lone ":" at the start or end, or ":::"); each group is 1–4 hex digits.`
            : `"${text}" has the group "${group}"; each group is 1–4 hexadecimal digits.`,
        );
      }
      value = (value << 16n) | BigInt(Number.parseInt(group, 16));
    }
    return undefined;
  };
  const headProblem = readGroups(head);
  if (headProblem) return headProblem;
  // The head fills the top groups; the tail, read separately, fills the bottom ones.
  const headValue = value << (16n * BigInt(8 - head.length));
  value = 0n;
  const tailProblem = readGroups(tail);
  if (tailProblem) return tailProblem;
  return { ok: true, value: headValue | value };
}

/** Formats a 32-bit value as dotted-quad IPv4. */
export function formatIPv4(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
}

/**
 * Formats a 128-bit value as RFC 5952 text: lowercase, no leading zeros, the longest run of two or
 * more zero groups (the first on a tie) compressed to `::`, a single zero group left as `0`.
 */
export function formatIPv6(value: bigint): string {
  const groups: number[] = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number((value >> shift) & 0xffffn));
  let bestStart = -1;
  let bestLength = 0;
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestLength < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** Formats an address of either family. */
export function formatAddress(version: IpVersion, value: bigint): string {
  return version === 4 ? formatIPv4(value) : formatIPv6(value);
}
