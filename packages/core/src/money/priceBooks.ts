import { DYNAMO_PRICES } from '../dynamodb/prices.ts';
import { EBS_PRICES } from '../ebs/prices.ts';
import { S3_PRICES } from '../s3/prices.ts';
import type { PriceBook } from './priceBook.ts';

/** Every bundled price book, by service: what `--price KEY=USD` can override and `awscalc prices` lists. */
export const priceBooks: Readonly<Record<'dynamodb' | 'ebs' | 's3', PriceBook>> = {
  dynamodb: DYNAMO_PRICES,
  ebs: EBS_PRICES,
  s3: S3_PRICES,
};
