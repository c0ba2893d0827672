import type { DateRange, ExportPlan, ExportWeek } from '../../common/domain/export/export-model';
import { sessionsIn, weeksIn } from '../../common/domain/export/export-model';
import { formatSportDistances, workoutStepLines } from '../../common/domain/export/workout-text';
import { formatDate, formatDay, formatDuration, formatHours, formatNumber, plural } from '../../common/format';
import { addDays } from '../../common/domain/dates';
import { loadPdfLayer } from '../pdf/load-pdf-layer';

/**
 * The printable plan: the block (phases, weekly targets, then every session week by week) or one week of
 * it. Built on the PDF document layer; `createdAt` is the export time, passed in so the file is
 * reproducible.
 */
export interface PlanPdfOptions {
  range: DateRange;
  /** One week (1-based index) instead of the whole range. */
  week?: number;
  createdAt: Date;
}

export async function buildPlanPdf(plan: ExportPlan, options: PlanPdfOptions): Promise<Uint8Array> {
  const week = options.week === undefined ? undefined : plan.weeks.find((w) => w.index === options.week);
  if (options.week !== undefined && !week) {
    throw new Error(`The plan has weeks 1–${plan.weeks.length}; there is no week ${options.week}`);
  }
  const range = week ? { from: week.startDate, to: addDays(week.startDate, 6) } : options.range;
  const weeks = week ? [week] : weeksIn(plan, range);
  const title = week ? `${plan.planName} · week ${week.index}` : plan.planName;

  const { createPdfDocument } = await loadPdfLayer();
  const pdf = createPdfDocument({
    title,
    createdAt: options.createdAt,
    footer: `${plan.athleteName} · ${plan.planName}`,
    author: 'Coach Workstation',
  });
  pdf.title(title, `${plan.athleteName} · ${formatDate(range.from)} to ${formatDate(range.to)}`);
  pdf.keyValues([
    ['Athlete', plan.athleteName],
    ['Goal race', `${plan.raceName || plan.planName} on ${formatDate(plan.raceDate)}`],
    ['Block', `${plural(plan.weeks.length, 'week')} from ${formatDate(plan.startDate)}`],
    ...(week
      ? ([['Week', `${week.index}: ${week.phase}${week.recovery ? ' (recovery week)' : ''}`]] as [string, string][])
      : []),
  ]);

  if (!week) {
    pdf.heading('Phases');
    pdf.table(
      [
        { header: 'Phase', width: 2 },
        { header: 'Weeks', width: 1.2 },
        { header: 'From', width: 2 },
        { header: 'To', width: 2 },
      ],
      phaseRows(weeks),
    );
  }

  pdf.heading(week ? 'Week target' : 'Weekly targets');
  pdf.table(
    [
      { header: 'Week', width: 0.7, align: 'right' },
      { header: 'Starts', width: 1.5 },
      { header: 'Phase', width: 1.3 },
      { header: 'Target hours', width: 1.2, align: 'right' },
      { header: 'Target load', width: 1.2, align: 'right' },
      { header: 'Planned hours', width: 1.2, align: 'right' },
      { header: 'Planned load', width: 1.2, align: 'right' },
      { header: 'Planned distance', width: 3.4 },
    ],
    weeks.map((w) => [
      String(w.index),
      formatDate(w.startDate),
      `${w.phase}${w.recovery ? ' (rec.)' : ''}`,
      formatNumber(w.targetHours, 1),
      formatNumber(w.targetLoad),
      formatNumber(w.plannedHours, 1),
      formatNumber(w.plannedLoad),
      formatSportDistances(w.plannedDistanceKm),
    ]),
  );

  for (const w of weeks) {
    const sessions = sessionsIn(plan, { from: w.startDate, to: addDays(w.startDate, 6) }).filter(
      (s) => s.date >= range.from && s.date <= range.to,
    );
    pdf.heading(
      `Week ${w.index} · ${w.phase}${w.recovery ? ' · recovery week' : ''} · from ${formatDate(w.startDate)}`,
    );
    pdf.paragraph(
      `Planned ${formatHours(w.plannedHours)}, load ${formatNumber(w.plannedLoad)} (target ${formatHours(w.targetHours)}, load ${formatNumber(w.targetLoad)}); distance: ${formatSportDistances(w.plannedDistanceKm)}`,
      { muted: true },
    );
    if (sessions.length === 0) {
      pdf.paragraph('Rest week: no sessions planned.', { muted: true });
      continue;
    }
    pdf.table(
      [
        { header: 'Day', width: 1.3 },
        { header: 'Session', width: 2.4 },
        { header: 'Time', width: 1.3, align: 'right' },
        { header: 'Load', width: 0.7, align: 'right' },
        { header: 'Steps and targets', width: 5.5 },
      ],
      sessions.map((s) => [
        formatDay(s.date),
        `${s.name} (${s.sport})`,
        formatDuration(s.plannedSeconds),
        formatNumber(s.plannedLoad),
        workoutStepLines(s.definition, plan.thresholds).join('\n'),
      ]),
    );
  }

  if (plan.coachNotes.length > 0) {
    pdf.heading('Coach notes');
    for (const note of plan.coachNotes) pdf.paragraph(note);
  }
  return pdf.finish();
}

function phaseRows(weeks: readonly ExportWeek[]): string[][] {
  const rows: string[][] = [];
  let start = 0;
  for (let i = 1; i <= weeks.length; i++) {
    if (i < weeks.length && weeks[i]!.phase === weeks[start]!.phase) continue;
    const first = weeks[start]!;
    const last = weeks[i - 1]!;
    rows.push([
      first.phase,
      first.index === last.index ? String(first.index) : `${first.index}–${last.index}`,
      formatDate(first.startDate),
      formatDate(addDays(last.startDate, 6)),
    ]);
    start = i;
  }
  return rows;
}
