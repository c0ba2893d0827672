import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

function violations(dir: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(join(root, dir)).flatMap((file) =>
    importsOf(file)
      .filter(forbidden)
      .map((spec) => `${relative(root, file)} imports ${spec}`),
  );
}

const nodeBuiltin = (s: string) =>
  s.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'zlib'].includes(s);

describe('layer boundaries', () => {
  it('keeps domain and contract code free of electron, the database and Node built-ins', () => {
    const bad = violations(
      'src-main/common',
      (s) => s === 'electron' || s === 'better-sqlite3' || s === 'kysely' || nodeBuiltin(s) || s.includes('/node/'),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the contract above the domain: the contract composes the domain vocabulary, never the reverse', () => {
    const contract = (s: string) => /(^|\/)contract(\/|$)/.test(s);
    expect([
      ...violations('src-main/common/domain', contract),
      ...violations('src-main/common/format', contract),
    ]).toEqual([]);
  });

  it('keeps Node services free of electron so the CLI and browser mode run without it', () => {
    expect(violations('src-main/node', (s) => s === 'electron' || s.includes('electron-main'))).toEqual([]);
  });

  it('keeps the database libraries inside src-main/node/db, where all SQL lives', () => {
    const database = (s: string) => s === 'kysely' || s.startsWith('kysely/') || s === 'better-sqlite3';
    const bad = violations('src-main', database).filter(
      (line) => !line.startsWith(join('src-main', 'node', 'db') + '/'),
    );
    expect(bad).toEqual([]);
    expect(violations('src-main/node/db', database).length).toBeGreaterThan(0);
  });

  it('keeps the renderer away from the main process internals', () => {
    const bad = violations(
      'src-renderer',
      (s) => s === 'electron' || s === 'better-sqlite3' || nodeBuiltin(s) || s.includes('src-main/node'),
    );
    expect(bad).toEqual([]);
  });

  it('detects a forbidden import (the scan itself works)', () => {
    expect(importsOf(join(root, 'src-main/node/db/connection.ts'))).toContain('better-sqlite3');
  });
});
