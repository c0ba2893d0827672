import { useEffect, useId, useState } from 'react';

export const IMPORT_ACCEPT = '.fit,.tcx,.gpx,.zip,.gz';

/**
 * File picker plus drag-and-drop. While this screen is open the whole window accepts drops, so the
 * coach need not aim for the zone; the zone lights up to show the drop will land.
 */
export function DropZone({ disabled, onFiles }: { disabled: boolean; onFiles: (files: File[]) => void }) {
  const inputId = useId();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (!disabled && files.length > 0) onFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [disabled, onFiles]);

  return (
    <div className={`drop-zone${dragging ? ' active' : ''}`} data-testid="drop-zone">
      <strong>{dragging ? 'Drop to import' : 'Drop activity files anywhere in this window'}</strong>
      <span className="muted">FIT, TCX, GPX, or .zip / .gz archives of them</span>
      <label htmlFor={inputId} className="button primary" aria-disabled={disabled}>
        Choose files…
      </label>
      <input
        id={inputId}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        disabled={disabled}
        aria-label="Choose activity files to import"
        className="visually-hidden-input"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </div>
  );
}
