import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './chromium.ts';

describe('S3 page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('needs 4 partitioned prefixes for 20,000 GET/s (5,500 per prefix) and keeps the rates in the URL', async () => {
    const { page, errors } = await openApp(browser, '/s3');
    await page.getByLabel('GET rate').fill('20000');
    await page.getByLabel('PUT rate').fill('10000');
    await expect.poll(() => page.getByTestId('s3-prefixes').textContent()).toBe('4');
    expect(await page.getByTestId('s3-write-prefixes').textContent()).toContain('3 =');
    await page.getByLabel('GET rate').fill('30000');
    await expect.poll(() => page.getByTestId('s3-prefixes').textContent()).toBe('6');
    expect(new URL(page.url()).searchParams.get('get-rate')).toBe('30000');
    expect(errors).toEqual([]);
  });

  it('opens an old link (get=, put=, retr=) with its values, and moves a value to the new name once edited', async () => {
    const { page, errors } = await openApp(browser, '/s3?get=30000&put=0&retr=1%20GB');
    await expect.poll(() => page.getByTestId('s3-prefixes').textContent()).toBe('6');
    expect(await page.getByLabel('Retrieved size').inputValue()).toBe('1 GB');
    await page.getByLabel('GET rate').fill('5000');
    await expect.poll(() => page.getByTestId('s3-prefixes').textContent()).toBe('1');
    const params = new URL(page.url()).searchParams;
    expect(params.get('get-rate')).toBe('5000');
    expect(params.get('get')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('names a prefix listed twice in the spread beside the field, and lets light prefixes share a partition', async () => {
    const { page, errors } = await openApp(browser, '/s3?get-rate=100&put-rate=0&traffic=a%3D50%2Ca%3D50');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('"a" appears twice');
    await page.getByLabel('Traffic spread').fill('logs/=60, images/=40');
    await expect
      .poll(() => page.getByText('partitions needed for the spread:').textContent())
      .toContain('spread: 1)');
    // 10,000 GET/s: hot/ needs 2 of its own, warm/ and cold/ share 1: the column adds up to the caption's 3.
    await page.getByLabel('GET rate').fill('10000');
    await page.getByLabel('Traffic spread').fill('hot/=80, warm/=10, cold/=10');
    await expect
      .poll(() => page.getByText('partitions needed for the spread:').textContent())
      .toContain('spread: 3)');
    const column = await page
      .locator('table[aria-label="Load per prefix"] tr td:last-child')
      .allTextContents();
    expect(column).toEqual(['2', 'shared', 'shared', '1']);
    expect(errors).toEqual([]);
  });

  it('plans a 5 TiB upload with 525 MiB parts and reports an object above the maximum beside the result', async () => {
    const { page, errors } = await openApp(browser, '/s3?object-size=5%20TiB&part-size=8%20MiB');
    await expect.poll(() => page.getByTestId('s3-part-size').textContent()).toContain('525 MiB');
    expect(await page.getByTestId('s3-part-count').textContent()).toBe('9,987');
    expect(await page.getByTestId('s3-single-put').textContent()).toBe('no');
    await page.getByLabel('Object size (bytes)', { exact: true }).fill('60 TB');
    const problems = page.getByRole('list', { name: 'Problems' });
    await expect.poll(() => problems.textContent()).toContain('larger than the largest S3 object');
    await page.getByLabel('Object size (bytes)', { exact: true }).fill('lots');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('not a byte size');
    expect(await page.getByRole('heading', { name: 'Multipart upload plan' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reads "50 TB" as binary by default and fits it in SI units, for both tools at once', async () => {
    const { page, errors } = await openApp(browser, '/s3?size=50%20TB');
    await expect
      .poll(() => page.getByRole('list', { name: 'Problems' }).textContent())
      .toContain('use decimal units');
    await page.getByLabel('Units').first().selectOption('decimal');
    // ⌈(50 × 10^12 ÷ 10,000) ÷ 2^20⌉ = 4,769 MiB = 5,000,658,944-byte parts.
    await expect.poll(() => page.getByTestId('s3-part-size').textContent()).toContain('5,000,658,944 bytes');
    expect(await page.getByLabel('Units').last().inputValue()).toBe('decimal');
    expect(new URL(page.url()).searchParams.get('units')).toBe('decimal');
    expect(errors).toEqual([]);
  });

  it('compares storage classes from a link and highlights the cheapest', async () => {
    const { page, errors } = await openApp(browser, '/s3?objects=10k&total-size=10%20TB&puts=0&gets=0');
    const table = page.getByRole('table', { name: 'Monthly cost by storage class' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(7);
    const cheapest = table.locator('tr.s3-cheapest');
    await expect.poll(() => cheapest.getAttribute('data-class')).toBe('DEEP_ARCHIVE');
    expect(await cheapest.textContent()).toContain('cheapest');
    // 10 TB = 10,240 GB at $0.023 (first 50 TB tier), nothing else with no requests.
    expect(await page.getByTestId('s3-total-STANDARD').textContent()).toBe('$235.52');
    expect(await page.getByRole('img', { name: 'Monthly cost by storage class' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('bills a 50 KB object as 128 KB in Standard-IA (shown in the line items)', async () => {
    const { page } = await openApp(browser, '/s3?objects=1&average-size=50%20KB&puts=0&gets=0');
    await page.getByText('Line items with unit prices').click();
    const ia = page.getByRole('table', { name: 'S3 Standard-IA line items' });
    // 131,072 bytes ÷ 2^30 = 0.0001220703125 GB-month.
    await expect.poll(() => ia.locator('tbody tr').first().textContent()).toContain('0.0001220703125');
  });

  it('survives a hostile link: each bad field gets its own message, nothing crashes or blanks', async () => {
    const { page, errors } = await openApp(
      browser,
      '/s3?get-rate=abc&put-rate=1e400&size=5%20XB&part-size=-1&objects=1e400&month=999',
    );
    await expect.poll(async () => page.getByRole('alert').count()).toBeGreaterThanOrEqual(5);
    const alerts = (await page.getByRole('alert').allTextContents()).join('\n');
    expect(alerts).toContain('GET rate: ');
    expect(alerts).toContain('PUT rate must be at most 1,000,000,000,000 per second');
    expect(alerts).toContain('"5 XB" is not a byte size');
    expect(alerts).toContain('Objects must be at most 10^18 objects');
    expect(alerts).not.toMatch(/NaN|Infinity|undefined|\[object/);
    // A month or units value no control offers (a hand-edited link) is named beside its control, not dropped silently.
    expect(alerts).toContain('Month must be 730 hours');
    const { page: units, errors: unitErrors } = await openApp(browser, '/s3?units=metric');
    await expect.poll(async () => units.getByRole('alert').count()).toBe(2);
    expect(await units.getByRole('alert').first().textContent()).toBe(
      'Units "metric" is not one of binary, decimal.',
    );
    expect([...errors, ...unitErrors]).toEqual([]);
  });
});
