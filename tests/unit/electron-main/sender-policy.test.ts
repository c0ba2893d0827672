import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rejectUntrustedSender } from '../../../src-main/electron-main/sender-policy';

const location = { rendererDir: join('/opt', 'coach', 'out', 'renderer') };

describe('rejectUntrustedSender', () => {
  it('lets calls from our renderer through', () => {
    expect(
      rejectUntrustedSender(`${pathToFileURL(join(location.rendererDir, 'index.html')).href}#/inbox`, location),
    ).toBeUndefined();
  });

  it('answers FORBIDDEN to a frame showing anything else', () => {
    const rejection = rejectUntrustedSender('https://example.com/', location);
    expect(rejection).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(rejection?.ok === false && rejection.error.message).toContain('https://example.com/');
  });

  it('answers FORBIDDEN when the sending frame is gone or has no URL yet', () => {
    expect(rejectUntrustedSender(undefined, location)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(rejectUntrustedSender('', location)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('accepts the dev server only when it is the configured one', () => {
    const developing = { ...location, devServerUrl: 'http://localhost:5173' };
    expect(rejectUntrustedSender('http://localhost:5173/', developing)).toBeUndefined();
    expect(rejectUntrustedSender('http://localhost:5173/', location)).toMatchObject({ ok: false });
  });
});
