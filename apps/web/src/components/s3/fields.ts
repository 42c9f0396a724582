import { calculatorEntry, type InputField } from '@awscalc/core';
import { useCallback, useState } from 'react';
import { readParam, writeParams } from '../../url.ts';
import { fieldOf } from '../InputField.tsx';

/** The declared fields of the three S3 calculators: labels, units, examples and URL params come from core. */
const field = (id: string) => (key: string) => fieldOf(calculatorEntry(id), key);
const prefixes = field('s3.prefixes');
const multipart = field('s3.multipart');
const cost = field('s3.cost');

export const PREFIXES_FIELDS = {
  getRate: prefixes('getRate'),
  putRate: prefixes('putRate'),
  prefixCount: prefixes('prefixCount'),
  traffic: prefixes('traffic'),
};

export const MULTIPART_FIELDS = {
  objectSize: multipart('objectSize'),
  partSize: multipart('partSize'),
  storageClass: multipart('storageClass'),
  units: multipart('units'),
};

export const COST_FIELDS = {
  objectCount: cost('objectCount'),
  averageObjectSize: cost('averageObjectSize'),
  totalSize: cost('totalSize'),
  putRequests: cost('putRequests'),
  getRequests: cost('getRequests'),
  retrievedSize: cost('retrievedSize'),
  deletedObjects: cost('deletedObjects'),
  deletedAfterDays: cost('deletedAfterDays'),
  intelligentTiering: cost('intelligentTiering'),
  monthHours: cost('monthHours'),
};

/**
 * A field's text, kept in the URL under its declared parameter. `old` is the parameter the S3 page
 * used before the parameters took the CLI flags' names (e.g. `retr` for `retrieved-size`): a link
 * made then still opens with its values; the first edit moves the value to the new name.
 */
export function useS3Param(
  field: InputField,
  fallback: string,
  old?: string,
): [string, (value: string) => void] {
  const [value, setValue] = useState(
    () => readParam(field.param) ?? (old ? readParam(old) : null) ?? fallback,
  );
  const update = useCallback(
    (next: string) => {
      setValue(next);
      writeParams({ [field.param]: next === fallback ? null : next, ...(old ? { [old]: null } : {}) });
    },
    [field.param, fallback, old],
  );
  return [value, update];
}
