import { useState } from 'react';
import type { ThresholdBasis, WorkoutDetail, WorkoutList } from '../../../src-main/common/contract';
import {
  WORKOUT_CATEGORIES,
  WORKOUT_SPORTS,
  type WorkoutCategory,
  type WorkoutSport,
} from '../../../src-main/common/domain/workouts/workout-schema';
import { useCall } from '../../api/use-call';
import { navigate } from '../../app/routes';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { ThresholdBasisPicker } from './ThresholdBasisPicker';
import { draftFromDefinition, newDraft, type WorkoutDraft } from './workout-draft';
import { CATEGORY_LABELS, WORKOUT_SPORT_LABELS } from './workout-labels';
import { WorkoutBuilder } from './WorkoutBuilder';
import { WorkoutDetailPanel } from './WorkoutDetailPanel';
import { WorkoutTable } from './WorkoutTable';
import './workouts.css';

interface Filters {
  search: string;
  sport: WorkoutSport | '';
  category: WorkoutCategory | '';
  includeArchived: boolean;
}

type Building = { title: string; draft: WorkoutDraft; workoutId?: number };

const NO_ATHLETE: ThresholdBasis = { athleteId: null, thresholds: {} };

/**
 * The structured-workout library: starters and the coach's own, filtered by sport, category and text,
 * with durations and loads for a chosen athlete. Opening one shows its profile; the builder edits a
 * copy or a new one.
 */
export function WorkoutLibraryPage({ workoutId }: { workoutId: number | undefined }) {
  const [filters, setFilters] = useState<Filters>({ search: '', sport: '', category: '', includeArchived: false });
  const [athleteId, setAthleteId] = useState<number>();
  const [building, setBuilding] = useState<Building>();
  const athletes = useCall('athletes.list', {});
  const list = useCall('workouts.list', {
    ...(filters.search.trim() && { search: filters.search.trim() }),
    ...(filters.sport && { sport: filters.sport }),
    ...(filters.category && { category: filters.category }),
    ...(filters.includeArchived && { includeArchived: true }),
    ...(athleteId !== undefined && { athleteId }),
  });
  // While the next answer loads (a keystroke in search, another athlete), keep showing the last one
  // instead of flashing an empty table or assumed thresholds.
  const [shown, setShown] = useState<WorkoutList>();
  if (list.data && list.data !== shown) setShown(list.data);
  const basis = shown?.basis ?? NO_ATHLETE;

  const picker = (
    <ThresholdBasisPicker athletes={athletes.data ?? []} athleteId={athleteId} basis={basis} onChange={setAthleteId} />
  );

  if (building) {
    return (
      <WorkoutBuilder
        key={building.workoutId ?? building.title}
        title={building.title}
        initial={building.draft}
        workoutId={building.workoutId}
        basis={basis}
        athletePicker={picker}
        onCancel={() => setBuilding(undefined)}
        onSaved={(detail) => {
          setBuilding(undefined);
          navigate({ screen: 'workouts', workoutId: detail.workout.id });
        }}
      />
    );
  }

  const edit = (detail: WorkoutDetail) =>
    setBuilding({
      title: `Edit ${detail.workout.definition.name}`,
      draft: draftFromDefinition(detail.workout.definition),
      workoutId: detail.workout.id,
    });
  const copy = (detail: WorkoutDetail) => {
    const draft = draftFromDefinition(detail.workout.definition);
    setBuilding({ title: 'New workout', draft: { ...draft, name: `${draft.name} (copy)` } });
  };

  const workouts = shown?.workouts ?? [];
  return (
    <div className="page workouts-page">
      <header className="page-header">
        <h1>Workouts {shown && <span className="heading-count">{workouts.length} workouts</span>}</h1>
        <button
          type="button"
          className="primary"
          onClick={() => setBuilding({ title: 'New workout', draft: newDraft() })}
        >
          New workout
        </button>
      </header>

      <div className="toolbar filter-bar">
        <input
          className="search-input"
          type="search"
          placeholder="Search name or description"
          aria-label="Search workouts"
          value={filters.search}
          onChange={(e) => setFilters({ ...filters, search: e.target.value })}
        />
        <select
          aria-label="Filter by sport"
          value={filters.sport}
          onChange={(e) => setFilters({ ...filters, sport: e.target.value as Filters['sport'] })}
        >
          <option value="">All sports</option>
          {WORKOUT_SPORTS.map((sport) => (
            <option key={sport} value={sport}>
              {WORKOUT_SPORT_LABELS[sport]}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by category"
          value={filters.category}
          onChange={(e) => setFilters({ ...filters, category: e.target.value as Filters['category'] })}
        >
          <option value="">All categories</option>
          {WORKOUT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={filters.includeArchived}
            onChange={(e) => setFilters({ ...filters, includeArchived: e.target.checked })}
          />{' '}
          Show archived
        </label>
        {picker}
      </div>

      {workoutId !== undefined && (
        <WorkoutDetailPanel
          key={workoutId}
          workoutId={workoutId}
          athleteId={athleteId}
          onEdit={edit}
          onCopy={copy}
          onClose={() => navigate({ screen: 'workouts' })}
        />
      )}

      {list.error && <ErrorBanner error={list.error} onRetry={list.refetch} />}
      {!shown && !list.error && <Loading what="workouts" />}
      {shown &&
        (workouts.length === 0 ? (
          <p className="muted">No workout matches these filters.</p>
        ) : (
          <WorkoutTable
            workouts={workouts}
            onOpen={(workout) => navigate({ screen: 'workouts', workoutId: workout.id })}
          />
        ))}
    </div>
  );
}
