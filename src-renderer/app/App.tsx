import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/client';
import { useCall } from '../api/use-call';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { AthletePage } from '../features/athlete/AthletePage';
import { CallBriefPage } from '../features/briefs/CallBriefPage';
import { ImportsPage } from '../features/imports/ImportsPage';
import { InboxPage } from '../features/inbox/InboxPage';
import { PlannerPage } from '../features/planner/PlannerPage';
import { RosterPage } from '../features/roster/RosterPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { WorkoutLibraryPage } from '../features/workouts/WorkoutLibraryPage';
import { createActions } from './actions';
import { AppContext, type AppContextValue } from './app-context';
import { ShortcutHelp } from './ShortcutHelp';
import { Sidebar } from './Sidebar';
import { useResolvedTheme } from './theme';
import { useRoute, type Route } from './routes';
import { useShortcuts } from './use-shortcuts';

function CurrentScreen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'roster':
      return <RosterPage />;
    case 'athlete':
      return <AthletePage key={route.athleteId} athleteId={route.athleteId} />;
    case 'brief':
      return <CallBriefPage key={route.athleteId} athleteId={route.athleteId} />;
    case 'inbox':
      return <InboxPage />;
    case 'planner':
      return <PlannerPage planId={route.planId} />;
    case 'workouts':
      return <WorkoutLibraryPage workoutId={route.workoutId} />;
    case 'imports':
      return <ImportsPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The desktop app's Go menu navigates by sending a hash route. */
function useNavigateEvents(): void {
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'navigate') window.location.hash = event.to;
      }),
    [],
  );
}

/** Files dropped outside the Imports drop zone must not make the window navigate to them. */
function usePreventFileDropNavigation(): void {
  useEffect(() => {
    const prevent = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', prevent);
    window.addEventListener('drop', prevent);
    return () => {
      window.removeEventListener('dragover', prevent);
      window.removeEventListener('drop', prevent);
    };
  }, []);
}

export function App() {
  const info = useCall('app.info', {});
  const theme = useResolvedTheme(info.data?.settings.theme ?? 'system');
  const route = useRoute();
  const [shortcutHelpOpen, setShortcutHelpOpen] = useState(false);
  const toggleShortcutHelp = useCallback(() => setShortcutHelpOpen((open) => !open), []);
  const actions = useMemo(() => createActions({ toggleShortcutHelp }), [toggleShortcutHelp]);
  useShortcuts(actions);
  usePreventFileDropNavigation();
  useNavigateEvents();

  const context = useMemo<AppContextValue | undefined>(
    () => info.data && { info: info.data, settings: info.data.settings, theme },
    [info.data, theme],
  );

  return (
    <div className="shell">
      <Sidebar actions={actions} route={route} onShowShortcuts={toggleShortcutHelp} />
      <main className="main">
        {context ? (
          <AppContext value={context}>
            <CurrentScreen route={route} />
          </AppContext>
        ) : info.error ? (
          <ErrorBanner error={info.error} onRetry={info.refetch} />
        ) : (
          <Loading what="Coach Workstation" />
        )}
      </main>
      <ShortcutHelp actions={actions} open={shortcutHelpOpen} onClose={() => setShortcutHelpOpen(false)} />
    </div>
  );
}
