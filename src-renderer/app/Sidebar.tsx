import type { Action } from './actions';
import { routeHref, type Route } from './routes';
import { KeySpec } from './ShortcutHelp';

function isCurrent(action: Action, route: Route): boolean {
  const screen = route.screen === 'athlete' || route.screen === 'brief' ? 'roster' : route.screen;
  return action.route?.screen === screen;
}

export function Sidebar({
  actions,
  route,
  onShowShortcuts,
}: {
  actions: Action[];
  route: Route;
  onShowShortcuts: () => void;
}) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Coach Workstation</div>
      {actions
        .filter((action) => action.route)
        .map((action) => (
          <a
            key={action.name}
            className="nav-link"
            href={routeHref(action.route!)}
            aria-current={isCurrent(action, route) ? 'page' : undefined}
            aria-keyshortcuts={action.keys.join(' ')}
          >
            {action.label}
            <KeySpec spec={action.keys[0]!} />
          </a>
        ))}
      <div className="sidebar-footer">
        <button type="button" className="link" onClick={onShowShortcuts}>
          Keyboard shortcuts <kbd>?</kbd>
        </button>
      </div>
    </nav>
  );
}
