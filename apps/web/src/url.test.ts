import { beforeEach, describe, expect, it } from 'vitest';
import { installTestWindow } from './testWindow.ts';
import { currentPath, readParam, writeParams } from './url.ts';

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
});
