import { calculatorEntry } from '@awscalc/core';
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
