import type { z } from 'zod';
import { pricesField } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { s3SizeField, s3StorageClassField, s3UnitsField } from './s3Inputs.ts';
import { S3_STORAGE_CLASS_IDS } from './s3StorageClasses.ts';

const objectSizeField = s3SizeField({
  label: 'Object size',
  flag: 'object-size',
  param: 'object-size',
  unit: 'bytes',
  description:
    'Size of the object to upload: bytes, or a number and unit (5TiB, 6GB, 750MiB), read per Units.',
  example: '5 TiB',
});
const partSizeField = s3SizeField({
  label: 'Part size',
  flag: 'part-size',
  param: 'part-size',
  unit: 'bytes',
  description:
    "Preferred part size (default 8 MiB, the AWS CLI's); raised when the object would need more than 10,000 parts; outside 5 MiB–5 GiB is a problem.",
  example: '8 MiB',
});

export const S3MultipartPlanInput = inputObject({
  objectSize: objectSizeField.schema,
  partSize: partSizeField.schema.optional(),
  units: s3UnitsField,
  storageClass: s3StorageClassField({
    label: 'Storage class',
    flag: 'storage-class',
    param: 'storage-class',
    description: `Class the object is uploaded to: its PUT request price applies (${S3_STORAGE_CLASS_IDS.join(', ')}). Default STANDARD.`,
    example: 'STANDARD_IA',
  }).default('STANDARD'),
  prices: pricesField('s3.standard.put=0.0055'),
}).superRefine((input, context) => {
  // The sizes are read once the units are known; the calculator reads the same text again with `read`.
  objectSizeField.parse(input.objectSize, input.units, context, 'objectSize');
  if (input.partSize !== undefined) partSizeField.parse(input.partSize, input.units, context, 'partSize');
});
export type S3MultipartPlanInput = z.input<typeof S3MultipartPlanInput>;

/** A validated input with its sizes in bytes, and the object size as typed (for the SI hint). */
export function readMultipartInput(raw: z.output<typeof S3MultipartPlanInput>) {
  return {
    ...raw,
    size: objectSizeField.read(raw.objectSize, raw.units),
    partSize: raw.partSize === undefined ? undefined : partSizeField.read(raw.partSize, raw.units),
    sizeText: String(raw.objectSize),
  };
}
