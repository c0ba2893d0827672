import { describe, expect, it } from 'vitest';
import { readFlag } from '../../../src-main/electron-main/launch-options';

describe('readFlag', () => {
  it('reads both "--db path" and "--db=path"', () => {
    expect(readFlag(['electron', '.', '--db', '/tmp/a.db'], '--db')).toBe('/tmp/a.db');
    expect(readFlag(['electron', '.', '--db=/tmp/b.db'], '--db')).toBe('/tmp/b.db');
  });

  it('lets the last occurrence win and ignores switches Chromium adds', () => {
    expect(readFlag(['--db', '/a.db', '--enable-logging', '--db=/b.db'], '--db')).toBe('/b.db');
  });

  it('is undefined when the flag is absent or has no value', () => {
    expect(readFlag(['electron', '.'], '--db')).toBeUndefined();
    expect(readFlag(['--db'], '--db')).toBeUndefined();
    expect(readFlag(['--db', '--no-sandbox'], '--db')).toBeUndefined();
  });

  it('does not mistake a longer flag for the one asked for', () => {
    expect(readFlag(['--dbx=/a.db'], '--db')).toBeUndefined();
  });
});
