import type { CsvNotice, CsvRowError } from '../../../../src-main/common/contract/wellness';

/** Bad rows by line, in a table a coach can read next to the file open in a spreadsheet. */
export function WellnessRowErrors({ errors, label }: { errors: CsvRowError[]; label: string }) {
  if (errors.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="data" aria-label={label}>
        <thead>
          <tr>
            <th className="num">Line</th>
            <th>Column</th>
            <th>Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => (
            <tr key={`${error.line}-${error.column ?? ''}-${index}`}>
              <td className="num">{error.line}</td>
              <td>{error.column ?? <span className="muted">—</span>}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function WellnessNotices({ notices }: { notices: CsvNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="wellness-notices" aria-label="Notes on this file">
      {notices.map((notice, index) => (
        <li key={index}>
          {notice.line !== undefined && <strong>Line {notice.line}: </strong>}
          {notice.message}
        </li>
      ))}
    </ul>
  );
}
