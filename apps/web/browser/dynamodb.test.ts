import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './chromium.ts';

describe('DynamoDB page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('measures a typed item and keeps it in the URL', async () => {
    const { page, errors } = await openApp(browser, '/dynamodb');
    await page
      .getByLabel('Item (DynamoDB JSON, as the AWS CLI prints it)')
      .fill('{"pk":{"S":"user#1"},"n":{"N":"42"}}');
    // "pk" + "user#1" = 8 bytes; "n" + 42 (2 significant digits → 1 + 1) = 3 bytes.
    await expect.poll(() => page.getByTestId('item-size').textContent()).toBe('11 bytes');
    expect(await page.getByTestId('item-wcu').textContent()).toContain('1 standard');
    expect(new URL(page.url()).searchParams.get('item')).toBe('{"pk":{"S":"user#1"},"n":{"N":"42"}}');
    expect(errors).toEqual([]);
  });

  it('shows a JSON error beside the item field without losing the page', async () => {
    const { page, errors } = await openApp(browser, '/dynamodb');
    await page.getByLabel('Item (DynamoDB JSON, as the AWS CLI prints it)').fill('{"pk":');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('not valid JSON');
    expect(await page.getByRole('heading', { name: 'DynamoDB capacity and cost' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('turns the workload table into units per operation and in total', async () => {
    const { page, errors } = await openApp(browser, '/dynamodb');
    // Default rows: 80 GetItem/s and 100 PutItem/s of 3 KB (study notes: 80 RCU; 3 WCU per write).
    await expect.poll(() => page.getByTestId('table-rcu').textContent()).toBe('80 RCU/s');
    expect(await page.getByTestId('table-wcu').textContent()).toBe('300 WCU/s');
    // Study notes: 10 writes/s of 2.5 KB → 30 WCU.
    await page.getByLabel('Operation 2 rate').fill('10');
    await page.getByLabel('Operation 2 item size').fill('2.5KB');
    await expect.poll(() => page.getByTestId('table-wcu').textContent()).toBe('30 WCU/s');
    // Add a Query row (10 items of 1 KB, eventually consistent: 10 KB → 12 KB → 1.5 RCU per call, 10 calls/s).
    await page.getByRole('button', { name: 'Add operation' }).click();
    await page.getByRole('button', { name: 'Remove operation 1' }).click();
    await expect.poll(() => page.getByTestId('table-rcu').textContent()).toBe('15 RCU/s');
    const rows = page.getByRole('table', { name: 'Units per operation' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).locator('td').nth(3).textContent()).toBe('1.5');
    const ops = JSON.parse(new URL(page.url()).searchParams.get('operations') ?? '[]');
    expect(ops.map((op: { type: string }) => op.type)).toEqual(['PutItem', 'Query']);
    expect(errors).toEqual([]);
  });

  it('reproduces a workload with a GSI from an old link (ops=), and shows bad cells beside the cell', async () => {
    const ops = [
      {
        type: 'Query',
        rate: '1',
        itemSize: '2000',
        items: '8',
        previousItemSize: '',
        consistency: 'eventual',
        writeMode: 'standard',
        index: 'byEmail',
      },
    ];
    const gsis = [{ name: 'byEmail', projectedItemSize: '512', writeShare: '1', keyChangeShare: '0' }];
    const { page, errors } = await openApp(
      browser,
      `/dynamodb?ops=${encodeURIComponent(JSON.stringify(ops))}&gsis=${encodeURIComponent(JSON.stringify(gsis))}`,
    );
    // AWS example: a GSI query of 8 × 2,000 B = 16,000 B → 16 KB → 2 RCU eventually consistent, on the GSI.
    const gsiRow = page.getByRole('table', { name: 'Units per GSI' }).locator('tbody tr').first();
    await expect.poll(() => gsiRow.locator('td').nth(1).textContent()).toBe('2');
    expect(await page.getByTestId('table-rcu').textContent()).toBe('0 RCU/s');
    await page.getByLabel('Operation 1 rate').fill('lots');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('not a rate');
    // The first edit moves the old parameter to the field's parameter, the CLI flag's name.
    expect(new URL(page.url()).searchParams.has('ops')).toBe(false);
    expect(JSON.parse(new URL(page.url()).searchParams.get('operations') ?? '[]')).toEqual([
      { ...ops[0], rate: 'lots' },
    ]);
    expect(errors).toEqual([]);
  });

  it('counts transactions as transactional whatever the row held, and names an item over 400 KB', async () => {
    const row = { rate: '1', itemSize: '1KB', items: '1', previousItemSize: '', index: '' };
    const ops = [
      { ...row, type: 'TransactGetItems', consistency: 'eventual', writeMode: 'standard' },
      { ...row, type: 'TransactWriteItems', consistency: 'strong', writeMode: 'standard' },
    ];
    const { page, errors } = await openApp(
      browser,
      `/dynamodb?operations=${encodeURIComponent(JSON.stringify(ops))}`,
    );
    // Pricing page: a transactional read of up to 4 KB is 2 RCU, a transactional write of up to 1 KB 2 WCU.
    await expect.poll(() => page.getByTestId('table-rcu').textContent()).toBe('2 RCU/s');
    expect(await page.getByTestId('table-wcu').textContent()).toBe('2 WCU/s');
    expect(await page.getByLabel('Operation 1 consistency / mode').textContent()).toBe('transactional');
    await page.getByLabel('Operation 2 item size').fill('500KB');
    await expect.poll(() => page.locator('body').innerText()).toContain('409,600 bytes');
    expect(errors).toEqual([]);
  });

  it('answers hostile links (absurd rate and item count, 40-level item) with messages, never a blank page', async () => {
    const ops = [
      {
        type: 'Scan',
        rate: '1e300',
        itemSize: '400KB',
        items: '1e400',
        previousItemSize: '',
        consistency: 'strong',
        writeMode: 'standard',
        index: '',
      },
    ];
    const item = `{"a":${'{"L":['.repeat(40)}{"S":"x"}${']}'.repeat(40)}}`;
    const { page, errors } = await openApp(
      browser,
      `/dynamodb?operations=${encodeURIComponent(JSON.stringify(ops))}&item=${encodeURIComponent(item)}`,
    );
    const alerts = page.getByRole('alert');
    await expect
      .poll(async () => (await alerts.allTextContents()).join(' '))
      .toContain('Rate must be at most 1,000,000,000 per second');
    expect((await alerts.allTextContents()).join(' ')).toContain('Items per call must be at most 1,000,000');
    // The item parses but DynamoDB would reject it: a problem shown beside its size, not an error.
    const text = await page.locator('body').innerText();
    expect(text).toContain('nested deeper than 32 levels');
    expect(text).not.toMatch(/bug in awscalc|Infinity|NaN/);
    expect(await page.getByRole('heading', { name: 'DynamoDB capacity and cost' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws monthly cost against utilization with the break-even marked', async () => {
    const { page, errors } = await openApp(browser, '/dynamodb');
    const chart = page.locator('svg.chart');
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.locator('[data-series="On-demand"]').count()).toBe(1);
    expect(await chart.locator('[data-series="Provisioned"]').count()).toBe(1);
    // Standard prices: $0.00013 per RCU-hour ÷ (3,600 × $0.125 per million RRU) = 28.9 %.
    await expect
      .poll(() => chart.locator('[data-marker^="break-even"]').getAttribute('data-marker'))
      .toBe('break-even 28.9 %');
    expect(await page.getByTestId('break-even').textContent()).toContain('28.9 %');
    await page.getByLabel('Utilization (%)', { exact: true }).fill('20');
    await expect
      .poll(() => page.getByText('Cheaper here').locator('xpath=following-sibling::dd[1]').textContent())
      .toBe('on-demand');
    expect(new URL(page.url()).searchParams.get('utilization')).toBe('20');
    expect(errors).toEqual([]);
  });

  it('adds PITR and global-table replicated writes as priced lines', async () => {
    const { page, errors } = await openApp(browser, '/dynamodb');
    const lines = page.getByRole('table', { name: 'Cost lines' }).locator('tbody tr td:nth-child(2)');
    await expect
      .poll(() => lines.allTextContents())
      .not.toContain('Continuous backups (point-in-time recovery)');
    await page.getByLabel('Point-in-time recovery').check();
    await page.getByLabel('Replica Regions').fill('2');
    await expect.poll(() => lines.allTextContents()).toContain('Continuous backups (point-in-time recovery)');
    const texts = await lines.allTextContents();
    expect(
      texts.some((text) => text.includes('replicated write request units') && text.includes('× 2 replica')),
    ).toBe(true);
    expect(new URL(page.url()).searchParams.get('pitr')).toBe('1');
    expect(errors).toEqual([]);
  });
});
