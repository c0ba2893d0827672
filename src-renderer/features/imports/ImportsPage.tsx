import { useCallback, useEffect, useState } from 'react';
import type { ImportReport, PushEvent } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { useCall } from '../../api/use-call';
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

type UploadState =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileCount: number; sent: number; job?: JobProgress }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; error: unknown };

function progressLabel(state: Extract<UploadState, { kind: 'uploading' }>): { label: string; fraction?: number } {
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
  const [state, setState] = useState<UploadState>({ kind: 'idle' });

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'job.progress') return;
        setState((current) => (current.kind === 'uploading' ? { ...current, job: event } : current));
      }),
    [],
  );

  const upload = useCallback(
    async (files: File[]) => {
      setState({ kind: 'uploading', fileCount: files.length, sent: 0 });
      try {
        const report = await api.uploadFiles(files, athleteId, (sent) =>
          setState((current) => (current.kind === 'uploading' ? { ...current, sent } : current)),
        );
        setState({ kind: 'done', report });
      } catch (error) {
        setState({ kind: 'failed', error });
      }
    },
    [athleteId],
  );

  const uploading = state.kind === 'uploading';
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
        <DropZone disabled={uploading} onFiles={upload} />
      </section>
      {state.kind === 'uploading' && (
        <div className="card">
          <ProgressBar {...progressLabel(state)} />
          {state.job && !state.job.cancelled && (
            <button
              type="button"
              style={{ marginTop: '0.75rem' }}
              onClick={() =>
                // A job that finished meanwhile cannot be cancelled; its report arrives either way.
                api.call('imports.cancel', { jobId: state.job!.job }).catch(() => undefined)
              }
            >
              Cancel import
            </button>
          )}
        </div>
      )}
      {state.kind === 'failed' && <ErrorBanner error={state.error} />}
      {state.kind === 'done' && (
        <section aria-labelledby="import-report-title">
          <h2 id="import-report-title">Import report</h2>
          <ImportSummary report={state.report} />
          <ImportReportTable report={state.report} />
        </section>
      )}
      <WellnessCsvCard athletes={athletes.data ?? []} />
      <DetectedDevices athletes={athletes.data ?? []} />
      <AssignmentQueue athletes={athletes.data ?? []} />
      <WatchFolders />
    </div>
  );
}
