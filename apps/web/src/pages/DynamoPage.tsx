import { calculatorEntry, dynamoCapacity, run } from '@awscalc/core';
import { useMemo } from 'react';
import { CapacityResults } from '../components/dynamodb/CapacityResults.tsx';
import { CostSection } from '../components/dynamodb/CostSection.tsx';
import { ItemSizeSection } from '../components/dynamodb/ItemSizeSection.tsx';
import { DEFAULT_ROWS, decodeIndexes, decodeRows, toWorkload } from '../components/dynamodb/rows.ts';
import { WorkloadEditor } from '../components/dynamodb/WorkloadEditor.tsx';
import { fieldOf, InputField, useFieldParam } from '../components/InputField.tsx';
import { Notices } from '../components/Notices.tsx';
import { TraceTable } from '../components/TraceTable.tsx';
import { type ParamHistory, useJsonParam } from '../url.ts';

const DEFAULT_ITEM = '{"pk":{"S":"user#1"},"sk":{"S":"profile"},"n":{"N":"42"}}';

// Labels, units, examples and URL parameters come from the calculators' field metadata (as the CLI's).
const itemSize = calculatorEntry('dynamodb.item-size');
const capacityEntry = calculatorEntry('dynamodb.capacity');
const itemField = fieldOf(itemSize, 'item');
const formatField = fieldOf(itemSize, 'itemFormat');
const operationsField = fieldOf(capacityEntry, 'operations');
const gsisField = fieldOf(capacityEntry, 'globalSecondaryIndexes');
const targetField = fieldOf(capacityEntry, 'targetUtilizationPercent');
const cost = calculatorEntry('dynamodb.cost');
/**
 * The names links used before the parameters took the CLI flags' names: such a link still opens the
 * same page, and the first edit of a field moves its value to the new name.
 */
const OLD = {
  operations: { formerly: ['ops'] },
  target: { formerly: ['target'] },
  utilization: { formerly: ['util'] },
  tableClass: { formerly: ['class'] },
  freeTier: { formerly: ['free'] },
  // `plain=1` was a checkbox; it is now the Format field's `plain`.
  format: {
    formerly: ['format', { name: 'plain', read: (old: string) => (old === '1' ? 'plain' : null) }],
  },
} satisfies Record<string, ParamHistory>;
const costFields = {
  utilization: fieldOf(cost, 'utilizationPercent'),
  storage: fieldOf(cost, 'storage'),
  tableClass: fieldOf(cost, 'tableClass'),
  replicas: fieldOf(cost, 'replicaRegions'),
  pitr: fieldOf(cost, 'pointInTimeRecovery'),
  freeTier: fieldOf(cost, 'freeTier'),
};

/**
 * DynamoDB: paste an item to see its size; build an access pattern as a table of operations and
 * see the units per operation and in total (with the trace); compare on-demand and provisioned cost.
 */
export function DynamoPage() {
  const [item, setItem] = useFieldParam(itemField, DEFAULT_ITEM);
  const [format, setFormat] = useFieldParam(formatField, 'dynamodb', OLD.format);
  const [rows, setRows] = useJsonParam(operationsField.param, [...DEFAULT_ROWS], decodeRows, OLD.operations);
  const [indexes, setIndexes] = useJsonParam(gsisField.param, [], decodeIndexes);
  const [target, setTarget] = useFieldParam(targetField, '70', OLD.target);
  const [utilization, setUtilization] = useFieldParam(costFields.utilization, '70', OLD.utilization);
  const [storage, setStorage] = useFieldParam(costFields.storage, '10GB');
  const [tableClass, setTableClass] = useFieldParam(costFields.tableClass, 'standard', OLD.tableClass);
  const [replicas, setReplicas] = useFieldParam(costFields.replicas, '0');
  const [pitr, setPitr] = useFieldParam(costFields.pitr, '');
  const [freeTier, setFreeTier] = useFieldParam(costFields.freeTier, '', OLD.freeTier);
  const workload = useMemo(() => toWorkload(rows, indexes, target), [rows, indexes, target]);
  const capacity = useMemo(() => run(dynamoCapacity, workload), [workload]);
  const issues = capacity.ok ? [] : capacity.issues;
  return (
    <section aria-label="DynamoDB" className="dynamo-page">
      <p className="lede">
        Item size, read/write capacity units and monthly cost by AWS's rules. DynamoDB sizes are binary: 1 KB
        = 1,024 bytes.
      </p>
      <ItemSizeSection
        item={item}
        onItem={setItem}
        plain={format === 'plain'}
        onPlain={(value) => setFormat(value ? 'plain' : 'dynamodb')}
      />
      <section aria-label="Capacity" className="dynamo-section">
        <h2>Capacity for an access pattern</h2>
        <p className="field-hint">
          Reads round each item up to 4 KB (GetItem, BatchGetItem, TransactGetItems); Query and Scan sum their
          items, then round once. Writes round each item up to 1 KB and pay for the larger of before and
          after.
        </p>
        <WorkloadEditor
          rows={rows}
          onRows={setRows}
          indexes={indexes}
          onIndexes={setIndexes}
          issues={issues}
        />
        <InputField
          field={targetField}
          value={target}
          onChange={setTarget}
          issues={issues}
          hint="Auto scaling target; AWS accepts 20–90 %"
          width="narrow"
        />
        {capacity.ok ? (
          <div className="result" aria-live="polite">
            <CapacityResults value={capacity.value} />
            <Notices problems={capacity.value.problems} warnings={capacity.warnings} />
            <TraceTable trace={capacity.trace} />
          </div>
        ) : (
          <Notices
            problems={issues.filter(
              (issue) => issue.path.length < 3 && issue.path[0] !== 'targetUtilizationPercent',
            )}
          />
        )}
      </section>
      {capacity.ok ? (
        <CostSection
          fields={costFields}
          workload={workload}
          utilization={utilization}
          onUtilization={setUtilization}
          storage={storage}
          onStorage={setStorage}
          tableClass={tableClass}
          onTableClass={setTableClass}
          replicas={replicas}
          onReplicas={setReplicas}
          pitr={pitr === '1'}
          onPitr={(value) => setPitr(value ? '1' : '')}
          freeTier={freeTier === '1'}
          onFreeTier={(value) => setFreeTier(value ? '1' : '')}
        />
      ) : null}
    </section>
  );
}
