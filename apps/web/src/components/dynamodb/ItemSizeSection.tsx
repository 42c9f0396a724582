import { dynamoItemSize, run } from '@awscalc/core';
import { useId, useMemo } from 'react';
import { grouped } from '../../format.ts';
import { issuesAt } from '../Field.tsx';
import { Notices } from '../Notices.tsx';
import { TraceTable } from '../TraceTable.tsx';

/** Paste an item (DynamoDB JSON or plain JSON) and see its size, units per read/write and storage. */
export function ItemSizeSection(props: {
  item: string;
  onItem: (value: string) => void;
  plain: boolean;
  onPlain: (value: boolean) => void;
}) {
  const id = useId();
  const result = useMemo(
    () => run(dynamoItemSize, { item: props.item, itemFormat: props.plain ? 'plain' : 'dynamodb' }),
    [props.item, props.plain],
  );
  const errors = result.ok ? [] : issuesAt(result.issues, ['item']);
  return (
    <section aria-label="Item size" className="dynamo-section">
      <h2>Item size</h2>
      <div className="field dynamo-item-field">
        <label htmlFor={id}>
          Item ({props.plain ? 'plain JSON' : 'DynamoDB JSON, as the AWS CLI prints it'})
        </label>
        <textarea
          id={id}
          rows={5}
          value={props.item}
          spellCheck={false}
          aria-invalid={errors.length > 0}
          onChange={(event) => props.onItem(event.target.value)}
        />
        {errors.length > 0 ? (
          <p className="field-error" role="alert">
            {errors.map((issue) => issue.message).join(' ')}
          </p>
        ) : (
          <p className="field-hint">Sizes are binary: 1 KB = 1,024 bytes. Binary (B) values are base64.</p>
        )}
        <label className="dynamo-check">
          <input
            type="checkbox"
            checked={props.plain}
            onChange={(event) => props.onPlain(event.target.checked)}
          />{' '}
          Plain JSON (strings → S, numbers → N, arrays → L, objects → M)
        </label>
      </div>
      {result.ok ? (
        <div className="result" aria-live="polite">
          <dl className="facts">
            <dt>Item size</dt>
            <dd data-testid="item-size">{grouped(result.value.sizeBytes)} bytes</dd>
            <dt>Read units per read</dt>
            <dd data-testid="item-rcu">
              {result.value.units.read.strong} strong · {result.value.units.read.eventual} eventual ·{' '}
              {result.value.units.read.transactional} transactional
            </dd>
            <dt>Write units per write</dt>
            <dd data-testid="item-wcu">
              {result.value.units.write.standard} standard · {result.value.units.write.transactional}{' '}
              transactional
            </dd>
            <dt>Storage billed per item</dt>
            <dd>
              {grouped(result.value.storage.bytesPerItem)} bytes (+{result.value.storage.overheadBytes} B
              overhead)
            </dd>
          </dl>
          <Notices problems={result.value.problems} warnings={result.warnings} />
          <table aria-label="Attribute sizes">
            <thead>
              <tr>
                <th>Attribute</th>
                <th>Type</th>
                <th className="num">Name bytes</th>
                <th className="num">Value bytes</th>
                <th className="num">Total</th>
              </tr>
            </thead>
            <tbody>
              {result.value.attributes.map((attribute) => (
                <tr key={attribute.name}>
                  <td className="mono">{attribute.name}</td>
                  <td>{attribute.type}</td>
                  <td className="num">{grouped(attribute.nameBytes)}</td>
                  <td className="num">{grouped(attribute.valueBytes)}</td>
                  <td className="num">{grouped(attribute.bytes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <TraceTable trace={result.trace} />
        </div>
      ) : null}
    </section>
  );
}
