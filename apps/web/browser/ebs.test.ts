import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp } from './chromium.ts';

describe('EBS page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows what a gp2 volume delivers (AWS table: 100 GiB → 300 IOPS, 2,000 s burst, 18,000 s refill; 334 GiB → 1,002 / 2,703 s / 5,389 s) and a link reproduces it', async () => {
    const { page, errors } = await openApp(browser, '/ebs');
    await expect.poll(() => page.getByTestId('baseline-iops').textContent()).toBe('300');
    expect(await page.getByTestId('burst-seconds').textContent()).toContain('2,000 s');
    expect(await page.getByTestId('refill-seconds').textContent()).toContain('18,000 s');
    await page.getByLabel('Size (GiB)').fill('334');
    await expect.poll(() => page.getByTestId('baseline-iops').textContent()).toBe('1,002');
    expect(await page.getByTestId('burst-seconds').textContent()).toContain('2,703 s');
    expect(await page.getByTestId('refill-seconds').textContent()).toContain('5,389 s');
    const link = new URL(page.url());
    expect(link.searchParams.get('size')).toBe('334');
    const { page: again } = await openApp(browser, `${link.pathname}${link.search}`);
    await expect.poll(() => again.getByLabel('Size (GiB)').inputValue()).toBe('334');
    expect(await again.getByTestId('burst-seconds').textContent()).toContain('2,703 s');
    expect(errors).toEqual([]);
  });

  it('draws the credit balance and delivered IOPS over the workload, with the bucket-empty moment marked', async () => {
    const { page, errors } = await openApp(browser, '/ebs?type=gp2&size=100&demand=3000%3A2500&repeat=1');
    await expect.poll(() => page.getByTestId('empty-at').textContent()).toContain('2,000 s');
    const chart = page.getByTestId('burst-chart');
    const balance = chart.locator('path[data-series^="Credit balance"]');
    const delivered = chart.locator('path[data-series="Delivered IOPS"]');
    const balancePath = (await balance.getAttribute('d')) ?? '';
    const deliveredPath = (await delivered.getAttribute('d')) ?? '';
    // A path with points: a move and at least two further drawing commands.
    expect(balancePath).toMatch(/^M[\d.]+,[\d.]+/);
    expect(balancePath.match(/[LHV]/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(deliveredPath.match(/[HV]/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(await chart.locator('[data-marker="bucket empty"]').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('reproduces a gp3 problem, the gp2 → gp3 saving and the chart from a link', async () => {
    const { page } = await openApp(browser, '/ebs?type=gp3&size=10&iops=3000&throughput=1000');
    await expect.poll(() => page.getByTestId('valid').textContent()).toBe('no');
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('gp3 throughput 1,000 MiB/s needs at least 4,000 IOPS');
    const { page: gp2 } = await openApp(
      browser,
      '/ebs?type=gp2&size=500&demand=2500%3A600%2C200%3A3600&repeat=6',
    );
    await expect.poll(() => gp2.getByTestId('gp3-iops').textContent()).toBe('3,000 sustained');
    expect(await gp2.getByTestId('gp3-throughput').textContent()).toBe('250 MiB/s sustained');
    expect(await gp2.getByTestId('saving').textContent()).toContain('$5.00 per month (10%)');
    expect(await gp2.getByLabel('Demand (IOPS:duration, …)').inputValue()).toBe('2500:600,200:3600');
    expect(await gp2.getByTestId('burst-chart').locator('svg path').count()).toBeGreaterThanOrEqual(3);
  });

  it('caps by typed-in instance limits and stripes RAID 0, capped by the instance (4 × 16,000 IOPS on m6i.4xlarge)', async () => {
    const { page, errors } = await openApp(
      browser,
      '/ebs?type=gp3&size=1024&iops=16000&throughput=1000&volume-count=4&instance=m6i.4xlarge',
    );
    await expect
      .poll(() => page.getByTestId('raid').textContent())
      .toContain('maximum 40,000 IOPS (limited by the instance)');
    // m6i.4xlarge sustains 20,000 IOPS after its 30-minute burst (AWS EC2 instance types, general purpose).
    expect(await page.getByTestId('raid').textContent()).toContain(
      'baseline 20,000 IOPS (limited by the instance)',
    );
    expect(await page.locator('[data-code="instance_burst_limited"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('effective baseline of this array is 20,000 IOPS')]),
    );
    await page.getByLabel('Instance', { exact: true }).selectOption('');
    await page.getByLabel('Instance EBS maximum IOPS').fill('12000');
    await expect
      .poll(() => page.getByTestId('effective').textContent())
      .toContain('12,000 IOPS (limited by the instance)');
    expect(new URL(page.url()).searchParams.get('instance-iops')).toBe('12000');
    expect(errors).toEqual([]);
  });

  it('survives a hostile link: every bad field gets its own message, nothing crashes or blanks', async () => {
    const { page, errors } = await openApp(
      browser,
      '/ebs?type=gp2&size=1e400&demand=-5%3Aabc&repeat=1e9&start=150&raid=1e9&iiops=abc',
    );
    await expect.poll(async () => page.getByRole('alert').count()).toBeGreaterThanOrEqual(5);
    const alerts = (await page.getByRole('alert').allTextContents()).join('\n');
    expect(alerts).toContain('Size must be at most 1,048,576 GiB');
    expect(alerts).toContain('Repeat must be at most 10,000');
    expect(alerts).toContain('Credit balance must be at most 100 %');
    expect(alerts).toContain('Instance EBS maximum IOPS must be a number');
    expect(alerts).not.toMatch(/NaN|Infinity|undefined|\[object/);
    // A month or type no control offers (a hand-edited link) is named, not dropped silently.
    const { page: month, errors: monthErrors } = await openApp(browser, '/ebs?type=gp2&size=100&month=999');
    await expect
      .poll(() => month.getByRole('alert').allTextContents())
      .toContain(
        'Month must be 730 hours (the AWS Pricing Calculator\'s month, 365 × 24 ÷ 12) or 720 hours (30 days); "999" is neither.',
      );
    const { page: raid, errors: raidErrors } = await openApp(browser, '/ebs?type=gp3&size=100&raid=1e9');
    await expect.poll(() => raid.getByRole('alert').first().textContent()).toContain('Give 2 to 128');
    errors.push(...raidErrors);
    const { page: bogus, errors: bogusErrors } = await openApp(browser, '/ebs?type=gp9&size=100');
    await expect
      .poll(() => bogus.getByRole('alert').first().textContent())
      .toContain('Volume type "gp9" is not one of gp3, gp2, io2, io1, st1, sc1, standard.');
    // The select keeps the link's value as an option, so the message beside it explains what it shows.
    expect(await bogus.getByLabel('Volume type').inputValue()).toBe('gp9');
    expect([...errors, ...monthErrors, ...bogusErrors]).toEqual([]);
  });

  it('opens links with the old parameter names (io, iiops, ithr, raid, start, burst) and writes the new ones', async () => {
    const { page, errors } = await openApp(
      browser,
      '/ebs?type=gp2&size=500&io=16&iiops=1000&ithr=250&raid=2&start=50&burst=1',
    );
    await expect.poll(() => page.getByLabel('I/O size (KiB)').inputValue()).toBe('16');
    expect(await page.getByLabel('Instance EBS maximum IOPS').inputValue()).toBe('1000');
    expect(await page.getByLabel('Instance EBS maximum throughput').inputValue()).toBe('250');
    expect(await page.getByLabel('Volumes').inputValue()).toBe('2');
    expect(await page.getByLabel('Credit balance (%)').inputValue()).toBe('50');
    expect(await page.getByLabel('Match burst').inputValue()).toBe('true');
    await expect.poll(() => page.getByTestId('gp3-iops').textContent()).toBe('3,000 sustained');
    await page.getByLabel('I/O size (KiB)').fill('32');
    const link = new URL(page.url());
    expect([link.searchParams.get('io-size'), link.searchParams.get('io')]).toEqual(['32', null]);
    expect(errors).toEqual([]);
  });

  it('shows a workload error beside its field and keeps the page', async () => {
    const { page, errors } = await openApp(browser, '/ebs?type=gp2&size=100');
    await page.getByLabel('Demand (IOPS:duration, …)').fill('2500 for ten minutes');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('rate:duration');
    expect(await page.getByTestId('baseline-iops').textContent()).toBe('300');
    expect(errors).toEqual([]);
  });
});
