/**
 * A CSV file's text. Apps export UTF-8, but a file saved again from Excel on Windows is Windows-1252:
 * read as UTF-8 its accented notes ("Spätabends") would turn into replacement characters, so bytes
 * that are not valid UTF-8 are read as Windows-1252 instead.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
