import { columnLabel } from './roster-columns';
import type { useColumnLayout } from './roster-preferences';

/** Always shown, and always first: the table pins it to the left edge. */
const ALWAYS_SHOWN = 'name';

/** Show, hide and reorder the roster's columns; the layout is remembered on this computer. */
export function ColumnChooser({ layout }: { layout: ReturnType<typeof useColumnLayout> }) {
  return (
    <details className="popover">
      <summary>Columns</summary>
      <div className="popover-body" role="group" aria-label="Roster columns">
        <ol className="column-list">
          {layout.order.map((id, index) => {
            const label = columnLabel(id);
            return (
              <li key={id}>
                <label>
                  <input
                    type="checkbox"
                    checked={layout.visibility[id] !== false}
                    disabled={id === ALWAYS_SHOWN}
                    onChange={(e) => layout.setHidden(id, !e.target.checked)}
                  />
                  {label}
                </label>
                <span className="move-buttons">
                  <button
                    type="button"
                    aria-label={`Move ${label} left`}
                    disabled={index === 0 || id === ALWAYS_SHOWN}
                    onClick={() => layout.move(id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${label} right`}
                    disabled={index === layout.order.length - 1 || id === ALWAYS_SHOWN}
                    onClick={() => layout.move(id, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
        <button type="button" className="link" onClick={layout.reset}>
          Reset columns
        </button>
      </div>
    </details>
  );
}
