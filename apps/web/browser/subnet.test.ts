import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './chromium.ts';

describe('subnet inspector page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the five AWS-reserved addresses of a typed CIDR and keeps it in the URL', async () => {
    const { page, errors } = await openApp(browser, '/');
    const input = page.getByLabel('CIDR');
    await input.fill('10.16.16.0/20');
    const reserved = page.getByRole('table', { name: 'Reserved addresses' });
    await expect
      .poll(() => reserved.locator('tbody tr td:first-child').allTextContents())
      .toEqual(['10.16.16.0', '10.16.16.1', '10.16.16.2', '10.16.16.3', '10.16.31.255']);
    expect(await page.getByTestId('usable').textContent()).toBe('4,091');
    expect(new URL(page.url()).searchParams.get('cidr')).toBe('10.16.16.0/20');
    expect(errors).toEqual([]);
  });

  it('reproduces the result from a link, IPv6 included', async () => {
    const { page } = await openApp(browser, `/subnet?cidr=${encodeURIComponent('2001:db8:0:1::/64')}`);
    await expect.poll(() => page.getByLabel('CIDR').inputValue()).toBe('2001:db8:0:1::/64');
    const first = await page
      .getByRole('table', { name: 'Reserved addresses' })
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(first).toEqual([
      '2001:db8:0:1::',
      '2001:db8:0:1::1',
      '2001:db8:0:1::2',
      '2001:db8:0:1::3',
      '2001:db8:0:1:ffff:ffff:ffff:ffff',
    ]);
  });

  it('shows a parse error beside the field and keeps the page', async () => {
    const { page, errors } = await openApp(browser, '/subnet');
    await page.getByLabel('CIDR').fill('010.0.0.0/16');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('leading zero');
    expect(await page.getByRole('heading', { name: 'Subnet inspector' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});
