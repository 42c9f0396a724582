import { calculatorEntry, formatUsd, type S3MultipartPlan } from '@awscalc/core';
import { UsageError } from '../../command.ts';
import { defineCommand } from '../../declare.ts';
import { pairs } from '../../output.ts';
import { bytes, grouped, SIZE_HELP } from './format.ts';

/** `awscalc s3 multipart`: single PUT or multipart, part size and count, requests and their cost. */
export const multipartCommand = defineCommand<S3MultipartPlan>({
  name: 'multipart',
  entry: calculatorEntry('s3.multipart'),
  usage: '[<size>]',
  positionals: { min: 0, max: 1, describe: 'at most one object size (or --object-size)' },
  about: `Limits (docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html, upload-objects.html, UsingObjects.html):
a single PUT uploads up to 5 GB (read as 5 GiB, 5,368,709,120 bytes); parts are 5 MiB to 5 GiB (the
last part may be smaller); at most 10,000 parts; the largest object is 10,000 × 5 GiB = 50,000 GiB
(48.8 TiB, which AWS calls 50 TB). AWS suggests multipart from 100 MB. An object above the maximum or
a part size outside 5 MiB–5 GiB is a problem (exit 1).

The part size is your preference (default: the AWS CLI's 8 MiB multipart_chunksize). When the object
would need more than 10,000 parts at that size, the part size is raised to ⌈size ÷ 10,000⌉ rounded up
to a whole MiB, so parts stay MiB-aligned and the value can be given to a client as e.g. 525MiB.
The object size is --object-size or the positional argument.

${SIZE_HELP}`,
  examples: [
    'awscalc s3 multipart --object-size 5TiB',
    'awscalc s3 multipart --object-size 5TiB --part-size 8MiB --json',
    'awscalc s3 multipart 60TB',
    'awscalc s3 multipart --object-size 50TB --units decimal',
  ],
  // `--size` became `--object-size`: EBS's `--size` is a volume's GiB, and one flag cannot mean both.
  formerly: { size: 'objectSize' },
  input: (context) => {
    const fromFlags = context.fromFields;
    const [size] = context.positionals;
    if (size !== undefined && fromFlags.objectSize !== undefined)
      throw new UsageError(
        `give the object size once: --object-size ${String(fromFlags.objectSize)} or ${size}`,
      );
    if (size === undefined && fromFlags.objectSize === undefined)
      throw new UsageError('give the object size, e.g. --object-size 5TiB');
    return size === undefined ? fromFlags : { ...fromFlags, objectSize: size };
  },
  render: (value) => {
    const yesNo = (flag: boolean) => (flag ? 'yes' : 'no');
    const rows: Array<readonly [string, string]> = [
      ['Object size', bytes(value.objectBytes)],
      ['Single PUT allowed', `${yesNo(value.singlePutAllowed)} (limit ${bytes(value.singlePutMaxBytes)})`],
      ['Multipart required', yesNo(value.multipartRequired)],
      ['Multipart recommended', `${yesNo(value.multipartRecommended)} (AWS: from 100 MB)`],
    ];
    if (value.partSizeBytes !== null) {
      const line = value.cost?.lines[0];
      rows.push(
        ['Smallest valid part size', bytes(value.minPartSizeBytes)],
        ['Preferred part size', bytes(value.preferredPartSizeBytes)],
        ['Part size to use', `${bytes(value.partSizeBytes)}${value.partSizeAdjusted ? '  (adjusted)' : ''}`],
        ['Parts', grouped(value.partCount ?? 0)],
        ['Last part', bytes(value.lastPartSizeBytes)],
        ['Largest object at this part size', bytes(value.maxObjectBytesAtPartSize)],
        [
          'AWS CLI, adjusting by itself',
          value.awsCli
            ? `${bytes(value.awsCli.partSizeBytes)} × ${grouped(value.awsCli.partCount)} parts (doubles its part size until ≤ 10,000 parts)`
            : '—',
        ],
        [
          'Requests',
          `${grouped(value.requests?.total ?? 0)} (1 Create + ${grouped(value.requests?.uploadPart ?? 0)} UploadPart + 1 Complete)`,
        ],
        [
          'Request cost',
          `${formatUsd(value.cost?.totalUsd ?? '0')} at ${line?.unitPriceUsd ?? '?'} USD per 1,000 (${value.storageClass}, ${value.region}, as of ${line?.asOf ?? '?'})`,
        ],
      );
    }
    rows.push(['Largest S3 object', bytes(value.maxObjectBytes)]);
    return [pairs(rows)];
  },
});
