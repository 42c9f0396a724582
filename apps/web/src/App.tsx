import { useEffect, useState } from 'react';
import { pages } from './pages/registry.ts';
import { clearUnreadableParams, currentPath, navigate, useUnreadableParams } from './url.ts';

/** The shell: navigation between calculator pages; each page owns its inputs (held in the URL). */
export function App() {
  const [path, setPath] = useState(currentPath());
  const unreadable = useUnreadableParams();
  useEffect(() => {
    const onPop = () => setPath(currentPath());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const page = pages.find((entry) => entry.path === path) ?? pages[0]!;
  const Page = page.component;
  useEffect(() => {
    document.title = `${page.title} · awscalc`;
  }, [page.title]);
  const go = (target: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    navigate(target);
    clearUnreadableParams();
    setPath(target);
  };
  return (
    <div className="shell">
      <header className="masthead">
        <a className="brand" href="/" onClick={go(pages[0]!.path)}>
          awscalc
        </a>
        <nav aria-label="Calculators">
          {pages.map((entry) => (
            <a
              key={entry.path}
              href={entry.path}
              aria-current={entry.path === page.path ? 'page' : undefined}
              onClick={go(entry.path)}
            >
              {entry.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <h1>{page.title}</h1>
        {unreadable.length > 0 ? (
          <p className="link-notice" role="status">
            Part of this link could not be read ({unreadable.join(', ')}), so those inputs start from their
            defaults. The link may have been cut short or edited.
          </p>
        ) : null}
        <Page key={page.path} />
      </main>
      <footer>
        Everything is computed in your browser. Every AWS constant links to the page it comes from.
      </footer>
    </div>
  );
}
