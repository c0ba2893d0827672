import type { ReactNode } from 'react';

/** A labelled form control with its unit, where its value came from, hint and the error the server attached to this field. */
export function Field({
  id,
  label,
  unit,
  hint,
  error,
  tag,
  children,
}: {
  id: string;
  label: string;
  unit?: string;
  hint?: string;
  error?: string;
  /** A mark after the label saying where the value came from (e.g. "from history"). */
  tag?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {unit && <span className="unit">({unit})</span>} {tag}
      </label>
      {children}
      {hint && !error && <span className="field-hint">{hint}</span>}
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
