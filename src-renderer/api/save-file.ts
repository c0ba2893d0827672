import type { ExportedFile } from '../../src-main/common/contract';

/** What saving needs of an exported file: its suggested name, its type and its bytes. */
export type SavableFile = Pick<ExportedFile, 'fileName' | 'mimeType' | 'base64'>;

export type SaveResult = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'downloaded' };

/** Browser mode has no save dialog: the browser downloads the file, and its own settings pick the folder. */
export function downloadFile(file: SavableFile): SaveResult {
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
