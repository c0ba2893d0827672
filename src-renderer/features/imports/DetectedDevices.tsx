import { useState } from 'react';
import type { AthleteSummary, DetectedDevice, ImportReport } from '../../../src-main/common/contract';
import { useCall, useCallMutation } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { AthleteSelect } from './AthleteSelect';
import { ImportReportTable, ImportSummary } from './ImportReportTable';

const KIND_LABELS: Record<DetectedDevice['kind'], string> = {
  usb: 'USB watch',
  mtp: 'Watch (MTP)',
  antfs: 'ANT-FS sync folder',
  watch: 'Watch folder',
};

/**
 * Plugged-in watches and sync folders with files not yet imported, each asking the coach the one
 * question the software cannot answer: whose activities are these?
 */
export function DetectedDevices({ athletes }: { athletes: AthleteSummary[] }) {
  const detected = useCall('devices.detected', {});
  const [report, setReport] = useState<ImportReport>();

  const waiting = (detected.data ?? []).filter((device) => device.newFileCount > 0);
  if (detected.error) return <ErrorBanner error={detected.error} onRetry={detected.refetch} />;
  if (waiting.length === 0 && !report) return null;

  return (
    <section className="card" aria-labelledby="devices-title">
      <h2 id="devices-title">Connected devices</h2>
      {waiting.map((device) => (
        <DevicePrompt key={device.key} device={device} athletes={athletes} onImported={setReport} />
      ))}
      {report && (
        <>
          <ImportSummary report={report} />
          <ImportReportTable report={report} />
        </>
      )}
    </section>
  );
}

function DevicePrompt({
  device,
  athletes,
  onImported,
}: {
  device: DetectedDevice;
  athletes: AthleteSummary[];
  onImported: (report: ImportReport) => void;
}) {
  const [athleteId, setAthleteId] = useState<number | undefined>(device.athleteId ?? undefined);
  const [rememberDevice, setRememberDevice] = useState(device.serial !== null && device.athleteId === null);
  const importing = useCallMutation('devices.importNew');
  const selectId = `device-athlete-${device.key}`;
  const activities = `${device.newFileCount} new ${device.newFileCount === 1 ? 'activity' : 'activities'}`;

  const importNew = () => importing.run({ key: device.key, athleteId, rememberDevice }, onImported);

  return (
    <div className="device-prompt" role="group" aria-label={device.name}>
      <p>
        <strong>{device.name}</strong>
        {device.serial && <span className="muted"> (serial {device.serial})</span>} · {KIND_LABELS[device.kind]}{' '}
        connected: {activities} — import for {device.athleteName ?? 'which athlete'}?
      </p>
      <p className="muted break-anywhere">{device.activityPath}</p>
      {importing.error && <ErrorBanner error={importing.error} />}
      <div className="toolbar">
        <label htmlFor={selectId}>Athlete</label>
        <AthleteSelect
          id={selectId}
          athletes={athletes}
          value={athleteId}
          emptyLabel="Choose an athlete…"
          onChange={setAthleteId}
        />
        {device.serial && (
          <label>
            <input type="checkbox" checked={rememberDevice} onChange={(e) => setRememberDevice(e.target.checked)} />{' '}
            Remember this watch for the athlete
          </label>
        )}
        <button
          type="button"
          className="primary"
          disabled={importing.pending || athleteId === undefined}
          onClick={importNew}
        >
          {importing.pending ? 'Importing…' : `Import ${activities}`}
        </button>
      </div>
    </div>
  );
}
