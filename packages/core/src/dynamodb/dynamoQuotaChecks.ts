import type { Problem } from '../input/problem.ts';
import type { Warning } from '../result.ts';
import type { DynamoUnitPair } from './dynamoCapacity.ts';
import { DYNAMO_INDEX_QUOTAS, DYNAMO_THROUGHPUT_QUOTAS } from './dynamoRules.ts';
import type { DynamoWorkloadParsed } from './dynamoWorkload.ts';

/** One service quota against the value this table would need. */
export interface DynamoQuotaCheck {
  readonly quota: string;
  readonly limit: number;
  readonly value: number;
  readonly withinLimit: boolean;
  readonly adjustable: boolean;
  readonly source: string;
}

/**
 * The provisioned units of each scope (table, each GSI) and of the account, and the index counts,
 * against their default quotas. An adjustable quota over its default is a warning (ask Service
 * Quotas for more); the LSI limit cannot be raised, so over it is a problem.
 */
export function dynamoQuotaChecks(
  workload: DynamoWorkloadParsed,
  scopes: ReadonlyArray<readonly [scope: string, provisioned: DynamoUnitPair]>,
  provisionedTotals: DynamoUnitPair,
  warnings: Warning[],
  problems: Problem[],
): DynamoQuotaCheck[] {
  const tableQuota = DYNAMO_THROUGHPUT_QUOTAS.tableUnits;
  const accountQuota = DYNAMO_THROUGHPUT_QUOTAS.accountUnits;
  const quotas: DynamoQuotaCheck[] = [
    ...scopes.flatMap(([scope, pair]) => [
      {
        quota: `${scope} provisioned RCU`,
        limit: tableQuota.value,
        value: pair.readCapacityUnits,
        adjustable: true,
        source: tableQuota.source,
      },
      {
        quota: `${scope} provisioned WCU`,
        limit: tableQuota.value,
        value: pair.writeCapacityUnits,
        adjustable: true,
        source: tableQuota.source,
      },
    ]),
    {
      quota: 'account provisioned RCU (this table + GSIs)',
      limit: accountQuota.value,
      value: provisionedTotals.readCapacityUnits,
      adjustable: true,
      source: accountQuota.source,
    },
    {
      quota: 'account provisioned WCU (this table + GSIs)',
      limit: accountQuota.value,
      value: provisionedTotals.writeCapacityUnits,
      adjustable: true,
      source: accountQuota.source,
    },
    {
      quota: 'global secondary indexes per table',
      limit: DYNAMO_INDEX_QUOTAS.globalSecondaryIndexes.value,
      value: workload.globalSecondaryIndexes.length,
      adjustable: true,
      source: DYNAMO_INDEX_QUOTAS.globalSecondaryIndexes.source,
    },
    {
      quota: 'local secondary indexes per table',
      limit: DYNAMO_INDEX_QUOTAS.localSecondaryIndexes.value,
      value: workload.localSecondaryIndexes.length,
      adjustable: false,
      source: DYNAMO_INDEX_QUOTAS.localSecondaryIndexes.source,
    },
  ].map((check) => ({ ...check, withinLimit: check.value <= check.limit }));
  for (const check of quotas.filter((q) => !q.withinLimit)) {
    if (check.adjustable) {
      warnings.push({
        code: 'quota_exceeded',
        message: `${check.quota}: ${check.value.toLocaleString('en-US')} is over the default quota of ${check.limit.toLocaleString('en-US')}; request an increase in Service Quotas before deploying.`,
      });
    } else {
      problems.push({
        code: 'quota_exceeded',
        path: ['localSecondaryIndexes'],
        message: `${check.quota}: ${check.value} is over DynamoDB's limit of ${check.limit}.`,
      });
    }
  }
  return quotas;
}
