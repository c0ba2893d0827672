import type { ExportedFile } from '../../../src-main/common/contract';

export type SaveResult = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'downloaded' };

/**
 * Hands an exported file to the coach: in Electron the main process shows the system save dialog; in
 * browser mode the browser downloads it (its own download settings pick the folder).
 */
export async function saveExport(file: ExportedFile): Promise<SaveResult> {
  if (window.coach) {
    const outcome = await window.coach.saveFile(file.fileName, file.base64);
    return outcome.saved && outcome.path ? { kind: 'saved', path: outcome.path } : { kind: 'cancelled' };
  }
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { kind: 'downloaded' };
}
