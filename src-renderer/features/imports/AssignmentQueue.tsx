import { useState } from 'react';
import type { AssignmentQueueItem, AthleteSummary } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { useCall, useTask } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatDate } from '../../format/dates';
import { formatSports } from '../../format/sports';
import { AthleteSelect } from './AthleteSelect';

/** Files the importer could not attribute (unknown device, no serial): the coach says whose they are. */
export function AssignmentQueue({ athletes }: { athletes: AthleteSummary[] }) {
  const queue = useCall('imports.queue.list', {});
  const task = useTask();

  if (queue.error) return <ErrorBanner error={queue.error} onRetry={queue.refetch} />;
  if (!queue.data || queue.data.length === 0) return null;

  return (
    <section className="card" aria-labelledby="queue-title">
      <h2 id="queue-title">Waiting for an athlete ({queue.data.length})</h2>
      <p className="muted">These files came from a device that is not linked to an athlete yet.</p>
      {task.error && <ErrorBanner error={task.error} />}
      <div className="table-wrap">
        <table className="data" aria-label="Files waiting for an athlete">
          <thead>
            <tr>
              <th>File</th>
              <th>Device</th>
              <th>First activity</th>
              <th className="num">Activities</th>
              <th>Assign to</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.map((item) => (
              <QueueRow
                key={item.id}
                item={item}
                athletes={athletes}
                onAssign={(athleteId, rememberDevice) =>
                  task.run(() => api.call('imports.queue.assign', { ids: [item.id], athleteId, rememberDevice }))
                }
                onDismiss={() => task.run(() => api.call('imports.queue.dismiss', { ids: [item.id] }))}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function QueueRow({
  item,
  athletes,
  onAssign,
  onDismiss,
}: {
  item: AssignmentQueueItem;
  athletes: AthleteSummary[];
  onAssign: (athleteId: number, rememberDevice: boolean) => void;
  onDismiss: () => void;
}) {
  const [athleteId, setAthleteId] = useState<number>();
  const [rememberDevice, setRememberDevice] = useState(true);
  return (
    <tr>
      <td className="break-anywhere">
        {item.path}
        <div className="muted">{item.reason}</div>
      </td>
      <td>{item.device ? `${item.device.name} (${item.device.serial})` : <span className="muted">unknown</span>}</td>
      <td>
        {item.firstStartTime ? formatDate(item.firstStartTime) : '—'}
        {item.sports.length > 0 && <div className="muted">{formatSports(item.sports)}</div>}
      </td>
      <td className="num">{item.activityCount}</td>
      <td>
        <div className="toolbar">
          <AthleteSelect
            id={`queue-athlete-${item.id}`}
            athletes={athletes}
            value={athleteId}
            emptyLabel="Choose athlete…"
            onChange={setAthleteId}
          />
          {item.device && (
            <label>
              <input type="checkbox" checked={rememberDevice} onChange={(e) => setRememberDevice(e.target.checked)} />{' '}
              remember device
            </label>
          )}
          <button
            type="button"
            className="primary"
            disabled={athleteId === undefined}
            onClick={() => athleteId !== undefined && onAssign(athleteId, item.device !== null && rememberDevice)}
          >
            Assign
          </button>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </td>
    </tr>
  );
}
