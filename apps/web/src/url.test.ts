import { beforeEach, describe, expect, it } from 'vitest';
import { installTestWindow } from './testWindow.ts';
import { currentPath, paramEdit, readParam, readParamOrFormer, writeParams } from './url.ts';

describe('URL state', () => {
  let location: ReturnType<typeof installTestWindow>;
  beforeEach(() => {
    location = installTestWindow('/subnet?cidr=10.0.0.0%2F16');
  });

  it('reads a parameter and treats / as the first page', () => {
    expect(readParam('cidr')).toBe('10.0.0.0/16');
    expect(currentPath()).toBe('/subnet');
    installTestWindow('/');
    expect(currentPath()).toBe('/subnet');
  });

  it('writes parameters in place and drops those set to null', () => {
    writeParams({ cidr: '2001:db8::/56', extra: 'x' });
    expect(readParam('cidr')).toBe('2001:db8::/56');
    writeParams({ extra: null });
    expect(location.href()).toBe('/subnet?cidr=2001%3Adb8%3A%3A%2F56');
  });

  it('reads a former name when the new one is absent, converting it when its format changed', () => {
    installTestWindow('/ebs?io=16&burst=1&plain=0');
    expect(readParamOrFormer('io-size', { formerly: ['io'] })).toBe('16');
    const burst = { name: 'burst', read: (old: string) => (old === '1' ? 'true' : 'false') };
    expect(readParamOrFormer('match-burst', { formerly: [burst] })).toBe('true');
    // `read` returning null ignores the old value (plain=0 said nothing about the format).
    const plain = { name: 'plain', read: (old: string) => (old === '1' ? 'plain' : null) };
    expect(readParamOrFormer('format', { formerly: [plain] })).toBeNull();
    expect(readParamOrFormer('size', { formerly: ['absent'] })).toBeNull();
  });

  it('prefers the new name when a link carries both', () => {
    installTestWindow('/s3?get=30000&get-rate=5000');
    expect(readParamOrFormer('get-rate', { formerly: ['get'] })).toBe('5000');
  });

  it('an edit writes the new name and removes the former ones', () => {
    const here = installTestWindow('/s3?retr=1%20GB&objects=1');
    writeParams(paramEdit('retrieved-size', '2 GB', { formerly: ['retr'] }));
    expect(here.href()).toBe('/s3?objects=1&retrieved-size=2+GB');
    writeParams(paramEdit('retrieved-size', null, { formerly: ['retr'] }));
    expect(here.href()).toBe('/s3?objects=1');
  });
});
