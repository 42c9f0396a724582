import { z } from 'zod';
import { type FieldMeta, field } from '../input/fieldMeta.ts';
import { MAX_FIELD_TEXT, monthHoursField, numberField, pricesField, tooLong } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { s3SizeField, s3StorageClassField, s3UnitsField } from './s3Inputs.ts';
import { S3_STORAGE_CLASS_IDS } from './s3StorageClasses.ts';
import { formatNumber } from '../input/formatNumber.ts';

/** Counts of objects and requests: whole numbers, with k/M/B/T suffixes (`10M`). */
const count = (meta: FieldMeta) => numberField(meta, { min: 0, max: 1e18, integer: true, suffixes: true });

const averageSize = s3SizeField({
  label: 'Average object size',
  flag: 'average-size',
  param: 'average-size',
  unit: 'bytes',
  description:
    'Read per Units (every object is taken to be this size); give it with Objects, or give Total size instead.',
  example: '256 KB',
});
const totalSize = s3SizeField(
  {
    label: 'Total size',
    flag: 'total-size',
    param: 'total-size',
    unit: 'bytes',
    description: 'All objects together, instead of Average object size; with Objects the average is derived.',
    example: '10 TB',
  },
  { allowZero: true, total: true },
);
const retrievedSize = s3SizeField(
  {
    label: 'Retrieved size',
    flag: 'retrieved-size',
    param: 'retrieved-size',
    unit: 'bytes/month',
    description: 'Data read back per month: retrieval fees apply in the IA and Glacier classes. Default 0.',
    example: '100 GB',
  },
  { allowZero: true, total: true },
);

const percent = (label: string) =>
  numberField(
    {
      label,
      flag: 'int-mix',
      param: 'int-mix',
      unit: '%',
      description: `${label}, in percent.`,
      example: '20',
    },
    { min: 0, max: 100 },
  );

const TIERING_META: FieldMeta = {
  label: 'Intelligent-Tiering split',
  flag: 'int-mix',
  param: 'int-mix',
  unit: '%',
  description:
    'Where Intelligent-Tiering keeps monitored objects (≥ 128 KB): percent Frequent, Infrequent, Archive Instant Access, totalling 100. Default 100,0,0.',
  example: '20,50,30',
};

/** `{ frequentPercent, … }`, or text `20,50,30` (three percentages, split on commas before each is read). */
const intelligentTiering = field(
  z.preprocess(
    (raw, context) => {
      if (typeof raw !== 'string') return raw;
      if (tooLong(context as z.RefinementCtx<unknown>, TIERING_META, raw, MAX_FIELD_TEXT)) return raw;
      const [frequentPercent, infrequentPercent, archiveInstantPercent, ...rest] = raw.split(',');
      return rest.length > 0 ? raw : { frequentPercent, infrequentPercent, archiveInstantPercent };
    },
    z.strictObject(
      {
        frequentPercent: percent('Frequent Access share').default(100),
        infrequentPercent: percent('Infrequent Access share').default(0),
        archiveInstantPercent: percent('Archive Instant Access share').default(0),
      },
      {
        error: `${TIERING_META.label}: give three percentages, Frequent, Infrequent, Archive Instant, e.g. ${TIERING_META.example}, or { frequentPercent, infrequentPercent, archiveInstantPercent }.`,
      },
    ),
  ),
  TIERING_META,
);

const CLASSES_META: FieldMeta = {
  label: 'Storage classes',
  flag: 'classes',
  param: 'classes',
  description: `Which classes to price, comma-separated (${S3_STORAGE_CLASS_IDS.join(', ')}); default all seven.`,
  example: 'STANDARD,STANDARD_IA',
};

/** A list of classes, or comma-separated text (as `--classes` carries it). */
const storageClasses = field(
  z.preprocess(
    (raw, context) => {
      if (typeof raw !== 'string') return raw;
      if (tooLong(context as z.RefinementCtx<unknown>, CLASSES_META, raw, MAX_FIELD_TEXT)) return raw;
      return raw.split(',').filter((part) => part.trim() !== '');
    },
    z
      .array(s3StorageClassField({ ...CLASSES_META, label: 'Storage class', example: 'STANDARD_IA' }), {
        error: `${CLASSES_META.label}: give a list, e.g. ${CLASSES_META.example}.`,
      })
      .min(1, `${CLASSES_META.label}: choose at least one, e.g. ${CLASSES_META.example}.`)
      .max(
        100,
        `${CLASSES_META.label}: list at most 100 (there are ${S3_STORAGE_CLASS_IDS.length} classes).`,
      ),
  ),
  CLASSES_META,
);

const fields = inputObject({
  objectCount: count({
    label: 'Objects',
    flag: 'objects',
    param: 'objects',
    unit: 'objects',
    description:
      'Number of objects stored (k/M/B suffixes allowed); needed for per-object minimums, overheads and fees.',
    example: '1M',
  }).optional(),
  averageObjectSize: averageSize.schema.optional(),
  totalSize: totalSize.schema.optional(),
  putRequests: count({
    label: 'PUT requests',
    flag: 'puts',
    param: 'puts',
    unit: 'requests/month',
    description: 'PUT, COPY, POST, LIST requests per month. Default 0.',
    example: '1M',
  }).default(0),
  getRequests: count({
    label: 'GET requests',
    flag: 'gets',
    param: 'gets',
    unit: 'requests/month',
    description: 'GET, SELECT and all other requests per month (DELETE and CANCEL are free). Default 0.',
    example: '10M',
  }).default(0),
  retrievedSize: retrievedSize.schema.optional(),
  retrievedObjects: count({
    label: 'Retrieved objects',
    flag: 'retrieved-objects',
    param: 'retrieved-objects',
    unit: 'objects/month',
    description:
      'Objects restored per month from Glacier Flexible Retrieval / Deep Archive (default: Retrieved size ÷ average object size).',
    example: '1000',
  }).optional(),
  deletedObjects: count({
    label: 'Deleted objects',
    flag: 'deleted',
    param: 'deleted',
    unit: 'objects/month',
    description: 'Objects deleted, overwritten or transitioned out per month. Default 0.',
    example: '100k',
  }).default(0),
  deletedAfterDays: numberField(
    {
      label: 'Age at deletion',
      flag: 'deleted-after-days',
      param: 'deleted-after-days',
      unit: 'days',
      description:
        "Age of the deleted objects when deleted: below a class's minimum storage duration the remaining days are billed.",
      example: '10',
    },
    { min: 0, max: 36_500 },
  ).optional(),
  intelligentTiering: intelligentTiering.default({
    frequentPercent: 100,
    infrequentPercent: 0,
    archiveInstantPercent: 0,
  }),
  storageClasses: storageClasses.optional(),
  units: s3UnitsField,
  monthHours: monthHoursField,
  prices: pricesField('s3.standard.put=0.0055'),
});

type Sink = { addIssue: z.RefinementCtx<unknown>['addIssue'] };
const issue = (context: Sink, key: string, code: string, message: string) =>
  context.addIssue({ code: 'custom', path: [key], message, params: { code } });

const SIZES = { averageObjectSize: averageSize, totalSize, retrievedSize } as const;

/**
 * The storage-cost input: the fields above, their sizes checked under the chosen Units, and the rules
 * that join fields. A refinement, not a transform, so the schema stays a plain object for the faces;
 * `readStorageCostInput` gives the calculator the sizes in bytes.
 */
export const S3StorageCostInput = fields.superRefine((raw, outer) => {
  let failed = false;
  const context: Sink = {
    addIssue: (entry) => {
      failed = true;
      outer.addIssue(entry);
    },
  };
  for (const [key, reader] of Object.entries(SIZES)) {
    const value = raw[key as keyof typeof SIZES];
    if (value !== undefined) reader.parse(value, raw.units, context, key);
  }
  if (failed) return;
  const input = readStorageCostInput(raw);
  if (raw.totalSize !== undefined && raw.averageObjectSize !== undefined)
    issue(
      context,
      'averageObjectSize',
      'dataset_ambiguous',
      'Give the dataset either as Objects + Average object size, or as Total size (optionally with Objects), not both sizes.',
    );
  if (raw.totalSize === undefined) {
    if (raw.averageObjectSize === undefined)
      issue(
        context,
        'averageObjectSize',
        'dataset_missing',
        'Give the dataset size: Objects and Average object size (e.g. 1M objects of 256 KB), or Total size (e.g. 10 TB).',
      );
    if (input.objectCount === undefined)
      issue(
        context,
        'objectCount',
        'dataset_missing',
        'Give the number of Objects with the Average object size (or give Total size instead).',
      );
  }
  if (input.totalSize !== undefined && input.totalSize > 0 && input.objectCount === 0)
    issue(
      context,
      'objectCount',
      'dataset_inconsistent',
      'A dataset with a Total size above 0 has at least one object; give the number of Objects or leave it out.',
    );
  const mix = input.intelligentTiering;
  const mixTotal = mix.frequentPercent + mix.infrequentPercent + mix.archiveInstantPercent;
  if (mixTotal !== 100)
    issue(
      context,
      'intelligentTiering',
      'tier_mix_invalid',
      `The Intelligent-Tiering split adds up to ${formatNumber(mixTotal)}%; the three shares must total 100%, e.g. 20,50,30.`,
    );
  if (input.deletedObjects > 0 && input.deletedAfterDays === undefined)
    issue(
      context,
      'deletedAfterDays',
      'deletion_age_missing',
      'Give the Age at deletion of the Deleted objects (in days), so minimum-duration charges can be worked out.',
    );
});
export type S3StorageCostInput = z.input<typeof S3StorageCostInput>;

/** A validated input with its sizes in bytes (Retrieved size 0 when not given). */
export function readStorageCostInput(raw: z.output<typeof fields>) {
  const bytes = (key: keyof typeof SIZES) => {
    const value = raw[key];
    return value === undefined ? undefined : SIZES[key].read(value, raw.units);
  };
  return {
    ...raw,
    averageObjectSize: bytes('averageObjectSize'),
    totalSize: bytes('totalSize'),
    retrievedSize: bytes('retrievedSize') ?? 0,
  };
}
export type S3StorageCostValues = ReturnType<typeof readStorageCostInput>;
