import { calculatorEntry, type DynamoItemSize } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { pairs, rows } from '../../output.ts';
import { num } from './format.ts';

const ATTRIBUTE_TYPES = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'L', 'M', 'SS', 'NS', 'BS']);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The item inside `aws dynamodb get-item` output ({"Item": {...}, "ConsumedCapacity": {...}}), or the
 * input unchanged. An item that merely has an attribute named "Item" ({"Item": {"S": "book"}}) is an
 * item, not get-item output: its "Item" is an AttributeValue.
 */
function getItemOutputItem(input: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    return input; // the calculator reports the JSON error
  }
  if (!isObject(parsed) || !isObject(parsed.Item)) return input;
  const envelope = Object.keys(parsed).every((key) => key === 'Item' || key === 'ConsumedCapacity');
  const inner = Object.keys(parsed.Item);
  const itemIsAttributeValue = inner.length === 1 && ATTRIBUTE_TYPES.has(inner[0]!);
  return envelope && !itemIsAttributeValue ? parsed.Item : input;
}

/** `awscalc dynamodb item-size`: an item's size by AWS's rules and what one read or write of it costs. */
export const itemSizeCommand = defineCommand<DynamoItemSize>({
  name: 'item-size',
  entry: calculatorEntry('dynamodb.item-size'),
  // `--format` became `--item-format`: vpc plan's --format is the export file, a different idea.
  formerly: { format: 'itemFormat' },
  about: `Measures an item by AWS's rules (attribute names and strings in UTF-8 bytes; numbers ~1 byte per two
significant digits + 1; binary as raw bytes; booleans/nulls 1 byte; lists and maps 3 bytes + 1 per
element; sets the sum of their elements) and reports the read units per read (4 KB steps: strongly
consistent 1, eventually ½, transactional 2 per step), write units per write (1 KB steps; transactional
2 per step), the bytes billed for storage (+100 B per item, +48 B for global tables), and a problem when
the item is over 400 KB (409,600 bytes), naming its largest attributes (exit 1). 1 KB = 1,024 bytes.

--item - reads the item from stdin; the output of \`aws dynamodb get-item\` ({"Item": {...}}) works as is.
At most 1 MiB (1,048,576 characters) of item text is read.`,
  examples: [
    `awscalc dynamodb item-size --item '{"pk":{"S":"user#1"},"n":{"N":"42"}}'`,
    `awscalc dynamodb item-size --plain --item '{"pk":"user#1","tags":["a","b"]}' --json`,
    `aws dynamodb get-item --table-name t --key '{"pk":{"S":"1"}}' | awscalc dynamodb item-size --item -`,
  ],
  extraFlags: {
    plain: {
      type: 'boolean',
      description:
        'the same as --item-format plain: ordinary JSON ({"pk":"user#1","n":42}; numbers are read as JavaScript numbers, ~17 significant digits)',
    },
  },
  input: async ({ flags, io, fromFields }) => {
    const given = fromFields.item;
    if (given === undefined)
      throw new UsageError("give the item with --item '<json>' (or --item - to read stdin)");
    if (flags.plain === true && fromFields.itemFormat !== undefined && fromFields.itemFormat !== 'plain')
      throw new UsageError(
        `--plain and --item-format ${String(fromFields.itemFormat)} ask for different formats; give one`,
      );
    let item = String(given);
    if (item === '-') {
      item = await io.readStdin();
      if (item.trim() === '') throw new UsageError('--item - reads the item from stdin, but stdin was empty');
    }
    const itemFormat = flags.plain === true ? 'plain' : fromFields.itemFormat;
    // `aws dynamodb get-item` prints {"Item": {...}}; measure the item inside.
    return {
      ...fromFields,
      item: itemFormat === 'plain' ? item : getItemOutputItem(item),
      ...(itemFormat ? { itemFormat } : {}),
    };
  },
  render: (value) => [
    pairs([
      ['Item size', `${num(value.sizeBytes)} bytes (${num(value.sizeKB)} KB, 1 KB = 1,024 bytes)`],
      [
        'Read units per read',
        `${value.units.read.strong} strong, ${value.units.read.eventual} eventual, ${value.units.read.transactional} transactional`,
      ],
      [
        'Write units per write',
        `${value.units.write.standard} standard, ${value.units.write.transactional} transactional`,
      ],
      [
        'Storage billed per item',
        `${num(value.storage.bytesPerItem)} bytes (+${value.storage.overheadBytes} B overhead)`,
      ],
      ['Limit', `${num(value.maxItemBytes)} bytes (400 KB)`],
    ]),
    rows(
      ['Attribute', 'Type', 'Name B', 'Value B', 'Total B'],
      value.attributes.map((a) => [a.name, a.type, String(a.nameBytes), num(a.valueBytes), num(a.bytes)]),
    ),
  ],
});
