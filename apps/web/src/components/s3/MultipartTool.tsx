import { formatUsd, run, S3_SIZE_CONVENTION, S3_STORAGE_CLASSES, s3MultipartPlan } from '@awscalc/core';
import { useMemo } from 'react';
import { InputField, useFieldParam } from '../InputField.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { MULTIPART_FIELDS as FIELDS } from './fields.ts';
import { bytes, given, grouped } from './format.ts';
import { SelectField } from '../SelectField.tsx';
import { UnitsSelect } from './UnitsSelect.tsx';

const SHOWN: readonly string[] = Object.values(FIELDS).map((field) => field.key);

/** Object size → single PUT or multipart, part size, part count, last part, requests and their cost. */
export function MultipartTool({
  units,
  onUnitsChange,
}: {
  units: string;
  onUnitsChange: (units: string) => void;
}) {
  const [size, setSize] = useFieldParam(FIELDS.objectSize, '5 TiB', { formerly: ['size'] });
  const [partSize, setPartSize] = useFieldParam(FIELDS.partSize, '8 MiB', { formerly: ['part'] });
  const [storageClass, setStorageClass] = useFieldParam(FIELDS.storageClass, 'STANDARD', {
    formerly: ['mpclass'],
  });
  const result = useMemo(
    () =>
      run(s3MultipartPlan, {
        objectSize: size,
        ...given('partSize', partSize),
        storageClass,
        units,
      }),
    [size, partSize, storageClass, units],
  );
  const issues = result.ok ? [] : result.issues;
  const plan = result.ok ? result.value : null;
  return (
    <section aria-labelledby="s3-multipart-title" className="s3-tool">
      <h2 id="s3-multipart-title">Multipart upload plan</h2>
      <p className="lede">
        Single PUT up to 5 GiB (AWS writes &ldquo;5 GB&rdquo;); parts of 5 MiB–5 GiB (the last may be
        smaller); at most 10,000 parts; objects up to 50,000 GiB (48.8 TiB, &ldquo;50 TB&rdquo;). Sizes:{' '}
        {S3_SIZE_CONVENTION}.
      </p>
      <div className="row">
        <InputField
          field={FIELDS.objectSize}
          value={size}
          onChange={setSize}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.partSize}
          value={partSize}
          onChange={setPartSize}
          issues={issues}
          hint="AWS CLI default 8 MiB; raised to fit 10,000 parts"
          width="narrow"
        />
        <SelectField
          width="narrow"
          field={FIELDS.storageClass}
          value={storageClass}
          onChange={setStorageClass}
          issues={issues}
          options={S3_STORAGE_CLASSES.map((rule) => [rule.id, rule.label] as const)}
        />
        <UnitsSelect value={units} onChange={onUnitsChange} issues={issues} />
      </div>
      {plan && result.ok ? (
        <div className="result" aria-live="polite">
          <dl className="facts">
            <dt>Single PUT allowed</dt>
            <dd data-testid="s3-single-put">{plan.singlePutAllowed ? 'yes' : 'no'}</dd>
            <dt>Multipart</dt>
            <dd data-testid="s3-multipart">
              {plan.multipartRequired
                ? 'required'
                : plan.multipartRecommended
                  ? 'recommended (≥ 100 MB)'
                  : 'optional'}
            </dd>
            {plan.partSizeBytes !== null ? (
              <>
                <dt>Smallest valid part size</dt>
                <dd>{bytes(plan.minPartSizeBytes)}</dd>
                <dt>Part size to use</dt>
                <dd data-testid="s3-part-size">
                  {bytes(plan.partSizeBytes)}
                  {plan.partSizeAdjusted ? ' — adjusted' : ''}
                </dd>
                <dt>Parts</dt>
                <dd data-testid="s3-part-count">{grouped(plan.partCount ?? 0)}</dd>
                <dt>Last part</dt>
                <dd data-testid="s3-last-part">{bytes(plan.lastPartSizeBytes)}</dd>
                <dt>Largest object at this part size</dt>
                <dd>{bytes(plan.maxObjectBytesAtPartSize)}</dd>
                <dt>AWS CLI, adjusting by itself</dt>
                <dd data-testid="s3-aws-cli">
                  {plan.awsCli
                    ? `${bytes(plan.awsCli.partSizeBytes)} × ${grouped(plan.awsCli.partCount)} parts (doubles until ≤ 10,000 parts)`
                    : '—'}
                </dd>
                <dt>Requests</dt>
                <dd>
                  {grouped(plan.requests?.total ?? 0)} (1 Create + {grouped(plan.requests?.uploadPart ?? 0)}{' '}
                  UploadPart + 1 Complete)
                </dd>
                <dt>Request cost</dt>
                <dd data-testid="s3-multipart-cost">
                  {formatUsd(plan.cost?.totalUsd ?? '0')} at ${plan.cost?.lines[0]?.unitPriceUsd} per 1,000 (
                  {plan.region}, as of {plan.cost?.lines[0]?.asOf})
                </dd>
              </>
            ) : null}
            <dt>Largest S3 object</dt>
            <dd>{bytes(plan.maxObjectBytes)}</dd>
          </dl>
          <Notices problems={plan.problems} warnings={result.warnings} />
          <TraceTable trace={result.trace} />
        </div>
      ) : null}
      {/* Issues no field above shows (e.g. a price override in a hand-edited link). */}
      <Notices problems={issues.filter((issue) => !SHOWN.includes(String(issue.path[0])))} />
    </section>
  );
}
