export {
  parseWellnessCsv,
  type CsvNotice,
  type CsvRowError,
  type WellnessCsvMapping,
  type WellnessCsvParse,
} from './parse-wellness-csv';
export {
  COLUMN_TARGETS,
  NUMERIC_FIELDS,
  TEMPLATE_HEADER,
  WELLNESS_FIELDS,
  type ColumnTarget,
  type SubjectiveScale,
  type WellnessField,
} from './fields';
export { DATE_ORDER_LABELS, type DateOrder } from './dates';
export type { WellnessCsvFormatId } from './formats';
