import { z } from 'zod';
import { field, type FieldMeta, metaOf } from '../input/fieldMeta.ts';
import { numberField, refuse } from '../input/fields.ts';
import { inputObject } from '../input/inputObject.ts';
import { EBS_MAX_DEMAND, EBS_MAX_PERIOD_SECONDS, EBS_MAX_PERIODS, ebsParseDemand } from './ebsDemand.ts';
import { ebsCreditBalanceField, ebsInstanceField, ebsSizeField, ebsTypeField } from './ebsSchemas.ts';
import { EBS_BURSTABLE_TYPES } from './ebsVolumeTraits.ts';

// The input of `ebsBurstSimulation`: a burstable volume, the workload as rate:duration periods (text
// or array), how often it repeats, the starting balance and an optional instance cap.

const MAX_ROWS = 20_000;

type EbsBurstableType = (typeof EBS_BURSTABLE_TYPES)[number];
const isBurstable = (type: string): type is EbsBurstableType =>
  (EBS_BURSTABLE_TYPES as readonly string[]).includes(type);

const periodSchema = z.strictObject({
  demand: z
    .number({ error: 'Each period needs a demanded rate (IOPS for gp2, MiB/s for st1/sc1), e.g. 2500.' })
    .min(0, 'A demanded rate cannot be negative.')
    .max(EBS_MAX_DEMAND, 'A demanded rate beyond 1e9 is beyond any EBS volume.'),
  seconds: z
    .number({ error: 'Each period needs a duration in seconds, e.g. 600.' })
    .positive('A period lasts more than 0 seconds.')
    .max(
      EBS_MAX_PERIOD_SECONDS,
      'A period longer than 1e9 seconds (31 years) is beyond a useful simulation.',
    ),
});

const WORKLOAD_META: FieldMeta = {
  label: 'Demand',
  flag: 'demand',
  param: 'demand',
  description:
    'Periods as RATE:DURATION, comma-separated (IOPS for gp2, MiB/s for st1/sc1); durations in seconds or with units s, m, h, d.',
  example: '2500:600,200:3600',
};

/** The workload: text like `2500:600,200:3600` (parsed by `ebsParseDemand`), or an array of `{ demand, seconds }`. */
const workloadField = field(
  z.preprocess(
    (value, context) => {
      if (typeof value !== 'string') return value;
      const parsed = ebsParseDemand(value);
      if (parsed.ok) return parsed.periods;
      return refuse(context, parsed.code, parsed.message);
    },
    z
      .array(periodSchema, {
        error: `${WORKLOAD_META.label} is rate:duration pairs, e.g. ${WORKLOAD_META.example}.`,
      })
      .min(1, 'Describe at least one period, e.g. 2500:600.')
      .max(
        EBS_MAX_PERIODS,
        `${WORKLOAD_META.label} has at most ${EBS_MAX_PERIODS.toLocaleString('en-US')} periods.`,
      ),
  ),
  WORKLOAD_META,
);

export const EbsBurstSimulationInput = inputObject({
  type: field(
    ebsTypeField.transform((type, context): EbsBurstableType =>
      isBurstable(type)
        ? type
        : refuse(
            context,
            'type_not_burstable',
            `Volume type ${type} has no credit bucket to simulate: choose gp2 (I/O credits), st1 or sc1 (throughput credits). gp3, io1 and io2 deliver their provisioned figures steadily.`,
          ),
    ),
    {
      ...metaOf(ebsTypeField)!,
      description: 'A type with a credit bucket: gp2 (I/O credits), st1 or sc1 (throughput credits).',
      example: 'gp2',
    },
  ),
  sizeGiB: ebsSizeField,
  periods: workloadField,
  /** How many times the workload runs back to back (default 1). */
  repeat: numberField(
    {
      label: 'Repeat',
      flag: 'repeat',
      param: 'repeat',
      description: 'Run the workload this many times back to back (default 1).',
      example: '3',
    },
    { min: 1, max: 10_000, integer: true },
  ).default(1),
  /** The credit balance when the workload starts (CloudWatch BurstBalance): the volume calculator's field. */
  creditBalancePercent: ebsCreditBalanceField.default(100),
  instance: ebsInstanceField,
}).refine((input) => input.periods.length * input.repeat <= MAX_ROWS, {
  error: `The workload is too long to list: periods × repeat must be at most ${MAX_ROWS.toLocaleString('en-US')}.`,
  path: ['repeat'],
  params: { code: 'workload_too_long' },
});
export type EbsBurstSimulationInput = z.input<typeof EbsBurstSimulationInput>;
