import type { ImportReport, ImportStatus } from '../../../src-main/common/contract';
import { routeHref } from '../../app/routes';

const STATUS_TONES: Record<ImportStatus, string> = { imported: 'ok', duplicate: 'warn', skipped: '', failed: 'danger' };
const STATUS_ORDER: ImportStatus[] = ['imported', 'duplicate', 'skipped', 'failed'];

export function ImportSummary({ report }: { report: ImportReport }) {
  return (
    <p aria-live="polite">
      {report.summary.total} {report.summary.total === 1 ? 'file' : 'files'}:{' '}
      {STATUS_ORDER.filter((status) => report.summary[status] > 0).map((status) => (
        <span key={status} className={`badge ${STATUS_TONES[status]}`} style={{ marginRight: '0.4rem' }}>
          {report.summary[status]} {status}
        </span>
      ))}
    </p>
  );
}

/** One row per file with the reason in words; activities link to the athlete they went to. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  return (
    <div className="table-wrap">
      <table className="data" aria-label="Import report">
        <thead>
          <tr>
            <th>File</th>
            <th>Status</th>
            <th>Reason</th>
            <th className="num">Activities</th>
          </tr>
        </thead>
        <tbody>
          {report.files.map((file, index) => (
            <tr key={`${file.path}-${index}`}>
              <td className="break-anywhere">{file.path}</td>
              <td>
                <span className={`badge ${STATUS_TONES[file.status]}`}>{file.status}</span>
              </td>
              <td>{file.reason}</td>
              <td className="num">
                {file.activityIds.length === 0 ? (
                  <span className="muted">—</span>
                ) : file.athlete ? (
                  <a href={routeHref({ screen: 'athlete', athleteId: file.athlete.id })}>
                    {file.activityIds.length} · {file.athlete.name}
                  </a>
                ) : (
                  file.activityIds.length
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
