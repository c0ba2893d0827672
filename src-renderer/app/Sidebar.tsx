import { ariaKeyShortcut } from '../../src-main/common/actions/keys';
import { NAVIGATION_ACTIONS, type NavigationAction } from '../../src-main/common/actions/registry';
import { ActionKey, KeySpec } from '../components/KeySpec';
import { PLATFORM } from './platform';
import { routeHref, type Route } from './routes';

function isCurrent(action: NavigationAction, route: Route): boolean {
  const screen = route.screen === 'athlete' || route.screen === 'brief' ? 'roster' : route.screen;
  return action.screen === screen;
}

function ariaKeyShortcuts(action: NavigationAction): string | undefined {
  const shortcuts = action.keys.map((binding) => ariaKeyShortcut(binding, PLATFORM)).filter(Boolean);
  return shortcuts.length > 0 ? shortcuts.join(' ') : undefined;
}

export function Sidebar({ route, onShowShortcuts }: { route: Route; onShowShortcuts: () => void }) {
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">Coach Workstation</div>
      {NAVIGATION_ACTIONS.map((action) => (
        <a
          key={action.id}
          className="nav-link"
          href={routeHref({ screen: action.screen })}
          aria-current={isCurrent(action, route) ? 'page' : undefined}
          aria-keyshortcuts={ariaKeyShortcuts(action)}
        >
          {action.label}
          <KeySpec binding={action.keys[0]} />
        </a>
      ))}
      <div className="sidebar-footer">
        <button type="button" className="link" onClick={onShowShortcuts}>
          Keyboard shortcuts <ActionKey id="help.shortcuts" />
        </button>
      </div>
    </nav>
  );
}
