import type { ComponentType } from 'react';
import { DynamoPage } from './DynamoPage.tsx';
import { EbsPage } from './EbsPage.tsx';
import { S3Page } from './S3Page.tsx';
import { SubnetPage } from './SubnetPage.tsx';
import { VpcPage } from './VpcPage.tsx';

/** One page of the UI: its path (also the URL), nav label and component. Add a calculator's page here. */
export interface PageEntry {
  readonly path: string;
  readonly label: string;
  readonly title: string;
  readonly component: ComponentType;
}

export const pages: readonly PageEntry[] = [
  { path: '/subnet', label: 'Subnet', title: 'Subnet inspector', component: SubnetPage },
  { path: '/vpc', label: 'VPC planner', title: 'VPC subnet planner', component: VpcPage },
  { path: '/s3', label: 'S3', title: 'S3 prefixes, multipart uploads and storage cost', component: S3Page },
  { path: '/dynamodb', label: 'DynamoDB', title: 'DynamoDB capacity and cost', component: DynamoPage },
  { path: '/ebs', label: 'EBS', title: 'EBS volume performance, burst credits and cost', component: EbsPage },
];
