import { run, s3RequestPrefixes } from '@awscalc/core';
import { useMemo } from 'react';
import { InputField, useFieldParam } from '../InputField.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { PREFIXES_FIELDS as FIELDS } from './fields.ts';
import { given, grouped } from './format.ts';
import { SpreadTable } from './SpreadTable.tsx';

/** Request rates → partitioned prefixes (lower bounds), what a prefix count sustains, hot prefixes. */
export function PrefixesTool() {
  const [getRate, setGetRate] = useFieldParam(FIELDS.getRate, '20000', { formerly: ['get'] });
  const [putRate, setPutRate] = useFieldParam(FIELDS.putRate, '10000', { formerly: ['put'] });
  const [prefixCount, setPrefixCount] = useFieldParam(FIELDS.prefixCount, '', { formerly: ['pc'] });
  const [traffic, setTraffic] = useFieldParam(FIELDS.traffic, '');
  const result = useMemo(
    () =>
      run(s3RequestPrefixes, {
        ...given('getRate', getRate),
        ...given('putRate', putRate),
        ...given('prefixCount', prefixCount),
        ...given('traffic', traffic),
      }),
    [getRate, putRate, prefixCount, traffic],
  );
  const issues = result.ok ? [] : result.issues;
  return (
    <section aria-labelledby="s3-prefixes-title" className="s3-tool">
      <h2 id="s3-prefixes-title">Request rate → partitioned prefixes</h2>
      <p className="lede">
        S3 supports at least 5,500 GET/HEAD and 3,500 PUT/COPY/POST/DELETE requests per second per partitioned
        prefix. &ldquo;At least&rdquo;: every figure here is a lower bound.
      </p>
      <div className="row">
        <InputField
          field={FIELDS.getRate}
          value={getRate}
          onChange={setGetRate}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.putRate}
          value={putRate}
          onChange={setPutRate}
          issues={issues}
          width="narrow"
        />
        <InputField
          field={FIELDS.prefixCount}
          value={prefixCount}
          onChange={setPrefixCount}
          issues={issues}
          hint="optional: what does it sustain?"
          width="narrow"
        />
        <InputField
          field={FIELDS.traffic}
          value={traffic}
          onChange={setTraffic}
          issues={issues}
          hint={`optional: prefix=share, e.g. ${FIELDS.traffic.example}`}
        />
      </div>
      {result.ok ? (
        <div className="result" aria-live="polite">
          <dl className="facts">
            <dt>Partitioned prefixes needed</dt>
            <dd data-testid="s3-prefixes">{result.value.prefixes}</dd>
            <dt>for GET/HEAD</dt>
            <dd data-testid="s3-read-prefixes">
              {result.value.readPrefixes} = ⌈{grouped(result.value.getRate)} ÷ 5,500⌉
            </dd>
            <dt>for PUT/COPY/POST/DELETE</dt>
            <dd data-testid="s3-write-prefixes">
              {result.value.writePrefixes} = ⌈{grouped(result.value.putRate)} ÷ 3,500⌉
            </dd>
            <dt>
              {result.value.prefixCount}{' '}
              {result.value.prefixCount === 1 ? 'prefix sustains' : 'prefixes sustain'} at least
            </dt>
            <dd>
              {grouped(result.value.sustained.getRate)} GET/s ({result.value.utilizationPercent.get}% used),{' '}
              {grouped(result.value.sustained.putRate)} PUT/s ({result.value.utilizationPercent.put}% used)
            </dd>
          </dl>
          <SpreadTable value={result.value} />
          <Notices problems={result.value.problems} warnings={result.warnings} />
          <ul className="s3-guidance" aria-label="Guidance">
            {result.value.guidance.map((entry) => (
              <li key={entry.code}>{entry.message}</li>
            ))}
          </ul>
          <TraceTable trace={result.trace} />
        </div>
      ) : null}
    </section>
  );
}
