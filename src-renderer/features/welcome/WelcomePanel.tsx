import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressBar } from '../../components/ProgressBar';
import { useAppContext } from '../../app/app-context';
import { navigate } from '../../app/routes';

type DemoState =
  | { kind: 'idle' }
  | { kind: 'loading'; done?: number; total?: number; label?: string }
  | { kind: 'failed'; error: unknown };

/** First run (no athletes yet): the two ways to get data in, with the demo's progress as it is generated. */
export function WelcomePanel({ onAddAthlete }: { onAddAthlete: () => void }) {
  const { reloadInfo } = useAppContext();
  const [demo, setDemo] = useState<DemoState>({ kind: 'idle' });

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'job.progress') return;
        setDemo((current) =>
          current.kind === 'loading'
            ? { kind: 'loading', done: event.done, total: event.total, label: event.label }
            : current,
        );
      }),
    [],
  );

  async function loadDemo() {
    setDemo({ kind: 'loading' });
    try {
      await api.call('demo.load');
      // The data.changed event would refetch too; asking directly does not depend on it arriving.
      reloadInfo();
    } catch (error) {
      setDemo({ kind: 'failed', error });
    }
  }

  const loading = demo.kind === 'loading';
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <div>
        <h1 id="welcome-title">Welcome to Coach Workstation</h1>
        <p className="muted">
          Your roster is empty. Everything stays on this computer: start with a demo roster to explore, or import your
          athletes' activity files.
        </p>
      </div>
      <div className="choices">
        <div className="choice">
          <h2>Explore with demo athletes</h2>
          <p className="muted">
            Generates about two dozen athletes with two years of training and wellness data. Demo athletes carry a DEMO
            badge and can be deleted any time.
          </p>
          <button type="button" className="primary" onClick={loadDemo} disabled={loading}>
            Load demo roster
          </button>
        </div>
        <div className="choice">
          <h2>Bring your own data</h2>
          <p className="muted">
            Import FIT, TCX or GPX files (or zip archives of them) from watches and bike computers.
          </p>
          <button type="button" onClick={() => navigate({ screen: 'imports' })}>
            Import files
          </button>
          <button type="button" className="link" onClick={onAddAthlete}>
            or add an athlete by hand
          </button>
        </div>
      </div>
      {demo.kind === 'loading' && (
        <ProgressBar
          label={demo.label ?? 'Generating the demo roster'}
          fraction={demo.total ? (demo.done ?? 0) / demo.total : undefined}
        />
      )}
      {demo.kind === 'failed' && <ErrorBanner error={demo.error} onRetry={loadDemo} />}
    </section>
  );
}
