import type { ReactNode } from 'react';

/** A labelled form control with its unit, hint and the error the server attached to this field. */
export function Field({
  id,
  label,
  unit,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  unit?: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {unit && <span className="unit">({unit})</span>}
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
