import { createColumnHelper } from '@tanstack/react-table';
import type { MarkerStatusSummary, RosterRow } from '../../../src-main/common/contract';
import type { Severity } from '../../../src-main/common/domain/anomalies/types';
import { LOAD_WARNING_THRESHOLDS } from '../../../src-main/common/domain/load/load-warnings';
import { TREND_ARROWS } from '../../../src-main/common/domain/wellness/rolling-baseline';
import { ComplianceChip } from '../../components/ComplianceChip';
import { DemoBadge } from '../../components/DemoBadge';
import { formatDate, formatDaysAgo } from '../../format/dates';
import { formatSports } from '../../format/sports';
import { ATTENTION_RULES, attentionReasons, formZoneMeaning } from './roster-status';
import { formatDateTime, formatNumber, formatSigned } from '../../../src-main/common/format';

const column = createColumnHelper<RosterRow>();

/** Sorting puts unknown values last whatever the direction, so "no data yet" never tops a list. */
const orUndefined = (value: number | null) => value ?? undefined;

function Unknown({ why }: { why: string }) {
  return (
    <span className="muted" title={why}>
      —
    </span>
  );
}

function NameCell({ row }: { row: RosterRow }) {
  const reasons = attentionReasons(row);
  return (
    <span className="name-cell">
      <a href={`#/athletes/${row.id}`} onClick={(e) => e.stopPropagation()}>
        {row.name}
      </a>
      {row.isDemo && <DemoBadge />}
      {reasons.length > 0 && (
        <span className="attention-mark" title={`Needs attention: ${reasons.join('; ')}`} aria-label="Needs attention">
          !
        </span>
      )}
    </span>
  );
}

function TsbCell({ row }: { row: RosterRow }) {
  if (row.tsb === null || !row.formZone) return <Unknown why="No training history yet" />;
  return (
    <span
      className={`form-zone zone-${row.formZone.id}`}
      title={`${row.formZone.label}: ${formZoneMeaning(row.formZone.id)}`}
    >
      {formatSigned(row.tsb)}
    </span>
  );
}

const LEVEL_CLASS = { ok: '', warn: 'level-warn', critical: 'level-critical' } as const;

/**
 * HRV's 7-day mean against its 60-day band: the arrow is the trend, the colour the position — red below
 * the band (the side that means poor recovery), green within, blue above; grey when there are too few
 * readings to say.
 */
function HrvCell({ status }: { status: MarkerStatusSummary }) {
  if (status.position === null || status.band === null || status.recentMean === null) {
    return (
      <span className="hrv-status hrv-unknown" title="Too few readings (needs 3 a week and a 60-day baseline)">
        ·· no data
      </span>
    );
  }
  const arrow = status.trend ? TREND_ARROWS[status.trend] : '';
  const detail = `7-day mean ln rMSSD ${formatNumber(status.recentMean, 2)}, band ${formatNumber(status.band.low, 2)}–${formatNumber(status.band.high, 2)}${status.trend ? `, ${status.trend}` : ''}`;
  return (
    <span className={`hrv-status hrv-${status.position}`} title={detail}>
      <span aria-hidden="true">{arrow}</span> {status.position}
    </span>
  );
}

/**
 * How long ago the athlete's device last recorded, in days the server counted on the athlete's calendar
 * (as the staleness rule does); the tooltip gives the instant on the coach's clock.
 */
function LastUploadCell({ row }: { row: RosterRow }) {
  if (!row.lastUploadAt || row.daysSinceUpload === null) return <span className="muted">none yet</span>;
  const stale = row.daysSinceUpload >= ATTENTION_RULES.daysWithoutUpload;
  return (
    <span className={stale ? 'level-warn' : undefined} title={formatDateTime(row.lastUploadAt)}>
      {formatDaysAgo(row.daysSinceUpload)}
    </span>
  );
}

const HRV_ORDER = { below: 0, within: 1, above: 2 } as const;

const PHASE_NAMES = { base: 'Base', build: 'Build', peak: 'Peak', taper: 'Taper', race: 'Race week' } as const;

function NextRaceCell({ row }: { row: RosterRow }) {
  const race = row.nextRace;
  if (!race) return <span className="muted">—</span>;
  const when =
    race.daysAway === 0
      ? 'today'
      : race.daysAway < 14
        ? `in ${race.daysAway} d`
        : `in ${Math.round(race.daysAway / 7)} wk`;
  const label = (
    <>
      {when} <span className="muted">· {race.name}</span>
    </>
  );
  return (
    <span title={`${race.name} on ${formatDate(race.date)}`}>
      {race.planId === null ? (
        label
      ) : (
        <a href={`#/planner/${race.planId}`} onClick={(e) => e.stopPropagation()}>
          {label}
        </a>
      )}
    </span>
  );
}

function PhaseCell({ row }: { row: RosterRow }) {
  const plan = row.plan;
  if (!plan)
    return (
      <span className="muted" title="No active plan">
        —
      </span>
    );
  if (plan.phase === null || plan.weekIndex === null) return <span className="muted">starts soon</span>;
  return (
    <span title={`Week ${plan.weekIndex} of ${plan.weeks}${plan.recovery ? ', a recovery week' : ''}`}>
      {PHASE_NAMES[plan.phase]}
      {plan.recovery ? ' (rec.)' : ''}{' '}
      <span className="muted">
        {plan.weekIndex}/{plan.weeks}
      </span>
    </span>
  );
}

function ComplianceCell({ row }: { row: RosterRow }) {
  const c = row.compliance;
  if (!c)
    return (
      <span className="muted" title="Nothing planned in the last 7 days">
        —
      </span>
    );
  return (
    <ComplianceChip compliance={c}>
      {' '}
      <span className="muted">
        {c.sessionsDone}/{c.sessionsPlanned}
      </span>
    </ComplianceChip>
  );
}

const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, critical: 3 };
const SEVERITY_CLASS: Record<Severity, string> = { info: '', warning: 'level-warn', critical: 'level-critical' };

/** Open anomalies, coloured by the worst of them; a link to the inbox filtered to the athlete. */
function InboxCell({ row }: { row: RosterRow }) {
  const { open, worst } = row.anomalies;
  if (open === 0)
    return (
      <span className="muted" title="Nothing open in the inbox">
        0
      </span>
    );
  return (
    <a
      href={`#/inbox?athlete=${row.id}`}
      className={worst ? SEVERITY_CLASS[worst] : undefined}
      title={`${open} open in the inbox${worst ? `, the worst ${worst}` : ''}`}
      onClick={(e) => e.stopPropagation()}
    >
      {open}
    </a>
  );
}

function CallDueCell({ row }: { row: RosterRow }) {
  const { nextCallDue, due, cadenceDays } = row.call;
  if (!nextCallDue)
    return (
      <span className="muted" title="No call cadence set (on the athlete's call brief)">
        —
      </span>
    );
  return (
    <a
      href={`#/athletes/${row.id}/brief`}
      className={due ? 'call-due' : undefined}
      title={`Every ${cadenceDays} days${row.call.lastCall ? `, last call ${formatDate(row.call.lastCall)}` : ''}: open the call brief`}
      onClick={(e) => e.stopPropagation()}
    >
      {due ? 'Due ' : ''}
      {formatDate(nextCallDue)}
    </a>
  );
}

/**
 * The ramp rounded to the tenth shown. A new athlete's CTL drifts down by hundredths, which toFixed
 * would print as "-0.0"; adding 0 turns the rounded -0 into 0.
 */
function rampTenths(ramp: number | undefined): number | undefined {
  return ramp === undefined ? undefined : Math.round(ramp * 10) / 10 + 0;
}

/** Every roster column; ids are stable because the coach's column layout is stored by id. */
export const rosterColumns = [
  column.accessor('name', {
    id: 'name',
    header: 'Athlete',
    size: 224,
    enableHiding: false,
    cell: ({ row }) => <NameCell row={row.original} />,
  }),
  // Most open first, the worse severity breaking ties.
  column.accessor((r) => r.anomalies.open * 10 + (r.anomalies.worst ? SEVERITY_RANK[r.anomalies.worst] : 0), {
    id: 'inbox',
    header: 'Inbox',
    size: 60,
    meta: { numeric: true, unit: 'open' },
    cell: ({ row }) => <InboxCell row={row.original} />,
  }),
  // The plan's phase, compliance and the next call come first after the inbox: what a coach looks at before a call.
  column.accessor((r) => (r.plan?.phase ? PHASE_NAMES[r.plan.phase] : undefined), {
    id: 'phase',
    header: 'Plan phase',
    size: 104,
    sortUndefined: 'last',
    cell: ({ row }) => <PhaseCell row={row.original} />,
  }),
  column.accessor((r) => r.compliance?.ratio, {
    id: 'compliance',
    header: 'Compliance',
    size: 132,
    sortUndefined: 'last',
    sortDescFirst: false,
    meta: { numeric: true, unit: 'last 7 d' },
    cell: ({ row }) => <ComplianceCell row={row.original} />,
  }),
  column.accessor((r) => r.call.nextCallDue ?? undefined, {
    id: 'callDue',
    header: 'Call due',
    size: 160,
    sortUndefined: 'last',
    // The most overdue first.
    sortDescFirst: false,
    cell: ({ row }) => <CallDueCell row={row.original} />,
  }),
  column.accessor((r) => orUndefined(r.ctl), {
    id: 'ctl',
    header: 'CTL',
    size: 58,
    sortUndefined: 'last',
    meta: { numeric: true, unit: 'TSS/d' },
    cell: ({ getValue }) => formatNumber(getValue()),
  }),
  column.accessor((r) => orUndefined(r.atl), {
    id: 'atl',
    header: 'ATL',
    size: 58,
    sortUndefined: 'last',
    meta: { numeric: true, unit: 'TSS/d' },
    cell: ({ getValue }) => formatNumber(getValue()),
  }),
  column.accessor((r) => orUndefined(r.tsb), {
    id: 'tsb',
    header: 'TSB',
    size: 68,
    sortUndefined: 'last',
    // The most fatigued first: that is who a coach sorts by form to find.
    sortDescFirst: false,
    meta: { numeric: true, unit: 'TSS/d' },
    cell: ({ row }) => <TsbCell row={row.original} />,
  }),
  column.accessor((r) => orUndefined(r.ramp7d), {
    id: 'ramp7d',
    header: 'Ramp',
    size: 70,
    sortUndefined: 'last',
    meta: { numeric: true, unit: 'CTL/wk' },
    cell: ({ row, getValue }) => (
      <span
        className={LEVEL_CLASS[row.original.warnings?.ramp ?? 'ok']}
        title={`7-day CTL change; ${LOAD_WARNING_THRESHOLDS.rampPerWeek.warn} is a warning, ${LOAD_WARNING_THRESHOLDS.rampPerWeek.critical} the upper limit`}
      >
        {formatNumber(rampTenths(getValue()), 1)}
      </span>
    ),
  }),
  column.accessor((r) => orUndefined(r.load7d), {
    id: 'load7d',
    header: 'Load 7 d',
    size: 66,
    sortUndefined: 'last',
    meta: { numeric: true, unit: 'TSS' },
    cell: ({ getValue }) => formatNumber(getValue()),
  }),
  column.accessor((r) => orUndefined(r.load28d), {
    id: 'load28d',
    header: 'Load 28 d',
    size: 70,
    sortUndefined: 'last',
    meta: { numeric: true, unit: 'TSS' },
    cell: ({ getValue }) => formatNumber(getValue()),
  }),
  column.accessor((r) => orUndefined(r.acwr), {
    id: 'acwr',
    header: 'ACWR',
    size: 66,
    sortUndefined: 'last',
    meta: { numeric: true, unit: '7 d:28 d' },
    cell: ({ row, getValue }) => (
      <span className={LEVEL_CLASS[row.original.warnings?.acwr ?? 'ok']} title={LOAD_WARNING_THRESHOLDS.acwr.caveat}>
        {formatNumber(getValue(), 2)}
      </span>
    ),
  }),
  column.accessor((r) => (r.hrvStatus.position === null ? undefined : HRV_ORDER[r.hrvStatus.position]), {
    id: 'hrv',
    header: 'HRV',
    size: 100,
    sortUndefined: 'last',
    // Below the band first.
    sortDescFirst: false,
    meta: { unit: 'vs baseline' },
    cell: ({ row }) => <HrvCell status={row.original.hrvStatus} />,
  }),
  column.accessor((r) => orUndefined(r.daysSinceUpload), {
    id: 'lastUpload',
    header: 'Last upload',
    size: 92,
    sortUndefined: 'last',
    meta: { unit: 'age' },
    cell: ({ row }) => <LastUploadCell row={row.original} />,
  }),
  column.accessor((r) => r.nextRace?.daysAway, {
    id: 'nextRace',
    header: 'Next race',
    size: 150,
    sortUndefined: 'last',
    sortDescFirst: false,
    cell: ({ row }) => <NextRaceCell row={row.original} />,
  }),
  column.accessor((r) => formatSports(r.sports), { id: 'sports', header: 'Sports', size: 104 }),
  column.accessor((r) => r.tags.join(', '), {
    id: 'tags',
    header: 'Tags / group',
    size: 150,
    enableSorting: false,
    cell: ({ row, getValue }) =>
      row.original.tags.length === 0 ? (
        <span className="muted">—</span>
      ) : (
        <span className="tag-list" title={getValue()}>
          {row.original.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </span>
      ),
  }),
];

export const ROSTER_COLUMN_IDS = rosterColumns.map((c) => c.id!);

export function columnLabel(id: string): string {
  const header = rosterColumns.find((c) => c.id === id)?.header;
  return typeof header === 'string' ? header : id;
}
