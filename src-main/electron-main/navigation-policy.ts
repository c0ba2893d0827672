import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the app's own pages come from; anything else is foreign content. */
export interface RendererLocation {
  /** Folder of the built renderer (out/renderer): file:// pages inside it are ours. */
  rendererDir: string;
  /** The electron-vite dev server, only while developing (never trusted in a packaged app). */
  devServerUrl?: string;
}

export type NavigationDecision =
  | { action: 'allow' }
  | { action: 'deny' }
  /** Keep the window where it is, but offer to open the link in the user's browser. */
  | { action: 'offer-external'; url: string };

/** True for pages of our renderer: a file inside rendererDir, or a page of the dev server. */
export function isAppUrl(url: string, location: RendererLocation): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol === 'file:') return isFileInside(parsed, location.rendererDir);
  if (!location.devServerUrl) return false;
  const devServer = parseUrl(location.devServerUrl);
  return devServer !== undefined && parsed.origin === devServer.origin;
}

/** The window may only move between our own pages; web links go to the browser, after asking. */
export function decideNavigation(url: string, location: RendererLocation): NavigationDecision {
  return isAppUrl(url, location) ? { action: 'allow' } : decideExternalLink(url);
}

/** The app never opens a second Electron window for content: a new window is either a web link or nothing. */
export function decideNewWindow(url: string): NavigationDecision {
  return decideExternalLink(url);
}

function decideExternalLink(url: string): NavigationDecision {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return { action: 'deny' };
  // "https://bank.example@evil.example" reads as one host and goes to another: never hand such a
  // link to the browser from a dialog that only shows the text.
  if (parsed.username !== '' || parsed.password !== '') return { action: 'deny' };
  return { action: 'offer-external', url: parsed.href };
}

function isFileInside(fileUrl: URL, dir: string): boolean {
  // A host on a file URL is a network share (file://server/share), never our bundle.
  if (fileUrl.host !== '') return false;
  let path: string;
  try {
    path = fileURLToPath(fileUrl);
  } catch {
    return false; // e.g. an encoded path separator, which fileURLToPath refuses
  }
  const inside = relative(dir, path);
  return inside !== '' && !isAbsolute(inside) && inside.split(sep)[0] !== '..';
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
