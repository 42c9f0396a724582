import { dynamoCapacity, run } from '@awscalc/core';
import { useMemo } from 'react';
import { CapacityResults } from '../components/dynamodb/CapacityResults.tsx';
import { CostSection } from '../components/dynamodb/CostSection.tsx';
import { ItemSizeSection } from '../components/dynamodb/ItemSizeSection.tsx';
import { DEFAULT_ROWS, decodeIndexes, decodeRows, toWorkload } from '../components/dynamodb/rows.ts';
import { WorkloadEditor } from '../components/dynamodb/WorkloadEditor.tsx';
import { Field, issuesAt } from '../components/Field.tsx';
import { Notices } from '../components/Notices.tsx';
import { TraceTable } from '../components/TraceTable.tsx';
import { useJsonParam, useTextParam } from '../url.ts';

const DEFAULT_ITEM = '{"pk":{"S":"user#1"},"sk":{"S":"profile"},"n":{"N":"42"}}';

/**
 * DynamoDB: paste an item to see its size; build an access pattern as a table of operations and
 * see the units per operation and in total (with the trace); compare on-demand and provisioned cost.
 */
export function DynamoPage() {
  const [item, setItem] = useTextParam('item', DEFAULT_ITEM);
  const [plain, setPlain] = useTextParam('plain', '');
  const [rows, setRows] = useJsonParam('ops', [...DEFAULT_ROWS], decodeRows);
  const [indexes, setIndexes] = useJsonParam('gsis', [], decodeIndexes);
  const [target, setTarget] = useTextParam('target', '70');
  const [utilization, setUtilization] = useTextParam('util', '70');
  const [storage, setStorage] = useTextParam('storage', '10GB');
  const [tableClass, setTableClass] = useTextParam('class', 'standard');
  const [replicas, setReplicas] = useTextParam('replicas', '0');
  const [pitr, setPitr] = useTextParam('pitr', '');
  const [freeTier, setFreeTier] = useTextParam('free', '');
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
        plain={plain === '1'}
        onPlain={(value) => setPlain(value ? '1' : '')}
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
        <Field
          label="Auto scaling target utilisation (%)"
          name="target"
          value={target}
          onChange={setTarget}
          issues={issuesAt(issues, ['targetUtilizationPercent'])}
          hint="AWS accepts 20–90 %"
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
          workload={workload}
          utilization={utilization}
          onUtilization={setUtilization}
          storage={storage}
          onStorage={setStorage}
          tableClass={tableClass === 'standard-ia' ? 'standard-ia' : 'standard'}
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
