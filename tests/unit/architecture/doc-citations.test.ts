import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Comments, test names and lint messages explain a convention by citing the repository's own docs, so a
 * reader of a clone can follow every reference: never a document outside the repository, and never a
 * section of docs/ that does not exist.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const SCANNED = ['src-main', 'src-renderer', 'tests', 'bench', 'scripts', 'bin', 'eslint.config.js'];

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => {
    if (name === 'node_modules') return [];
    const child = join(path, name);
    if (statSync(child).isDirectory()) return sourceFiles(child);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [child] : [];
  });
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorsOf(markdown: string): Set<string> {
  const headings = markdown.split('\n').filter((line) => /^#{1,6} /.test(line));
  return new Set(
    headings.map((line) =>
      line
        .replace(/^#+ /, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N} -]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

const THIS_FILE = relative(root, import.meta.filename);
const files = SCANNED.flatMap((entry) => sourceFiles(join(root, entry))).filter(
  (file) => relative(root, file) !== THIS_FILE,
);

describe('documentation citations', () => {
  it('cite no document outside the repository', () => {
    const outside = files
      .filter((file) => /\bGUIDE\b|shared\/GUIDE/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(outside).toEqual([]);
  });

  it('point at docs that exist, at headings that exist', () => {
    const cited = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/docs\/([\w-]+\.md)(?:#([\w-]+))?/g)].map((m) => ({
        file: relative(root, file),
        doc: m[1]!,
        anchor: m[2],
      })),
    );
    expect(cited.length).toBeGreaterThan(0);
    const broken = cited.filter(({ doc, anchor }) => {
      let text: string;
      try {
        text = readFileSync(join(root, 'docs', doc), 'utf8');
      } catch {
        return true;
      }
      return anchor !== undefined && !anchorsOf(text).has(anchor);
    });
    expect(broken).toEqual([]);
  });
});
