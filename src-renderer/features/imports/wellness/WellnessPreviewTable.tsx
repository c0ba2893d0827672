import type { WellnessDay } from '../../../../src-main/common/domain/wellness/wellness-day';
import { DAY_COLUMNS } from './wellness-labels';

/** The first days the file would import, with only the columns it fills. */
export function WellnessPreviewTable({ days }: { days: WellnessDay[] }) {
  const shown = DAY_COLUMNS.filter((c) => days.some((d) => d[c.key] !== null));
  return (
    <div className="table-wrap">
      <table className="data" aria-label="First days to import">
        <thead>
          <tr>
            <th>Date</th>
            {shown.map((c) => (
              <th key={c.key} className={c.key === 'note' ? undefined : 'num'}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.date}>
              <td>{day.date}</td>
              {shown.map((c) => (
                <td key={c.key} className={c.key === 'note' ? undefined : 'num'}>
                  {day[c.key] ?? <span className="muted">—</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
