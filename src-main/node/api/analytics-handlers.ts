import type { analyticsCalls } from '../../common/contract';
import { getAnalyticsSettings, getPmcSeries, updateAnalyticsSettings } from '../services/analytics';
import { getPerformanceCurves, getWeeklySummary } from '../services/analytics-performance';
import { loadRoster } from '../services/analytics-roster';
import { getWellnessSeries } from '../services/analytics-wellness';
import type { ServiceContext } from '../services/context';
import type { HandlersFor } from './handlers';

export function createAnalyticsHandlers(ctx: ServiceContext): HandlersFor<keyof typeof analyticsCalls> {
  return {
    'analytics.roster': () => loadRoster(ctx),
    'analytics.pmc': ({ athleteId, from, to }) => getPmcSeries(ctx, athleteId, { from, to }),
    'analytics.settings.get': ({ athleteId }) => getAnalyticsSettings(ctx, athleteId),
    'analytics.settings.update': ({ athleteId, ...patch }) => updateAnalyticsSettings(ctx, athleteId, patch),
    'analytics.wellness': ({ athleteId, from, to }) => getWellnessSeries(ctx, athleteId, { from, to }),
    'analytics.weekly': ({ athleteId, from, to }) => getWeeklySummary(ctx, athleteId, { from, to }),
    'analytics.curves': ({ athleteId, ...range }) => getPerformanceCurves(ctx, athleteId, range),
  };
}
