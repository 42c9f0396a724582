import type { CalculatorEntry } from '../registry.ts';
import { s3MultipartPlan } from './s3MultipartPlan.ts';
import { s3RequestPrefixes } from './s3RequestPrefixes.ts';
import { s3StorageCost } from './s3StorageCost.ts';

/** The s3 calculators in the registry (see ../registry.ts): one entry per calculator, in help order. */
export const s3Calculators: readonly CalculatorEntry[] = [
  {
    id: 's3.prefixes',
    title: 'S3 request-rate prefixes',
    summary: 'partitioned prefixes needed for GET/HEAD and PUT/COPY/POST/DELETE rates',
    calculator: s3RequestPrefixes,
    page: '/s3',
  },
  {
    id: 's3.multipart',
    title: 'S3 multipart upload plan',
    summary: 'single PUT or multipart, part size and count for an object, requests and their cost',
    calculator: s3MultipartPlan,
    page: '/s3',
  },
  {
    id: 's3.cost',
    title: 'S3 storage cost by storage class',
    summary: 'monthly storage, request, retrieval and early-deletion cost in every storage class',
    calculator: s3StorageCost,
    page: '/s3',
  },
];
