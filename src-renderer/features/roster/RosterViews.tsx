import { useState, type FormEvent } from 'react';
import { BUILT_IN_VIEWS, type useSavedViews } from './roster-preferences';
import { sameFilters, type RosterFilters } from './roster-status';

/**
 * Named filter sets: the built-in "All athletes" and "Needs attention", then the coach's own. The view
 * whose filters equal the current ones shows as selected, so a changed filter visibly leaves the view.
 */
export function RosterViews({
  filters,
  onApply,
  saved,
}: {
  filters: RosterFilters;
  onApply: (filters: RosterFilters) => void;
  saved: ReturnType<typeof useSavedViews>;
}) {
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const all = [...BUILT_IN_VIEWS, ...saved.views];
  const current = all.find((view) => sameFilters(view.filters, filters));
  const isCustom = current !== undefined && !BUILT_IN_VIEWS.includes(current);

  function save(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || BUILT_IN_VIEWS.some((v) => v.name === trimmed)) return;
    saved.save(trimmed, filters);
    setNaming(false);
    setName('');
  }

  return (
    <div className="toolbar views-bar" role="group" aria-label="Saved views">
      <span className="muted">Views:</span>
      {all.map((view) => (
        <button
          key={view.name}
          type="button"
          className="view-chip"
          aria-pressed={view === current}
          onClick={() => onApply(view.filters)}
        >
          {view.name}
        </button>
      ))}
      {naming ? (
        <form className="inline-form" onSubmit={save}>
          <input
            type="text"
            aria-label="View name"
            placeholder="Name this view"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setNaming(false)}
          />
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <button type="button" className="link" onClick={() => setNaming(true)} disabled={current !== undefined}>
          Save current filters as a view…
        </button>
      )}
      {isCustom && (
        <button type="button" className="link" onClick={() => saved.remove(current.name)}>
          Delete view “{current.name}”
        </button>
      )}
    </div>
  );
}
