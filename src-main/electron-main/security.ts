import { dialog, shell, type BrowserWindow, type Session } from 'electron';
import { decideNavigation, decideNewWindow, type RendererLocation } from './navigation-policy';

/**
 * The renderer's meta-tag policy, plus frame-ancestors (only honoured in a header). file:// pages
 * carry no response headers, so in the built app the meta tag is what applies; the header covers the
 * dev server and any page that might lack the tag.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Copying a table or a value to the clipboard is a normal coaching task; nothing else is needed. */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

export function applySessionPolicy(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // Chromium asks the check handler first and only requests when the check fails, so both are needed.
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
}

/** Keeps the window on the app's own pages; web links open in the user's browser once they agree. */
export function guardNavigation(window: BrowserWindow, location: RendererLocation): void {
  window.webContents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, location);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'offer-external') void offerToOpenInBrowser(window, decision.url);
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    const decision = decideNewWindow(url);
    if (decision.action === 'offer-external') void offerToOpenInBrowser(window, decision.url);
    return { action: 'deny' };
  });
}

async function offerToOpenInBrowser(window: BrowserWindow, url: string): Promise<void> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    message: `Open ${url} in your browser?`,
    detail: 'Coach Workstation shows only its own pages; web links open in your default browser.',
    buttons: ['Open in Browser', 'Cancel'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return;
  try {
    await shell.openExternal(url);
  } catch (error) {
    console.error(`Could not open ${url} in the browser`, error);
  }
}
