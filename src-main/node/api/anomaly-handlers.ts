import type { anomalyCalls } from '../../common/contract';
import { getCallBrief, markCallHeld, saveAgenda, setCallCadence } from '../anomalies/briefs';
import { renderCallBriefPdf } from '../anomalies/brief-pdf';
import { getAnomalyDetail, listInbox, triageAnomaly } from '../anomalies/inbox';
import { createInjury, listAthleteInjuries, updateInjury } from '../anomalies/injuries';
import { addNote, listAthleteNotes } from '../anomalies/notes';
import { getRuleSettings, updateRuleSettings } from '../anomalies/rule-settings';
import { applySuggestion, rejectSuggestion } from '../anomalies/suggestion-decisions';
import type { ServiceContext } from '../services/context';
import type { HandlersFor } from './handlers';

export function createAnomalyHandlers(ctx: ServiceContext): HandlersFor<keyof typeof anomalyCalls> {
  return {
    'anomalies.list': (filter) => listInbox(ctx, filter),
    'anomalies.get': ({ id }) => getAnomalyDetail(ctx, id),
    'anomalies.triage': (input) => triageAnomaly(ctx, input),
    'anomalies.applySuggestion': ({ id }) => applySuggestion(ctx, id),
    'anomalies.rejectSuggestion': ({ id, why }) => rejectSuggestion(ctx, id, why),
    'anomalies.settings.get': ({ athleteId }) => getRuleSettings(ctx, athleteId),
    'anomalies.settings.update': ({ athleteId, patch }) => updateRuleSettings(ctx, athleteId, patch),
    'notes.list': ({ athleteId }) => listAthleteNotes(ctx, athleteId),
    'notes.add': (input) => addNote(ctx, input),
    'injuries.list': ({ athleteId }) => listAthleteInjuries(ctx, athleteId),
    'injuries.create': (input) => createInjury(ctx, input),
    'injuries.update': (input) => updateInjury(ctx, input),
    'briefs.get': ({ athleteId }) => getCallBrief(ctx, athleteId),
    'briefs.saveAgenda': ({ athleteId, agenda }) => saveAgenda(ctx, athleteId, agenda),
    'briefs.setCadence': ({ athleteId, cadenceDays }) => setCallCadence(ctx, athleteId, cadenceDays),
    'briefs.markHeld': ({ athleteId, date }) => markCallHeld(ctx, athleteId, date),
    'briefs.pdf': async ({ athleteId }) => {
      const { fileName, bytes } = await renderCallBriefPdf(ctx, athleteId);
      return { fileName, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
