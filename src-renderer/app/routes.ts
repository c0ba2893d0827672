import { useSyncExternalStore } from 'react';

/** Hash routes (#/roster, #/athletes/12 …): they survive reloads and need no server support. */
export type Route =
  | { screen: 'roster' }
  | { screen: 'athlete'; athleteId: number }
  | { screen: 'inbox' }
  | { screen: 'planner' }
  | { screen: 'imports' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  const athlete = /^athletes\/(\d+)$/.exec(path);
  if (athlete) return { screen: 'athlete', athleteId: Number(athlete[1]) };
  switch (path) {
    case 'inbox':
    case 'planner':
    case 'imports':
    case 'settings':
      return { screen: path };
    default:
      return { screen: 'roster' };
  }
}

export function routeHref(route: Route): string {
  return route.screen === 'athlete' ? `#/athletes/${route.athleteId}` : `#/${route.screen}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
