import {
  DYNAMO_OPERATION_TYPES,
  DYNAMO_READ_CONSISTENCIES,
  DYNAMO_WRITE_MODES,
  DynamoOperation,
  DynamoSecondaryIndex,
  fieldsOf,
  type Issue,
} from '@awscalc/core';
import { issuesAt } from '../Field.tsx';
import { SelectField } from '../SelectField.tsx';
import { CellInput } from './CellInput.tsx';
import {
  type IndexRow,
  isReadOperation,
  isTransaction,
  NEW_INDEX,
  NEW_ROW,
  type OperationRow,
} from './rows.ts';

// Column and cell labels are the fields' own labels (as in CLI messages), so an error names what you see.
const labelOf = (schema: Parameters<typeof fieldsOf>[0]) => {
  const fields = fieldsOf(schema);
  return (key: string) => {
    const field = fields.find((candidate) => candidate.key === key);
    if (!field) throw new Error(`no field ${key}`);
    return field;
  };
};
const operationField = labelOf(DynamoOperation);
const indexField = labelOf(DynamoSecondaryIndex);
const header = (field: { label: string; unit?: string }) =>
  field.unit ? `${field.label} (${field.unit})` : field.label;

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
              <th>{operationField('type').label}</th>
              <th>{header(operationField('rate'))}</th>
              <th>{header(operationField('itemSize'))}</th>
              <th>{header(operationField('items'))}</th>
              <th>{operationField('previousItemSize').label} (writes)</th>
              <th>
                {operationField('consistency').label} / {operationField('writeMode').label.toLowerCase()}
              </th>
              <th>{operationField('index').label} (Query/Scan)</th>
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
                    <SelectField
                      cell
                      label={`Operation ${n} type`}
                      value={row.type}
                      options={DYNAMO_OPERATION_TYPES}
                      onChange={(type) => update(position, { type })}
                    />
                  </td>
                  {(
                    [
                      ['rate', '6rem', false],
                      ['itemSize', '6rem', false],
                      ['items', '4.5rem', false],
                      ['previousItemSize', '6rem', read],
                    ] as const
                  ).map(([field, width, disabled]) => (
                    <td key={field}>
                      <CellInput
                        label={`Operation ${n} ${operationField(field).label.toLowerCase()}`}
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
                      <SelectField
                        cell
                        label={`Operation ${n} ${operationField('consistency').label.toLowerCase()}`}
                        value={row.consistency}
                        options={DYNAMO_READ_CONSISTENCIES}
                        onChange={(consistency) => update(position, { consistency })}
                      />
                    ) : (
                      <SelectField
                        cell
                        label={`Operation ${n} ${operationField('writeMode').label.toLowerCase()}`}
                        value={row.writeMode}
                        options={DYNAMO_WRITE_MODES}
                        onChange={(writeMode) => update(position, { writeMode })}
                      />
                    )}
                  </td>
                  <td>
                    <CellInput
                      label={`Operation ${n} ${operationField('index').label.toLowerCase()}`}
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
            <th>{indexField('name').label}</th>
            <th>{indexField('projectedItemSize').label}</th>
            <th>{indexField('writeShare').label} (0–1)</th>
            <th>{indexField('keyChangeShare').label} (0–1)</th>
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
                    ['name', '7rem'],
                    ['projectedItemSize', '6rem'],
                    ['writeShare', '5rem'],
                    ['keyChangeShare', '5rem'],
                  ] as const
                ).map(([field, width]) => (
                  <td key={field}>
                    <CellInput
                      label={`GSI ${n} ${indexField(field).label.toLowerCase()}`}
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
