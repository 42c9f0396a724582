import { useEffect, useState } from 'react';
import { pages } from './pages/registry.ts';
import { currentPath, navigate } from './url.ts';

/** The shell: navigation between calculator pages; each page owns its inputs (held in the URL). */
export function App() {
  const [path, setPath] = useState(currentPath());
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
  return (
    <div className="shell">
      <header className="masthead">
        <a
          className="brand"
          href="/"
          onClick={(event) => {
            event.preventDefault();
            navigate('/subnet');
            setPath('/subnet');
          }}
        >
          awscalc
        </a>
        <nav aria-label="Calculators">
          {pages.map((entry) => (
            <a
              key={entry.path}
              href={entry.path}
              aria-current={entry.path === page.path ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate(entry.path);
                setPath(entry.path);
              }}
            >
              {entry.label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <h1>{page.title}</h1>
        <Page key={page.path} />
      </main>
      <footer>
        Everything is computed in your browser. Every AWS constant links to the page it comes from.
      </footer>
    </div>
  );
}
