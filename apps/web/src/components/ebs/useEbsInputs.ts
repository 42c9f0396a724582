import { calculatorEntry, EBS_INSTANCE_LIMIT_FIELDS } from '@awscalc/core';
import type { ParamHistory } from '../../url.ts';
import { fieldOf, useFieldParam as useParam } from '../InputField.tsx';

const volume = calculatorEntry('ebs.volume');
const simulate = calculatorEntry('ebs.simulate');
const limit = (key: string) => EBS_INSTANCE_LIMIT_FIELDS.find((field) => field.key === key)!;

/** The fields the EBS page offers, with the labels, units, examples and URL parameters core declares. */
export const EBS_FIELDS = {
  type: fieldOf(volume, 'type'),
  size: fieldOf(volume, 'sizeGiB'),
  iops: fieldOf(volume, 'iops'),
  throughput: fieldOf(volume, 'throughputMiBps'),
  ioSize: fieldOf(volume, 'ioSizeKiB'),
  instance: fieldOf(volume, 'instance'),
  instanceIops: limit('maxIops'),
  instanceThroughput: limit('maxThroughputMiBps'),
  raidCount: fieldOf(calculatorEntry('ebs.raid0'), 'volumeCount'),
  demand: fieldOf(simulate, 'periods'),
  repeat: fieldOf(simulate, 'repeat'),
  start: fieldOf(simulate, 'creditBalancePercent'),
  month: fieldOf(calculatorEntry('ebs.cost'), 'monthHours'),
  matchBurst: fieldOf(calculatorEntry('ebs.migrate'), 'matchBurst'),
} as const;

/**
 * The names links used before the parameters took the CLI's flag names: such a link still opens (the
 * old name is read when the new one is absent) and the first edit moves the value to the new name.
 */
const OLD = {
  ioSize: { formerly: ['io'] },
  instanceIops: { formerly: ['iiops'] },
  instanceThroughput: { formerly: ['ithr'] },
  raidCount: { formerly: ['raid'] },
  start: { formerly: ['start-balance', 'start'] },
  // `burst=1` was a checkbox; the field is now the select's `true`/`false`.
  matchBurst: { formerly: [{ name: 'burst', read: (old: string) => (old === '1' ? 'true' : 'false') }] },
} satisfies Record<string, ParamHistory>;

/** Every input of the EBS page, each kept in the URL so a link reproduces the page. */
export function useEbsInputs() {
  const [type, setType] = useParam(EBS_FIELDS.type, 'gp2');
  const [size, setSize] = useParam(EBS_FIELDS.size, '100');
  const [iops, setIops] = useParam(EBS_FIELDS.iops, '');
  const [throughput, setThroughput] = useParam(EBS_FIELDS.throughput, '');
  const [ioSize, setIoSize] = useParam(EBS_FIELDS.ioSize, '', OLD.ioSize);
  const [instance, setInstance] = useParam(EBS_FIELDS.instance, '');
  const [instanceIops, setInstanceIops] = useParam(EBS_FIELDS.instanceIops, '', OLD.instanceIops);
  const [instanceThroughput, setInstanceThroughput] = useParam(
    EBS_FIELDS.instanceThroughput,
    '',
    OLD.instanceThroughput,
  );
  const [raidCount, setRaidCount] = useParam(EBS_FIELDS.raidCount, '', OLD.raidCount);
  const [demand, setDemand] = useParam(EBS_FIELDS.demand, '');
  const [repeat, setRepeat] = useParam(EBS_FIELDS.repeat, '3');
  const [start, setStart] = useParam(EBS_FIELDS.start, '100', OLD.start);
  const [month, setMonth] = useParam(EBS_FIELDS.month, '730');
  const [matchBurst, setMatchBurst] = useParam(EBS_FIELDS.matchBurst, 'false', OLD.matchBurst);
  return {
    type,
    setType,
    size,
    setSize,
    iops,
    setIops,
    throughput,
    setThroughput,
    ioSize,
    setIoSize,
    instance,
    setInstance,
    instanceIops,
    setInstanceIops,
    instanceThroughput,
    setInstanceThroughput,
    raidCount,
    setRaidCount,
    demand,
    setDemand,
    repeat,
    setRepeat,
    start,
    setStart,
    month,
    setMonth,
    matchBurst,
    setMatchBurst,
  };
}

export type EbsInputs = ReturnType<typeof useEbsInputs>;
