/**
 * A stand-in for the browser's `window` (location + history only), so URL-state logic can be unit
 * tested in Node. The real browser behaviour is covered by the Chromium tests in `browser/`.
 */
export function installTestWindow(url: string): { readonly href: () => string } {
  const current = new URL(url, 'http://awscalc.test');
  const setUrl = (next: string) => {
    const resolved = new URL(next, current);
    current.pathname = resolved.pathname;
    current.search = resolved.search;
  };
  const fake = {
    location: {
      get pathname() {
        return current.pathname;
      },
      get search() {
        return current.search;
      },
    },
    history: {
      replaceState: (_state: unknown, _title: string, next: string) => setUrl(next),
      pushState: (_state: unknown, _title: string, next: string) => setUrl(next),
    },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  Object.assign(globalThis, { window: fake });
  return { href: () => `${current.pathname}${current.search}` };
}
