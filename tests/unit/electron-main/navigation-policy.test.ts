import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  decideNavigation,
  decideNewWindow,
  isAppUrl,
  type RendererLocation,
} from '../../../src-main/electron-main/navigation-policy';

const rendererDir = join('/opt', 'coach', 'out', 'renderer');
const built: RendererLocation = { rendererDir };
const developing: RendererLocation = { rendererDir, devServerUrl: 'http://localhost:5173/' };
const page = (relativePath: string) => pathToFileURL(join(rendererDir, relativePath)).href;

describe('isAppUrl', () => {
  it('accepts the built renderer page, with or without a hash route', () => {
    expect(isAppUrl(page('index.html'), built)).toBe(true);
    expect(isAppUrl(`${page('index.html')}#/athletes/3`, built)).toBe(true);
  });

  it('rejects other local files, including ones reached by climbing out of the renderer folder', () => {
    expect(isAppUrl(pathToFileURL('/etc/passwd').href, built)).toBe(false);
    expect(isAppUrl(pathToFileURL(join(rendererDir, '..', 'main', 'index.js')).href, built)).toBe(false);
    expect(isAppUrl(`file://${rendererDir}/../renderer-evil/index.html`, built)).toBe(false);
    expect(isAppUrl(`file://${rendererDir}/%2e%2e/main/index.js`, built)).toBe(false);
  });

  it('rejects the renderer folder itself and a network share', () => {
    expect(isAppUrl(pathToFileURL(rendererDir).href, built)).toBe(false);
    expect(isAppUrl(`file://fileserver${rendererDir}/index.html`, built)).toBe(false);
  });

  it('trusts the dev server by origin only while one is configured', () => {
    expect(isAppUrl('http://localhost:5173/#/roster', developing)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/roster', built)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', developing)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', developing)).toBe(false);
  });

  it('rejects web pages and junk', () => {
    expect(isAppUrl('https://example.com/', developing)).toBe(false);
    expect(isAppUrl('', built)).toBe(false);
    expect(isAppUrl('not a url', built)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('lets the window move between its own pages', () => {
    expect(decideNavigation(page('index.html'), built)).toEqual({ action: 'allow' });
  });

  it('keeps the window put and offers web links to the browser', () => {
    expect(decideNavigation('https://www.trainingpeaks.com/learn', built)).toEqual({
      action: 'offer-external',
      url: 'https://www.trainingpeaks.com/learn',
    });
    expect(decideNavigation('http://example.com', built)).toEqual({
      action: 'offer-external',
      url: 'http://example.com/',
    });
  });

  it('denies other schemes and local files outright', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,hi',
      'mailto:a@b.c',
      'smb://server/share',
      'ms-settings:',
    ]) {
      expect(decideNavigation(url, built)).toEqual({ action: 'deny' });
    }
  });

  it('denies web links carrying credentials, which disguise the real host', () => {
    expect(decideNavigation('https://bank.example@evil.example/', built)).toEqual({ action: 'deny' });
    expect(decideNavigation('https://user:secret@example.com/', built)).toEqual({ action: 'deny' });
  });
});

describe('decideNewWindow', () => {
  it('never opens our own pages in a second window', () => {
    expect(decideNewWindow(page('index.html'))).toEqual({ action: 'deny' });
  });

  it('offers web links to the browser', () => {
    expect(decideNewWindow('https://example.com/a?b=1')).toEqual({
      action: 'offer-external',
      url: 'https://example.com/a?b=1',
    });
  });
});
