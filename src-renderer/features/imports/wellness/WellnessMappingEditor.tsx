import { useId } from 'react';
import type { WellnessCsvMappingInput } from '../../../../src-main/common/contract/wellness';
import { DATE_ORDER_LABELS, type DateOrder } from '../../../../src-main/common/domain/wellness/intake/dates';
import {
  COLUMN_TARGETS,
  type ColumnTarget,
  type SubjectiveScale,
} from '../../../../src-main/common/domain/wellness/intake/fields';
import { SCALE_LABELS, TARGET_LABELS } from './wellness-labels';

/** One select per column of the file: what it holds, or "not imported"; plus the scale and date order. */
export function WellnessMappingEditor({
  header,
  mapping,
  onChange,
}: {
  header: string[];
  mapping: WellnessCsvMappingInput;
  onChange: (mapping: WellnessCsvMappingInput) => void;
}) {
  const idPrefix = useId();
  const setColumn = (column: string, target: ColumnTarget | '') => {
    const columns = { ...mapping.columns };
    if (target === '') delete columns[column];
    else columns[column] = target;
    onChange({ ...mapping, columns });
  };
  return (
    <fieldset className="wellness-mapping">
      <legend>Column mapping</legend>
      <div className="table-wrap">
        <table className="data" aria-label="Column mapping">
          <thead>
            <tr>
              <th>Column in the file</th>
              <th>Imported as</th>
            </tr>
          </thead>
          <tbody>
            {header.map((column, index) => (
              <tr key={`${column}-${index}`}>
                <td>
                  <label htmlFor={`${idPrefix}-${index}`}>{column || `(column ${index + 1})`}</label>
                </td>
                <td>
                  <select
                    id={`${idPrefix}-${index}`}
                    value={mapping.columns[column] ?? ''}
                    onChange={(e) => setColumn(column, e.target.value as ColumnTarget | '')}
                  >
                    <option value="">Not imported</option>
                    {COLUMN_TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {TARGET_LABELS[target]}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="toolbar" style={{ marginTop: '0.75rem' }}>
        <label htmlFor={`${idPrefix}-scale`}>Score scale</label>
        <select
          id={`${idPrefix}-scale`}
          value={mapping.scale ?? '1-5'}
          onChange={(e) => onChange({ ...mapping, scale: e.target.value as SubjectiveScale })}
        >
          {Object.entries(SCALE_LABELS).map(([scale, label]) => (
            <option key={scale} value={scale}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor={`${idPrefix}-dates`}>Dates</label>
        <select
          id={`${idPrefix}-dates`}
          value={mapping.dateOrder ?? ''}
          onChange={(e) => onChange({ ...mapping, dateOrder: (e.target.value || undefined) as DateOrder | undefined })}
        >
          <option value="">Detect from the file</option>
          {Object.entries(DATE_ORDER_LABELS).map(([order, label]) => (
            <option key={order} value={order}>
              {label}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
