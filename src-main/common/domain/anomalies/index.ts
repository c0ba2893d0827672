export { evaluateAnomalies } from './evaluate';
export {
  analyseNote,
  formatBodyLocation,
  splitSentences,
  type BodyLocation,
  type NoteAnalysis,
  type NoteCategory,
} from './note-analysis';
export {
  proposeAdjustment,
  type AdjustmentProposal,
  type LibraryOption,
  type PlanEdit,
  type PlannedSessionLike,
  type WeekTotal,
} from './propose-adjustment';
export {
  DEFAULT_RULE_SETTINGS,
  mergeRuleSettings,
  RULE_LABELS,
  RULE_SETTING_FIELDS,
  RULE_SETTINGS_KEY,
  type RuleSettingField,
  type RuleSettingsPatch,
} from './settings';
export * from './types';
