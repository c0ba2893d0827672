import { useCallback, useEffect, useState } from 'react';
import type { ImportReport, PushEvent } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { useCall, useTask } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressBar } from '../../components/ProgressBar';
import { AssignmentQueue } from './AssignmentQueue';
import { DetectedDevices } from './DetectedDevices';
import { WatchFolders } from './WatchFolders';
import { AthleteSelect } from './AthleteSelect';
import { DropZone } from './DropZone';
import { ImportReportTable, ImportSummary } from './ImportReportTable';
import { WellnessCsvCard } from './wellness/WellnessCsvCard';

type JobProgress = Extract<PushEvent, { type: 'job.progress' }>;

interface UploadProgress {
  fileCount: number;
  sent: number;
  job?: JobProgress;
}

function progressLabel(state: UploadProgress): { label: string; fraction?: number } {
  const { job } = state;
  if (job && job.total > 0) {
    const eta = job.etaSeconds ? `, about ${job.etaSeconds} s left` : '';
    return { label: `Importing: ${job.done} of ${job.total} files${eta}`, fraction: job.done / job.total };
  }
  if (state.sent < 1)
    return { label: `Sending ${state.fileCount} ${state.fileCount === 1 ? 'file' : 'files'}`, fraction: state.sent };
  return { label: 'Reading files' };
}

export function ImportsPage() {
  const athletes = useCall('athletes.list', {});
  const [athleteId, setAthleteId] = useState<number>();
  const upload = useTask();
  const [progress, setProgress] = useState<UploadProgress>();
  const [report, setReport] = useState<ImportReport>();

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'job.progress') return;
        setProgress((current) => current && { ...current, job: event });
      }),
    [],
  );

  // Stable while the athlete stays the same: the drop zone listens on the window with it mid-drag.
  const { run } = upload;
  const uploadFiles = useCallback(
    (files: File[]) => {
      setReport(undefined);
      setProgress({ fileCount: files.length, sent: 0 });
      run(async () => {
        const sending = (sent: number) => setProgress((current) => current && { ...current, sent });
        setReport(await api.uploadFiles(files, athleteId, sending));
      });
    },
    [athleteId, run],
  );

  const uploading = upload.pending && progress !== undefined;
  return (
    <div className="page">
      <header className="page-header">
        <h1>Imports</h1>
      </header>
      <section className="card" aria-labelledby="import-files-title">
        <h2 id="import-files-title">Import activity files</h2>
        <div className="toolbar" style={{ marginBottom: '1rem' }}>
          <label htmlFor="import-athlete">Athlete</label>
          <AthleteSelect
            id="import-athlete"
            athletes={athletes.data ?? []}
            value={athleteId}
            emptyLabel="Automatic (by the device that recorded the file)"
            onChange={setAthleteId}
          />
        </div>
        <DropZone disabled={uploading} onFiles={uploadFiles} />
      </section>
      {uploading && (
        <div className="card">
          <ProgressBar {...progressLabel(progress)} />
          {progress.job && !progress.job.cancelled && (
            <button
              type="button"
              style={{ marginTop: '0.75rem' }}
              onClick={() =>
                // A job that finished meanwhile cannot be cancelled; its report arrives either way.
                api.call('imports.cancel', { jobId: progress.job!.job }).catch(() => undefined)
              }
            >
              Cancel import
            </button>
          )}
        </div>
      )}
      {upload.error && <ErrorBanner error={upload.error} />}
      {report && (
        <section aria-labelledby="import-report-title">
          <h2 id="import-report-title">Import report</h2>
          <ImportSummary report={report} />
          <ImportReportTable report={report} />
        </section>
      )}
      <WellnessCsvCard athletes={athletes.data ?? []} />
      <DetectedDevices athletes={athletes.data ?? []} />
      <AssignmentQueue athletes={athletes.data ?? []} />
      <WatchFolders />
    </div>
  );
}
