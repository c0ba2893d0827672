import { useState, type FormEvent } from 'react';
import type { WatchFolderKind } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { ApiCallError } from '../../api/errors';
import { useCall, useTask } from '../../api/use-call';
import { ErrorBanner } from '../../components/ErrorBanner';

const KIND_LABELS: Record<WatchFolderKind, string> = {
  watch: 'Watch folder: new files are imported',
  mount_root: 'Extra mount point: searched for plugged-in watches',
};

/**
 * Folders the app keeps an eye on besides the usual mount points: a Dropbox folder athletes drop files
 * into, an ANT-FS sync folder, or a mount point the platform defaults miss.
 */
export function WatchFolders() {
  const folders = useCall('watchFolders.list', {});
  const [path, setPath] = useState('');
  const [kind, setKind] = useState<WatchFolderKind>('watch');
  const task = useTask();
  const error = task.error;

  function add(event: FormEvent) {
    event.preventDefault();
    task.run(
      () => api.call('watchFolders.add', { path, kind }),
      () => setPath(''),
    );
  }

  const fieldError = error instanceof ApiCallError && error.field === 'path' ? error.message : undefined;
  return (
    <section className="card" aria-labelledby="watch-folders-title">
      <h2 id="watch-folders-title">Watch folders</h2>
      {folders.error && <ErrorBanner error={folders.error} onRetry={folders.refetch} />}
      {folders.data && folders.data.length === 0 && (
        <p className="muted">No watch folders yet. Plugged-in watches and ANT-FS sync folders are found without one.</p>
      )}
      {folders.data && folders.data.length > 0 && (
        <ul className="plain-list" aria-label="Watch folders">
          {folders.data.map((folder) => (
            <li key={folder.id}>
              <span className="break-anywhere">{folder.path}</span>{' '}
              <span className="muted">· {KIND_LABELS[folder.kind]}</span>{' '}
              <button type="button" onClick={() => task.run(() => api.call('watchFolders.remove', { id: folder.id }))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && !fieldError && <ErrorBanner error={error} />}
      <form className="toolbar" onSubmit={add}>
        <label htmlFor="watch-folder-path">Folder</label>
        <input
          type="text"
          id="watch-folder-path"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          placeholder="/home/coach/Dropbox/athlete-files"
          aria-invalid={fieldError !== undefined}
          aria-describedby={fieldError ? 'watch-folder-error' : undefined}
          size={48}
        />
        <select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as WatchFolderKind)}>
          <option value="watch">Import new files</option>
          <option value="mount_root">Search for watches</option>
        </select>
        <button type="submit" disabled={path.trim() === ''}>
          Add folder
        </button>
      </form>
      {fieldError && (
        <p id="watch-folder-error" className="field-error">
          {fieldError}
        </p>
      )}
    </section>
  );
}
