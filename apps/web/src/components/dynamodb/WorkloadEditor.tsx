import {
  DYNAMO_OPERATION_TYPES,
  DYNAMO_READ_CONSISTENCIES,
  DYNAMO_WRITE_MODES,
  type Issue,
} from '@awscalc/core';
import { issuesAt } from '../Field.tsx';
import { CellInput, CellSelect } from './CellInput.tsx';
import {
  type IndexRow,
  isReadOperation,
  isTransaction,
  NEW_INDEX,
  NEW_ROW,
  type OperationRow,
} from './rows.ts';

function replaceAt<T>(list: readonly T[], position: number, next: T): T[] {
  return list.map((item, index) => (index === position ? next : item));
}

/** The access pattern as a table of operations (add/remove rows) and the GSIs they touch. */
export function WorkloadEditor(props: {
  rows: readonly OperationRow[];
  onRows: (rows: OperationRow[]) => void;
  indexes: readonly IndexRow[];
  onIndexes: (indexes: IndexRow[]) => void;
  issues: readonly Issue[];
}) {
  const { rows, indexes, issues } = props;
  const update = (position: number, patch: Partial<OperationRow>) =>
    props.onRows(replaceAt(rows, position, { ...rows[position]!, ...patch }));
  const updateIndex = (position: number, patch: Partial<IndexRow>) =>
    props.onIndexes(replaceAt(indexes, position, { ...indexes[position]!, ...patch }));
  return (
    <>
      <div className="dynamo-scroll">
        <table aria-label="Workload operations" className="dynamo-editor">
          <thead>
            <tr>
              <th>#</th>
              <th>Operation</th>
              <th>Calls/s</th>
              <th>Item size</th>
              <th>Items/call</th>
              <th>Size before (writes)</th>
              <th>Consistency / mode</th>
              <th>Index (Query/Scan)</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, position) => {
              const n = position + 1;
              const at = (field: string) => issuesAt(issues, ['operations', position, field]);
              const read = isReadOperation(row.type);
              return (
                <tr key={position}>
                  <td>{n}</td>
                  <td>
                    <CellSelect
                      label={`Operation ${n} type`}
                      value={row.type}
                      options={DYNAMO_OPERATION_TYPES}
                      onChange={(type) => update(position, { type })}
                    />
                  </td>
                  {(
                    [
                      ['rate', 'rate', '6rem', false],
                      ['itemSize', 'item size', '6rem', false],
                      ['items', 'items per call', '4.5rem', false],
                      ['previousItemSize', 'size before', '6rem', read],
                    ] as const
                  ).map(([field, what, width, disabled]) => (
                    <td key={field}>
                      <CellInput
                        label={`Operation ${n} ${what}`}
                        value={disabled ? '' : row[field]}
                        width={width}
                        disabled={disabled}
                        issues={at(field)}
                        onChange={(value) => update(position, { [field]: value })}
                      />
                    </td>
                  ))}
                  <td>
                    {isTransaction(row.type) ? (
                      <span aria-label={`Operation ${n} consistency / mode`}>transactional</span>
                    ) : read ? (
                      <CellSelect
                        label={`Operation ${n} consistency`}
                        value={row.consistency}
                        options={DYNAMO_READ_CONSISTENCIES}
                        onChange={(consistency) => update(position, { consistency })}
                      />
                    ) : (
                      <CellSelect
                        label={`Operation ${n} write mode`}
                        value={row.writeMode}
                        options={DYNAMO_WRITE_MODES}
                        onChange={(writeMode) => update(position, { writeMode })}
                      />
                    )}
                  </td>
                  <td>
                    <CellInput
                      label={`Operation ${n} index`}
                      value={read ? row.index : ''}
                      width="6rem"
                      disabled={!read}
                      issues={at('index')}
                      onChange={(index) => update(position, { index })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={`Remove operation ${n}`}
                      onClick={() => props.onRows(rows.filter((_, index) => index !== position))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p>
        <button type="button" className="primary" onClick={() => props.onRows([...rows, NEW_ROW])}>
          Add operation
        </button>
      </p>
      <table aria-label="Global secondary indexes" className="dynamo-editor">
        <thead>
          <tr>
            <th>GSI name</th>
            <th>Projected entry size</th>
            <th>Share of writes touching it (0–1)</th>
            <th>Share changing its key (0–1)</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {indexes.map((index, position) => {
            const at = (field: string) => issuesAt(issues, ['globalSecondaryIndexes', position, field]);
            const n = position + 1;
            return (
              <tr key={position}>
                {(
                  [
                    ['name', 'name', '7rem'],
                    ['projectedItemSize', 'projected size', '6rem'],
                    ['writeShare', 'write share', '5rem'],
                    ['keyChangeShare', 'key change share', '5rem'],
                  ] as const
                ).map(([field, what, width]) => (
                  <td key={field}>
                    <CellInput
                      label={`GSI ${n} ${what}`}
                      value={index[field]}
                      width={width}
                      issues={at(field)}
                      onChange={(value) => updateIndex(position, { [field]: value })}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    aria-label={`Remove GSI ${n}`}
                    onClick={() => props.onIndexes(indexes.filter((_, i) => i !== position))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <button
          type="button"
          onClick={() => props.onIndexes([...indexes, { ...NEW_INDEX, name: `gsi${indexes.length + 1}` }])}
        >
          Add GSI
        </button>
      </p>
    </>
  );
}
