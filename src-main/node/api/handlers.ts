import type { CallOutput, CallParsedInput, Method, coreCalls } from '../../common/contract';
import { listActivities } from '../services/activities';
import { annotateActivity } from '../services/activity-annotations';
import { setActivityStart } from '../services/activity-dating';
import { getActivityDetail } from '../services/activity-detail';
import {
  createAthlete,
  deleteAthlete,
  getAthlete,
  listAthletes,
  setAthleteArchived,
  setThreshold,
  updateAthlete,
} from '../services/athletes';
import type { ServiceContext } from '../services/context';
import { loadDemoRoster } from '../services/demo';
import { createAthleteEvent, listAthleteEvents, updateAthleteEvent } from '../services/athlete-events';
import { createAnalyticsHandlers } from './analytics-handlers';
import { createExportHandlers } from './export-handlers';
import { createAnomalyHandlers } from './anomaly-handlers';
import { createImportHandlers } from './import-handlers';
import { createPlanHandlers } from './plan-handlers';
import { createWellnessHandlers } from './wellness-handlers';
import { createWorkoutHandlers } from './workout-handlers';
import { getSettings, updateSettings } from '../services/settings';
import { listWellnessDays } from '../services/wellness';
import { appVersion } from './app-version';

export type HandlersFor<K extends Method> = { [M in K]: (input: CallParsedInput<M>) => Promise<CallOutput<M>> };
export type Handlers = HandlersFor<Method>;

/** The one implementation of the contract; a missing or mistyped call fails to compile. */
export function createHandlers(ctx: ServiceContext): Handlers {
  return {
    ...createCoreHandlers(ctx),
    ...createImportHandlers(ctx),
    ...createAnalyticsHandlers(ctx),
    ...createWorkoutHandlers(ctx),
    ...createPlanHandlers(ctx),
    ...createExportHandlers(ctx),
    ...createAnomalyHandlers(ctx),
    ...createWellnessHandlers(ctx),
  };
}

function createCoreHandlers(ctx: ServiceContext): HandlersFor<keyof typeof coreCalls> {
  return {
    'app.info': async () => {
      const athletes = await listAthletes(ctx, true);
      return {
        version: appVersion,
        dbPath: ctx.dbPath,
        athleteCount: athletes.length,
        demoAthleteCount: athletes.filter((a) => a.isDemo).length,
        settings: await getSettings(ctx),
      };
    },
    'settings.update': (patch) => updateSettings(ctx, patch),
    'athletes.list': ({ includeArchived }) => listAthletes(ctx, includeArchived ?? false),
    'athletes.get': ({ id }) => getAthlete(ctx, id),
    'athletes.create': (input) => createAthlete(ctx, input),
    'athletes.update': ({ id, patch }) => updateAthlete(ctx, id, patch),
    'athletes.setArchived': ({ id, archived }) => setAthleteArchived(ctx, id, archived),
    'athletes.delete': ({ id, confirmName }) => deleteAthlete(ctx, id, confirmName),
    'thresholds.set': ({ athleteId, metric, value, validFrom }) =>
      setThreshold(ctx, athleteId, metric, value, validFrom),
    'activities.list': ({ athleteId, ...range }) => listActivities(ctx, athleteId, range),
    'activities.detail': ({ id }) => getActivityDetail(ctx, id),
    'activities.annotate': (input) => annotateActivity(ctx, input),
    'activities.setStart': (input) => setActivityStart(ctx, input),
    'wellness.list': ({ athleteId, from, to }) => listWellnessDays(ctx, athleteId, from, to),
    'events.list': ({ athleteId }) => listAthleteEvents(ctx, athleteId),
    'events.create': (input) => createAthleteEvent(ctx, input),
    'events.update': (input) => updateAthleteEvent(ctx, input),
    'demo.load': ({ seed }) => loadDemoRoster(ctx, { seed }),
  };
}
