import { run, s3RequestPrefixes } from '@awscalc/core';
import { useMemo } from 'react';
import { useTextParam } from '../../url.ts';
import { Field, issuesAt } from '../Field.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';
import { given, grouped } from './format.ts';

/** Request rates → partitioned prefixes (lower bounds), what a prefix count sustains, hot prefixes. */
export function PrefixesTool() {
  const [getRate, setGetRate] = useTextParam('get', '20000');
  const [putRate, setPutRate] = useTextParam('put', '10000');
  const [prefixCount, setPrefixCount] = useTextParam('pc', '');
  const [traffic, setTraffic] = useTextParam('traffic', '');
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
        <Field
          label="GET/HEAD per second"
          name="get"
          value={getRate}
          onChange={setGetRate}
          issues={issuesAt(issues, ['getRate'])}
          hint="e.g. 20000, 20k/s, 1.2M/min"
          width="narrow"
        />
        <Field
          label="PUT/COPY/POST/DELETE per second"
          name="put"
          value={putRate}
          onChange={setPutRate}
          issues={issuesAt(issues, ['putRate'])}
          hint="e.g. 10000"
          width="narrow"
        />
        <Field
          label="Planned prefix count"
          name="pc"
          value={prefixCount}
          onChange={setPrefixCount}
          issues={issuesAt(issues, ['prefixCount'])}
          hint="optional: what does it sustain?"
          width="narrow"
        />
        <Field
          label="Traffic spread"
          name="traffic"
          value={traffic}
          onChange={setTraffic}
          issues={issuesAt(issues, ['traffic'])}
          hint="optional: prefix=share, e.g. hot/=70, cold/=30"
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
              {grouped(result.value.sustained.getRate)} GET/s ({result.value.utilisationPercent.get}% used),{' '}
              {grouped(result.value.sustained.putRate)} PUT/s ({result.value.utilisationPercent.put}% used)
            </dd>
          </dl>
          {result.value.traffic.length > 0 ? (
            <table aria-label="Load per prefix">
              <caption>
                Load per prefix (partitions needed for the spread: {result.value.prefixesForTraffic})
              </caption>
              <thead>
                <tr>
                  <th>Prefix</th>
                  <th className="num">Share</th>
                  <th className="num">GET/s</th>
                  <th className="num">PUT/s</th>
                  <th className="num">Partitions needed</th>
                </tr>
              </thead>
              <tbody>
                {result.value.traffic.map((row) => (
                  <tr key={row.prefix} className={row.overLimit ? 's3-over' : undefined}>
                    <td className="mono">{row.prefix}</td>
                    <td className="num">{row.sharePercent}%</td>
                    <td className="num">{grouped(row.getRate)}</td>
                    <td className="num">{grouped(row.putRate)}</td>
                    <td className="num">{row.partitionsNeeded}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
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
