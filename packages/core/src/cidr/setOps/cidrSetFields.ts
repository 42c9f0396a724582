import { numberField } from '../../input/fields.ts';
import { CIDR_FIELD_META, cidrField } from '../cidrSchema.ts';
import { addressField, cidrListField, prefixLengthField } from './cidrListField.ts';

/**
 * The fields of the CIDR set operations, once: a key means the same thing (label, flag, URL
 * parameter) in every operation that takes it, e.g. `prefixLength` is `--prefix-length` in both
 * split and free.
 */

export const cidrsField = cidrListField({
  label: 'CIDR blocks',
  flag: 'cidrs',
  param: 'cidrs',
  description: 'CIDR blocks, IPv4 and IPv6 mixed; blank entries and # comments are ignored.',
  example: '10.0.0.0/25',
  repeatable: true,
});

export const fromField = cidrListField({
  label: 'From blocks',
  flag: 'from',
  param: 'from',
  description: 'The blocks to keep what remains of.',
  example: '10.0.0.0/16',
  repeatable: true,
});

export const removeField = cidrListField({
  label: 'Blocks to remove',
  flag: 'remove',
  param: 'remove',
  description: 'The blocks to take out of the From blocks; they may lie partly or wholly outside them.',
  example: '10.0.0.0/24',
  repeatable: true,
});

export const containersField = cidrListField({
  label: 'Containing blocks',
  flag: 'in',
  param: 'in',
  description: 'The blocks whose union must cover every block checked.',
  example: '10.0.0.0/16',
  repeatable: true,
});

export const candidatesField = cidrListField({
  label: 'Blocks to check',
  flag: 'candidates',
  param: 'candidates',
  description: 'The blocks that must lie inside the Containing blocks.',
  example: '10.0.1.0/24',
  repeatable: true,
});

export const usedField = cidrListField({
  label: 'Used blocks',
  flag: 'used',
  param: 'used',
  description: 'Blocks already in use; they may lie partly outside the parent, other families are ignored.',
  example: '10.0.0.0/24',
  repeatable: true,
});

export const cidrInput = cidrField(CIDR_FIELD_META);

export const parentField = cidrField({
  label: 'Parent block',
  flag: 'parent',
  param: 'parent',
  description: 'The block to search for free space.',
  example: '10.0.0.0/16',
});

export const prefixLengthInput = prefixLengthField({
  label: 'New prefix length',
  flag: 'prefix-length',
  param: 'prefix-length',
  description: 'The size of each block wanted, as a prefix length: /24 or 24.',
  example: '/24',
});

export const blockCountField = numberField(
  {
    label: 'Count',
    flag: 'count',
    param: 'count',
    unit: 'blocks',
    description: 'How many free blocks to find (default 1).',
    example: '3',
  },
  { min: 1, max: 65_536, integer: true },
);

export const firstAddressField = addressField({
  label: 'First address',
  flag: 'first',
  param: 'first',
  description: 'The first address of the range (included).',
  example: '10.0.0.0',
});

export const lastAddressField = addressField({
  label: 'Last address',
  flag: 'last',
  param: 'last',
  description: 'The last address of the range (included).',
  example: '10.0.2.255',
});
