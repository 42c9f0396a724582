import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './chromium.ts';

const subnetRows = (page: Page) =>
  page
    .getByRole('table', { name: 'Subnets' })
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].slice(0, 3).map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );

// 10.1.0.0/16, 3 AZs, app = 4000 hosts (/20: 4,096 − 5 = 4,091 usable), web = /24. Largest first:
// the three /20s from 10.1.0.0, then the three /24s right after them at 10.1.48.0.
const EXPECTED = [
  ['web', 'az1', '10.1.48.0/24'],
  ['web', 'az2', '10.1.49.0/24'],
  ['web', 'az3', '10.1.50.0/24'],
  ['app', 'az1', '10.1.0.0/20'],
  ['app', 'az2', '10.1.16.0/20'],
  ['app', 'az3', '10.1.32.0/20'],
];

describe('VPC planner page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a 3-AZ plan by typing, exports it, and a copied link reproduces it', async () => {
    const { page, errors } = await openApp(browser, '/vpc');
    await page.getByLabel('Primary VPC CIDR').fill('10.1.0.0/16');
    await page.getByLabel('Availability Zones').fill('3');
    await page.getByLabel('Tier 1 name').fill('web');
    await page.getByLabel('Tier 1 size').fill('/24');
    await page.getByLabel('Tier 2 name').fill('app');
    await page.getByLabel('Tier 2 size').fill('4000');
    await page.getByRole('button', { name: 'Remove tier 3' }).click();

    await expect.poll(() => subnetRows(page)).toEqual(EXPECTED);
    expect(await page.getByTestId('vpc-free').textContent()).toContain('10.1.51.0/24');
    // The same plan as a CLI command (tier 1 keeps the default plan's load-balancer mark).
    expect(await page.getByTestId('vpc-command').textContent()).toBe(
      'awscalc vpc plan 10.1.0.0/16 --azs 3 --tier web=/24 --tier app=4000 --lb-tier web',
    );
    // The address map draws one block per subnet.
    expect(await page.locator('figure[aria-label="Address map"] g[data-kind="subnet"]').count()).toBe(6);

    // Terraform export: one aws_subnet per subnet with the planned CIDRs.
    await page.getByRole('button', { name: 'Terraform', exact: true }).click();
    const preview = page.getByLabel('Export preview');
    await expect.poll(() => preview.textContent()).toContain('resource "aws_subnet"');
    const terraform = (await preview.textContent()) ?? '';
    expect(terraform.match(/resource "aws_subnet"/g)).toHaveLength(6);
    expect(terraform).toMatch(/cidr_block += "10\.1\.48\.0\/24"/);
    // CSV export: a header and a row per subnet.
    await page.getByRole('button', { name: 'CSV', exact: true }).click();
    await expect
      .poll(() => preview.textContent())
      .toContain('subnet,app,az1,10.1.0.0/20,20,255.255.240.0,4096,4091');

    // Copy to clipboard puts the export text on the clipboard.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy CSV' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('kind,tier,az,cidr');

    // Download saves the same text as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download vpc.csv' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('vpc.csv');
    expect(readFileSync((await download.path()) ?? '', 'utf8')).toContain('subnet,web,az1,10.1.48.0/24');

    // "Copy link" copies the page URL; the plan lives in it under the CLI's flag names, lists in order.
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').last().textContent()).toContain('link');
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toBe(page.url());
    const params = new URL(url).searchParams;
    expect(params.getAll('tier')).toEqual(['web=/24', 'app=4000']);
    expect(params.getAll('vpc-cidr')).toEqual(['10.1.0.0/16']);
    expect(params.get('azs')).toBe('3');
    expect(params.has('plan')).toBe(false);
    const again = await openApp(browser, url.slice(url.indexOf('/vpc')));
    await expect.poll(() => subnetRows(again.page)).toEqual(EXPECTED);
    expect(await again.page.getByLabel('Tier 2 size').inputValue()).toBe('4000');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('shows an error beside the field and keeps the last plan while typing', async () => {
    const { page, errors } = await openApp(browser, '/vpc');
    await expect.poll(async () => (await subnetRows(page)).length).toBe(9);
    await page.getByLabel('Tier 1 size').fill('/12');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('/16');
    expect(await page.getByLabel('Tier 1 size').getAttribute('aria-invalid')).toBe('true');
    expect((await subnetRows(page)).length).toBe(9);
    expect(errors).toEqual([]);
  });

  it('refuses 1.5 Availability Zones beside the field instead of planning an AZ named "1.5"', async () => {
    const { page, errors } = await openApp(browser, '/vpc');
    await expect.poll(async () => (await subnetRows(page)).length).toBe(9);
    await page.getByLabel('Availability Zones').fill('1.5');
    await expect.poll(() => page.getByLabel('Availability Zones').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('alert').first().textContent()).toContain('whole number from 1 to 16');
    expect((await subnetRows(page)).map((row) => row[1])).not.toContain('1.5');
    expect(errors).toEqual([]);
  });

  it('explains a plan that does not fit', async () => {
    const { page } = await openApp(browser, '/vpc');
    await page.getByLabel('Primary VPC CIDR').fill('10.0.0.0/24');
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => problems.textContent()).toContain('did not fit');
    expect(await problems.textContent()).toContain('A single VPC CIDR of /');
  });
});
