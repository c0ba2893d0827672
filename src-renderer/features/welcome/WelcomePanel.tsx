import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressBar } from '../../components/ProgressBar';
import { navigate } from '../../app/routes';

interface DemoProgress {
  done: number;
  total: number;
  label: string;
}

/** First run (no athletes yet): the two ways to get data in, with the demo's progress as it is generated. */
export function WelcomePanel({ onAddAthlete }: { onAddAthlete: () => void }) {
  // The roster and app.info are refetched when the server announces the new athletes.
  const demo = useCallMutation('demo.load');
  const [progress, setProgress] = useState<DemoProgress>();
  // Generated: the progress stays until the roster replaces this panel.
  const [generated, setGenerated] = useState(false);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'job.progress' && event.job === 'demo')
          setProgress({ done: event.done, total: event.total, label: event.label });
      }),
    [],
  );

  function loadDemo() {
    setProgress(undefined);
    demo.run({}, () => setGenerated(true));
  }

  const loading = demo.pending || generated;
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
      {loading && (
        <ProgressBar
          label={progress?.label ?? 'Generating the demo roster'}
          fraction={progress?.total ? progress.done / progress.total : undefined}
        />
      )}
      {demo.error && <ErrorBanner error={demo.error} onRetry={loadDemo} />}
    </section>
  );
}
