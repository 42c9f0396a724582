import { useCallback, useState, useSyncExternalStore } from 'react';

/** The page path, with `/` meaning the first page. */
export function currentPath(): string {
  return window.location.pathname === '/' ? '/subnet' : window.location.pathname;
}

/** Goes to another page; its inputs start from that page's defaults. */
export function navigate(path: string): void {
  window.history.pushState(null, '', path);
}

/** Reads one query parameter of the current URL. */
export function readParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

/**
 * Writes query parameters in place (replaceState: typing must not flood the back button). A value
 * equal to its default is removed so links stay short.
 */
export function writeParams(values: Record<string, string | null>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

/**
 * A name a parameter had in links made before it was renamed (e.g. S3's `retr`, now
 * `retrieved-size`). `read` turns an old value into the new field's text when the format changed too
 * (`burst=1` → `true`); returning null ignores the old value.
 */
type FormerParam = string | { readonly name: string; readonly read: (old: string) => string | null };

/** How a parameter was named before: old links keep opening with their values. */
export interface ParamHistory {
  readonly formerly?: readonly FormerParam[] | undefined;
}

const formerName = (former: FormerParam) => (typeof former === 'string' ? former : former.name);

/**
 * The link's value for `name`, else the value under the first of its former names the link carries
 * (converted by that name's `read`). The new name wins when a link carries both.
 */
export function readParamOrFormer(name: string, history?: ParamHistory): string | null {
  const current = readParam(name);
  if (current !== null) return current;
  for (const former of history?.formerly ?? []) {
    const old = readParam(formerName(former));
    if (old === null) continue;
    const value = typeof former === 'string' ? old : former.read(old);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The URL change for an edit: the value under the new name (removed when it is the default) and
 * every former name removed, so an old link becomes a new one as soon as its field is edited.
 */
export function paramEdit(
  name: string,
  value: string | null,
  history?: ParamHistory,
): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const former of history?.formerly ?? []) changes[formerName(former)] = null;
  changes[name] = value;
  return changes;
}

/**
 * A text input's state, kept in the URL query parameter `name`, so a link reproduces the page.
 * `history.formerly` lists the names older links used for it: read when `name` is absent, and
 * replaced by `name` on the first edit.
 */
export function useTextParam(
  name: string,
  fallback: string,
  history?: ParamHistory,
): [string, (value: string) => void] {
  const [value, setValue] = useState(() => readParamOrFormer(name, history) ?? fallback);
  const update = useCallback(
    (next: string) => {
      setValue(next);
      writeParams(paramEdit(name, next === fallback ? null : next, history));
    },
    [name, fallback, history],
  );
  return [value, update];
}

/**
 * Structured state (e.g. a list of tiers) kept as JSON in one query parameter. `decode` validates
 * what a link carries — normally the calculator's own zod schema — and falls back when it is bad.
 * Former names are read and replaced as for `useTextParam`.
 */
export function useJsonParam<T>(
  name: string,
  fallback: T,
  decode: (raw: unknown) => T | undefined,
  history?: ParamHistory,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(() => {
    const raw = readParamOrFormer(name, history);
    if (raw === null) return fallback;
    let decoded: T | undefined;
    try {
      decoded = decode(JSON.parse(raw));
    } catch {
      decoded = undefined;
    }
    // Never silently swap a shared link's content for defaults: the shell says so.
    if (decoded === undefined) reportUnreadableParam(name);
    return decoded ?? fallback;
  });
  const update = useCallback(
    (next: T) => {
      setValue(next);
      writeParams(paramEdit(name, JSON.stringify(next), history));
    },
    [name, history],
  );
  return [value, update];
}

// Query parameters a page could not decode from the link it was opened with (e.g. an edited or
// truncated URL). The shell shows them so the user knows the defaults replaced the link's content.
let unreadable: readonly string[] = [];
const listeners = new Set<() => void>();

/** Records that the link's `name` parameter could not be read, so the shell can say so. */
export function reportUnreadableParam(name: string): void {
  if (unreadable.includes(name)) return;
  unreadable = [...unreadable, name];
  // Notify after the current render, not during it.
  queueMicrotask(() => {
    for (const listener of listeners) listener();
  });
}

/** The names of link parameters that could not be read, for the shell's notice. */
export function useUnreadableParams(): readonly string[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unreadable,
    () => unreadable,
  );
}

/** Clears the notice (on navigation to another page). */
export function clearUnreadableParams(): void {
  unreadable = [];
  for (const listener of listeners) listener();
}
