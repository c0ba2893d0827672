import { useEffect, useId, useState } from 'react';
import type { AthleteSummary } from '../../../../src-main/common/contract';
import type {
  WellnessCsvMappingInput,
  WellnessCsvPreview,
  WellnessImportReport,
} from '../../../../src-main/common/contract/wellness';
import { TEMPLATE_HEADER } from '../../../../src-main/common/domain/wellness/intake/fields';
import { decodeCsvBytes } from '../../../../src-main/common/domain/wellness/intake/text-encoding';
import { api } from '../../../api/client';
import { useCallMutation } from '../../../api/use-call';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { AthleteSelect } from '../AthleteSelect';
import { WellnessMappingEditor } from './WellnessMappingEditor';
import { WellnessPreviewTable } from './WellnessPreviewTable';
import { WellnessNotices, WellnessRowErrors } from './WellnessRowProblems';
import { SCALE_LABELS, dateOrderLabel } from './wellness-labels';
import './wellness.css';

interface ChosenFile {
  name: string;
  text: string;
}

/**
 * Wellness CSV intake: choose the athlete and a file, see what was detected and the first days it
 * holds (with a mapping to edit when the header is unknown), import, then read the report.
 */
export function WellnessCsvCard({ athletes }: { athletes: AthleteSummary[] }) {
  const ids = { athlete: useId(), file: useId(), title: useId() };
  const [athleteId, setAthleteId] = useState<number>();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<WellnessCsvMappingInput>();
  const [preview, setPreview] = useState<WellnessCsvPreview | null>(null);
  const [previewError, setPreviewError] = useState<unknown>(null);
  const importing = useCallMutation('wellness.importCsv');
  const [report, setReport] = useState<WellnessImportReport>();

  useEffect(() => {
    if (!file) return;
    let current = true;
    api
      .call('wellness.previewCsv', { text: file.text, ...(mapping && { mapping }) })
      .then((p) => {
        if (!current) return;
        setPreview(p);
        setPreviewError(null);
      })
      .catch((error: unknown) => {
        if (current) setPreviewError(error);
      });
    return () => {
      current = false;
    };
  }, [file, mapping]);

  const choose = async (chosen: File | undefined) => {
    if (!chosen) return;
    importing.reset();
    setReport(undefined);
    setMapping(undefined);
    setPreview(null);
    setFile({ name: chosen.name, text: decodeCsvBytes(new Uint8Array(await chosen.arrayBuffer())) });
  };

  const runImport = () => {
    if (!file || athleteId === undefined) return;
    importing.run({ athleteId, fileName: file.name, text: file.text, ...(mapping && { mapping }) }, setReport);
  };

  const editing = mapping !== undefined || (preview !== null && preview.format === null);
  const editedMapping = mapping ?? {
    columns: preview?.mapping?.columns ?? {},
    scale: preview?.mapping?.scale ?? '1-5',
  };
  const athleteName = athletes.find((a) => a.id === athleteId)?.name;

  return (
    <section className="card" aria-labelledby={ids.title} data-testid="wellness-csv-card">
      <h2 id={ids.title}>Wellness CSV</h2>
      <p className="muted">
        HRV4Training and Elite HRV exports, or the template <code>{TEMPLATE_HEADER}</code> (date, then any of these
        columns; rMSSD in ms, resting HR in bpm, sleep in hours, scores 1–5, weight in kg). Bad rows are listed by line
        and skipped; the rest is imported.
      </p>
      <div className="toolbar" style={{ marginBottom: '1rem' }}>
        <label htmlFor={ids.athlete}>Wellness of</label>
        <AthleteSelect
          id={ids.athlete}
          athletes={athletes}
          value={athleteId}
          emptyLabel="Choose an athlete…"
          onChange={setAthleteId}
        />
        <label htmlFor={ids.file}>CSV file</label>
        <input
          id={ids.file}
          type="file"
          accept=".csv,.txt,text/csv"
          onChange={(e) => void choose(e.target.files?.[0])}
        />
      </div>
      <div
        className="drop-zone wellness-drop"
        data-testid="wellness-drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          // Keeps the drop from reaching the window-wide activity drop zone of this page.
          e.preventDefault();
          e.stopPropagation();
          void choose(e.dataTransfer.files[0]);
        }}
      >
        <strong>{file ? `File: ${file.name}` : 'Or drop a wellness CSV here'}</strong>
      </div>

      {previewError !== null && <ErrorBanner error={previewError} />}
      {file && preview && !report && (
        <div className="wellness-preview" aria-live="polite">
          <h3>Preview</h3>
          <p data-testid="wellness-detected">
            {preview.format ? (
              <>
                Detected <strong>{preview.format.label}</strong>, {preview.delimiter}-separated
                {preview.mapping && (
                  <>
                    , dates {dateOrderLabel(preview.mapping.dateOrder)},{' '}
                    {SCALE_LABELS[preview.mapping.scale].toLowerCase()}
                  </>
                )}
                : {preview.dayCount} {preview.dayCount === 1 ? 'day' : 'days'} from {preview.rowCount} rows
                {preview.emptyRows > 0 && ` (${preview.emptyRows} rows without any value)`}.
              </>
            ) : (
              <>The header was not recognised: say what each column holds.</>
            )}
          </p>
          {preview.mapping && !editing && (
            <p className="muted">
              Columns read:{' '}
              {Object.entries(preview.mapping.columns)
                .map(([column, target]) => `${column} → ${target}`)
                .join(', ')}
              .{' '}
              <button type="button" className="link" onClick={() => setMapping(editedMapping)}>
                Edit mapping
              </button>
            </p>
          )}
          {editing && preview.header.length > 0 && (
            <WellnessMappingEditor header={preview.header} mapping={editedMapping} onChange={setMapping} />
          )}
          <WellnessNotices notices={preview.notices} />
          {preview.firstDays.length > 0 && (
            <>
              <h4>
                First {preview.firstDays.length} of {preview.dayCount} days
              </h4>
              <WellnessPreviewTable days={preview.firstDays} />
            </>
          )}
          {preview.errors.length > 0 && <h4>Rows that will be skipped</h4>}
          <WellnessRowErrors errors={preview.errors} label="Problems found in the file" />
          <div className="toolbar" style={{ marginTop: '1rem' }}>
            <button
              type="button"
              className="primary"
              disabled={athleteId === undefined || preview.dayCount === 0 || importing.pending}
              onClick={runImport}
            >
              {athleteName ? `Import ${preview.dayCount} days for ${athleteName}` : 'Choose an athlete to import'}
            </button>
          </div>
        </div>
      )}

      {importing.error && <ErrorBanner error={importing.error} />}
      {report && <WellnessImportResult report={report} />}
    </section>
  );
}

function WellnessImportResult({ report }: { report: WellnessImportReport }) {
  return (
    <div className="wellness-report" data-testid="wellness-report">
      <h3>Import report</h3>
      <p aria-live="polite">
        {report.fileName}:{' '}
        <span className={`badge ${report.imported > 0 ? 'ok' : 'danger'}`}>{report.imported} days imported</span>{' '}
        {report.skipped > 0 && <span className="badge warn">{report.skipped} rows skipped</span>}
        {report.dateRange && (
          <>
            {' '}
            from {report.dateRange.from} to {report.dateRange.to}
          </>
        )}
        .
      </p>
      <WellnessNotices notices={report.notices} />
      {report.errors.length > 0 && <h4>Rows not imported</h4>}
      <WellnessRowErrors errors={report.errors} label="Rows not imported" />
    </div>
  );
}
