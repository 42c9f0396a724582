import { z } from 'zod';
import { excerpt } from '../input/excerpt.ts';
import { field, type FieldMeta, type InputField } from '../input/fieldMeta.ts';
import { choiceField, numberField, refuse, textField, tooLong } from '../input/fields.ts';
import { parseByteSize } from '../units/byteSize.ts';
import { EBS_VOLUME_TYPES } from './ebsLimits.ts';

/**
 * The EBS input fields, each with its label, flag, URL parameter and example, built on the shared
 * field builders: `12,000` is a number here as in every domain, and a message names the field by its
 * label. A key means one thing in every EBS calculator, so it has one flag and one parameter.
 */

const GIB = 1024 ** 3;

const TYPE_META: FieldMeta = {
  label: 'Volume type',
  flag: 'type',
  param: 'type',
  description: 'gp3, gp2, io2 (Block Express), io1, st1, sc1 or standard (magnetic).',
  example: 'gp3',
};
export const ebsTypeField = choiceField(TYPE_META, EBS_VOLUME_TYPES);

/**
 * A number, or text with a byte unit converted to `unit` (`2 TiB` → 2,048 GiB). EBS reads GB/TB as
 * GiB/TiB, so the binary convention applies. Plain numbers go to the shared number field unchanged.
 */
function withByteUnit<Number extends z.ZodType>(meta: FieldMeta, bytesPerUnit: number, number: Number) {
  return field(
    z.preprocess((value, context) => {
      if (typeof value !== 'string' || tooLong(context, meta, value)) return value;
      const text = value.trim();
      // A unit ends in a letter; a number (even `1e9`) ends in a digit.
      if (!/[a-z]$/i.test(text)) return value;
      const parsed = parseByteSize(text, 'binary');
      if (!parsed.ok)
        return refuse(
          context,
          'size_invalid',
          `${meta.label}: "${excerpt(text)}" is not a size; give ${meta.unit} (${meta.example}) or a number with a unit (2 TiB, 16 KiB).`,
        );
      return parsed.value / bytesPerUnit;
    }, number),
    meta,
  );
}

const SIZE_META: FieldMeta = {
  label: 'Size',
  flag: 'size',
  param: 'size',
  unit: 'GiB',
  description: 'Volume size in GiB, or with a unit (2 TiB); GB/TB are read as GiB/TiB, as EBS does.',
  example: '100',
};
/** A volume size in whole GiB. The per-type range (gp3 1–65,536 GiB…) is a problem with the nearest valid size, not an input error. */
export const ebsSizeField = withByteUnit(
  SIZE_META,
  GIB,
  numberField(SIZE_META, { min: 1, max: 1_048_576, integer: true }),
);

const IO_SIZE_META: FieldMeta = {
  label: 'I/O size',
  flag: 'io-size',
  param: 'io-size',
  unit: 'KiB',
  description:
    "The workload's I/O size in KiB, or with a unit (16 KiB, 1 MiB); throughput is capped at IOPS × I/O size.",
  example: '16',
};
export const ebsIoSizeField = withByteUnit(
  IO_SIZE_META,
  1024,
  // 512 bytes, a disk sector, is the smallest I/O a volume serves; below it (5e-324 KiB) the
  // arithmetic of I/Os per MiB leaves the range of doubles.
  numberField(IO_SIZE_META, { min: 0.5, max: 1024 * 1024 }),
);

export const ebsIopsField = numberField(
  {
    label: 'IOPS',
    flag: 'iops',
    param: 'iops',
    description: 'Provisioned IOPS: gp3 (3,000–80,000, default 3,000), io1 and io2 (required).',
    example: '3000',
  },
  { min: 1, max: 1e9, integer: true },
);

export const ebsThroughputField = numberField(
  {
    label: 'Throughput',
    flag: 'throughput',
    param: 'throughput',
    unit: 'MiB/s',
    description: 'Provisioned throughput in MiB/s: gp3 only (125–2,000, default 125).',
    example: '125',
  },
  { min: 1, max: 1e9, integer: true },
);

export const ebsCreditBalanceField = numberField(
  {
    label: 'Credit balance',
    flag: 'balance',
    param: 'balance',
    unit: '%',
    description:
      'gp2/st1/sc1: the current credit balance in % of the bucket (CloudWatch BurstBalance); default 100.',
    example: '40',
  },
  { min: 0, max: 100 },
);

export const ebsVolumeCountField = (options: { min: number; max: number; example: string }) =>
  numberField(
    {
      label: 'Volumes',
      // Not `--count`: that is the CIDR commands' number of blocks; `--count` is still read by the EBS commands.
      flag: 'volume-count',
      param: 'volume-count',
      description: 'How many identical volumes.',
      example: options.example,
    },
    { min: options.min, max: options.max, integer: true },
  );

const INSTANCE_META: FieldMeta = {
  label: 'Instance',
  flag: 'instance',
  param: 'instance',
  description:
    'A bundled instance type (list: awscalc ebs instances) whose EBS limits cap the volume; or type the limits in.',
  example: 'm6i.large',
};
const ebsInstanceIopsMeta: FieldMeta = {
  label: 'Instance EBS maximum IOPS',
  flag: 'instance-iops',
  param: 'instance-iops',
  description: "Cap by an instance's EBS maximum IOPS you type in.",
  example: '40000',
};
const ebsInstanceThroughputMeta: FieldMeta = {
  label: 'Instance EBS maximum throughput',
  flag: 'instance-throughput',
  param: 'instance-throughput',
  unit: 'MiB/s',
  description: "Cap by an instance's EBS maximum throughput in MiB/s you type in.",
  example: '1192',
};

/** The instance: a bundled type name (`m6i.large`), or `{ name?, maxIops?, maxThroughputMiBps? }`. */
export const ebsInstanceField = field(
  z.preprocess(
    (value) => (typeof value === 'string' ? { name: value } : value),
    z
      .strictObject(
        {
          name: textField(
            { ...INSTANCE_META, label: 'Instance type' },
            { max: 100, allowEmpty: true },
          ).optional(),
          maxIops: numberField(ebsInstanceIopsMeta, { above: 0, max: 1e9, integer: true }).optional(),
          maxThroughputMiBps: numberField(ebsInstanceThroughputMeta, { above: 0, max: 1e12 }).optional(),
        },
        {
          error:
            'The instance is a bundled type name (e.g. m6i.large) or { name } or { maxIops, maxThroughputMiBps } typed in.',
        },
      )
      .optional(),
  ),
  INSTANCE_META,
);

export type EbsInstanceInput = z.output<typeof ebsInstanceField>;

/**
 * The two typed-in instance limits, nested in `instance` (so not top-level fields), described like
 * fields so the CLI's `--instance-iops` / `--instance-throughput` and the web's inputs share them.
 */
export const EBS_INSTANCE_LIMIT_FIELDS: readonly InputField[] = [
  { key: 'maxIops', required: false, ...ebsInstanceIopsMeta },
  { key: 'maxThroughputMiBps', required: false, ...ebsInstanceThroughputMeta },
];
