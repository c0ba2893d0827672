import type { CallBrief } from '../../common/contract';
import type { KeyNumber } from '../../common/domain/briefs/key-numbers';
import { keyNumberDigits } from '../../common/domain/briefs/key-numbers';
import { raceNameWithPriority } from '../../common/domain/events/race-details';
import { safeFileName } from '../../common/domain/export/safe-file-name';
import { formatDate, formatDuration, formatNumber, formatSigned } from '../../common/format';
import { loadPdfLayer } from '../pdf/load-pdf-layer';
import type { ServiceContext } from '../services/context';
import { getCallBrief, injuryLabel } from './briefs';

/** The call brief as a printable PDF: one document a coach reads before, and notes on during, the call. */
export async function renderCallBriefPdf(
  ctx: ServiceContext,
  athleteId: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const brief = await getCallBrief(ctx, athleteId);
  return {
    fileName: safeFileName(`Call brief ${brief.athlete.name} ${brief.today}`, 'pdf'),
    bytes: await briefPdf(brief, ctx.now()),
  };
}

export async function briefPdf(brief: CallBrief, createdAt: Date): Promise<Uint8Array> {
  const { createPdfDocument } = await loadPdfLayer();
  const pdf = createPdfDocument({
    title: `Call brief: ${brief.athlete.name}`,
    createdAt,
    footer: `${brief.athlete.name} · call brief ${formatDate(brief.today)}`,
  });
  pdf.title(
    `Call brief: ${brief.athlete.name}`,
    `${formatDate(brief.today)} · covering ${formatDate(brief.since)} to ${formatDate(brief.today)}`,
  );
  pdf.keyValues([
    ['Last call', brief.lastCall ? formatDate(brief.lastCall) : 'none recorded'],
    ['Cadence', brief.cadenceDays ? `every ${brief.cadenceDays} days` : 'not set'],
    ['Next call due', brief.nextCallDue ? formatDate(brief.nextCallDue) : '—'],
  ]);

  pdf.heading('Agenda');
  for (const line of brief.agenda.split('\n').filter((l) => l.trim() !== '')) pdf.paragraph(line);

  pdf.heading('Key numbers since the last call');
  pdf.table(
    [
      { header: 'Measure', width: 4 },
      { header: 'Then', width: 1.4, align: 'right' },
      { header: 'Now', width: 1.4, align: 'right' },
      { header: 'Change', width: 1.4, align: 'right' },
      { header: 'Unit', width: 2 },
    ],
    brief.keyNumbers.map((k) => [
      k.label,
      formatNumber(k.atLastCall, keyNumberDigits(k)),
      formatNumber(k.now, keyNumberDigits(k)),
      change(k),
      k.unit,
    ]),
  );

  pdf.heading(`Open anomalies (${brief.anomalies.length})`);
  if (brief.anomalies.length === 0) pdf.paragraph('None open.', { muted: true });
  else
    pdf.table(
      [
        { header: 'Date', width: 1.6 },
        { header: 'Severity', width: 1.3 },
        { header: 'What and why', width: 7 },
      ],
      brief.anomalies.map((a) => [formatDate(a.date), a.severity, `${a.ruleLabel}: ${a.reason}`]),
    );

  pdf.heading('Injuries');
  if (brief.injuries.length === 0) pdf.paragraph('No injuries logged.', { muted: true });
  else
    pdf.table(
      [
        { header: 'Where', width: 3 },
        { header: 'Since', width: 1.6 },
        { header: 'Severity', width: 1.3, align: 'right' },
        { header: 'Status', width: 1.6 },
        { header: 'Latest note', width: 4 },
      ],
      brief.injuries.map((i) => [
        injuryLabel(i),
        formatDate(i.startedOn),
        `${i.severity}/10`,
        i.status,
        i.updates.at(-1)?.note ?? '',
      ]),
    );

  pdf.heading('Plan');
  pdf.paragraph(
    brief.compliance ? `Compliance, ${brief.compliance.explanation}.` : 'No planned sessions since the last call.',
  );
  if (brief.planChanges.length > 0)
    pdf.table(
      [
        { header: 'When', width: 1.6 },
        { header: 'Change', width: 4.5 },
        { header: 'Why', width: 4 },
      ],
      brief.planChanges.map((c) => [formatDate(c.at.slice(0, 10)), c.summary, c.reason]),
    );

  pdf.heading('Next two weeks');
  if (brief.races.length > 0)
    pdf.keyValues(
      brief.races.map((r) => ['Race', `${raceNameWithPriority(r.name, r.priority)} on ${formatDate(r.date)}`] as const),
    );
  if (brief.upcoming.length === 0) pdf.paragraph('Nothing planned.', { muted: true });
  else
    pdf.table(
      [
        { header: 'Date', width: 1.6 },
        { header: 'Session', width: 5 },
        { header: 'Sport', width: 1.2 },
        { header: 'Duration', width: 1.4, align: 'right' },
        { header: 'Load (TSS)', width: 1.4, align: 'right' },
      ],
      brief.upcoming.map((u) => [
        formatDate(u.date),
        u.name,
        u.sport,
        formatDuration(u.plannedSeconds),
        formatNumber(u.plannedLoad),
      ]),
    );

  pdf.heading('Notes since the last call');
  if (brief.notes.length === 0) pdf.paragraph('No notes.', { muted: true });
  else
    pdf.table(
      [
        { header: 'Date', width: 1.6 },
        { header: 'From', width: 1.4 },
        { header: 'Note', width: 7 },
      ],
      brief.notes.map((n) => [formatDate(n.date), n.source, n.text]),
    );
  return pdf.finish();
}

function change(k: KeyNumber): string {
  if (k.now === null || k.atLastCall === null) return '—';
  return formatSigned(k.now - k.atLastCall, keyNumberDigits(k));
}
