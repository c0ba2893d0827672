import { useSyncExternalStore } from 'react';

/** Hash routes (#/roster, #/athletes/12 …): they survive reloads and need no server support. */
export type Route =
  | { screen: 'roster' }
  | { screen: 'athlete'; athleteId: number }
  | { screen: 'brief'; athleteId: number }
  | { screen: 'inbox' }
  | { screen: 'planner'; planId?: number }
  | { screen: 'workouts'; workoutId?: number }
  | { screen: 'imports' }
  | { screen: 'settings' };

export type Screen = Route['screen'];

export function parseRoute(hash: string): Route {
  // A query (e.g. #/planner?athlete=3) preselects things on a screen; it does not change the route.
  const path = hash.replace(/^#\/?/, '').split('?')[0]!;
  const athlete = /^athletes\/(\d+)$/.exec(path);
  if (athlete) return { screen: 'athlete', athleteId: Number(athlete[1]) };
  const brief = /^athletes\/(\d+)\/brief$/.exec(path);
  if (brief) return { screen: 'brief', athleteId: Number(brief[1]) };
  const plan = /^planner\/(\d+)$/.exec(path);
  if (plan) return { screen: 'planner', planId: Number(plan[1]) };
  const workout = /^workouts\/(\d+)$/.exec(path);
  if (workout) return { screen: 'workouts', workoutId: Number(workout[1]) };
  switch (path) {
    case 'inbox':
    case 'planner':
    case 'workouts':
    case 'imports':
    case 'settings':
      return { screen: path };
    default:
      return { screen: 'roster' };
  }
}

export function routeHref(route: Route): string {
  switch (route.screen) {
    case 'athlete':
      return `#/athletes/${route.athleteId}`;
    case 'brief':
      return `#/athletes/${route.athleteId}/brief`;
    case 'planner':
      return route.planId === undefined ? '#/planner' : `#/planner/${route.planId}`;
    case 'workouts':
      return route.workoutId === undefined ? '#/workouts' : `#/workouts/${route.workoutId}`;
    default:
      return `#/${route.screen}`;
  }
}

export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The address's hash, re-read whenever it changes. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

/** The query after a hash route (#/inbox?athlete=3 → athlete=3), which preselects things on a screen. */
export function hashQuery(hash: string = window.location.hash): URLSearchParams {
  return new URLSearchParams(hash.split('?')[1] ?? '');
}
