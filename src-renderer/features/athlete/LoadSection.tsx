import { useState } from 'react';
import { useCall } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import type { ContextMark } from './context-marks';
import { Loading } from '../../components/Loading';
import { FOCUS_DAYS_BEFORE, PmcChart } from './PmcChart';
import { PmcSettingsPanel } from './PmcSettingsPanel';
import { WhenAthleteTodayKnown } from './athlete-today';

/** The PMC with the convention that made it, and the panel to change that convention. */
export function LoadSection({
  athleteId,
  marks,
  focus,
}: {
  athleteId: number;
  marks: readonly ContextMark[];
  /** Dates to open the chart on (the inbox's evidence range) instead of the last 120 days. */
  focus?: { from: string; to: string } | null;
}) {
  const pmc = useCall('analytics.pmc', { athleteId });
  const settings = useCall('analytics.settings.get', { athleteId });
  const future = useCall('plans.plannedFuture', { athleteId });
  const [editing, setEditing] = useState(false);
  // The chart waits for the planned future too (a light query that usually answers first): drawing
  // the PMC without it and again with it would draw the page's costliest chart twice.
  const loading = pmc.isPending || future.isPending;

  return (
    <section className="card" aria-labelledby="pmc-title">
      <div className="card-header">
        <h2 id="pmc-title">Performance management chart</h2>
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
          PMC settings
        </button>
      </div>
      {pmc.error && <ErrorBanner error={pmc.error} onRetry={pmc.refetch} />}
      {loading && <Loading what="load history" />}
      {!loading &&
        pmc.data &&
        (pmc.data.days.length === 0 ? (
          <p className="muted">No training history yet: the chart starts with the first activity that has a load.</p>
        ) : (
          <PmcChart series={pmc.data} future={future.data} marks={marks} focus={focus} />
        ))}
      {!loading && pmc.data && (
        <p className="footnote" data-testid="pmc-convention">
          <strong>Convention:</strong> {pmc.data.convention.label}. Shaded spans: 7-day CTL ramp above the warning
          threshold; labelled spans: injuries and the causes you tagged in the inbox
          {focus
            ? `; "Inbox evidence": the days behind the finding you came from, shown with the ${FOCUS_DAYS_BEFORE / 7} weeks before`
            : ''}
          . Drag the slider to see the whole history.{' '}
          {future.data ? (
            <>
              Dashed: the fitness <a href={`#/planner/${future.data.planId}`}>{future.data.name}</a> will produce if
              followed.
            </>
          ) : (
            <a href={`#/planner?athlete=${athleteId}`} data-testid="plan-a-race">
              Plan a race for this athlete
            </a>
          )}
        </p>
      )}
      {editing && settings.data && (
        <WhenAthleteTodayKnown>
          <PmcSettingsPanel key={JSON.stringify(settings.data)} settings={settings.data} />
        </WhenAthleteTodayKnown>
      )}
      {editing && settings.error && <ErrorBanner error={settings.error} onRetry={settings.refetch} />}
    </section>
  );
}
