import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RendererActionId } from '../../src-main/common/actions/registry';
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
import { createActionHandlers } from './actions';
import { AppContext, type AppContextValue } from './app-context';
import { ShortcutHelp } from './ShortcutHelp';
import { Sidebar } from './Sidebar';
import { useResolvedTheme } from './theme';
import { useRoute, type Route } from './routes';
import { ScreenShortcutsProvider, useShortcuts } from './use-shortcuts';

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

/** The desktop app's menu runs the renderer's actions by sending their ids. */
function useMenuActions(handlers: Record<RendererActionId, () => void>): void {
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'action') handlers[event.id]();
      }),
    [handlers],
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
  const actionHandlers = useMemo(() => createActionHandlers({ toggleShortcutHelp }), [toggleShortcutHelp]);
  const setScreenShortcuts = useShortcuts((id) => actionHandlers[id]());
  usePreventFileDropNavigation();
  useMenuActions(actionHandlers);

  const context = useMemo<AppContextValue | undefined>(
    () => info.data && { info: info.data, settings: info.data.settings, theme },
    [info.data, theme],
  );

  return (
    <div className="shell">
      <Sidebar route={route} onShowShortcuts={toggleShortcutHelp} />
      <main className="main">
        {context ? (
          <AppContext value={context}>
            <ScreenShortcutsProvider value={setScreenShortcuts}>
              <CurrentScreen route={route} />
            </ScreenShortcutsProvider>
          </AppContext>
        ) : info.error ? (
          <ErrorBanner error={info.error} onRetry={info.refetch} />
        ) : (
          <Loading what="Coach Workstation" />
        )}
      </main>
      <ShortcutHelp open={shortcutHelpOpen} onClose={() => setShortcutHelpOpen(false)} />
    </div>
  );
}
