/**
 * FNV-1a (32-bit) of a string, as 8 hex digits: a cheap, stable fingerprint of what a calendar event
 * shows, so a re-export raises an event's SEQUENCE only when the session really changed. Not for security.
 */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
