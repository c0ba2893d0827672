import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { fitCrc16 } from '../../../src-main/node/import/decoders/fit/crc';
import { createAthlete } from '../../../src-main/node/services/athletes';
import { importUploadedFiles } from '../../../src-main/node/services/imports';
import { writeFitActivity } from '../../helpers/fit-writer';
import { createTempApp, type TempApp } from '../../helpers/temp-app';

/** Deterministic PRNG so a failing case can be reproduced from its index. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MUTANTS = 4000;
const BATCH = 250;

/** Bit flips, truncation, and corrupted length fields (header size, data size, definition field sizes). */
function mutate(base: Uint8Array, random: () => number): Uint8Array {
  const bytes = base.slice();
  const pick = (n: number) => Math.floor(random() * n);
  switch (pick(5)) {
    case 0:
      for (let i = 1 + pick(8); i > 0; i--) bytes[pick(bytes.length)]! ^= 1 << pick(8);
      return bytes;
    case 1:
      return bytes.subarray(0, pick(bytes.length));
    case 2:
      bytes[0] = pick(256); // header size
      return bytes;
    case 3: {
      new DataView(bytes.buffer).setUint32(4, random() < 0.5 ? pick(bytes.length * 2) : 0xffffffff, true); // data size
      return bytes;
    }
    default:
      // Inside the first definition messages: field sizes and counts.
      for (let i = 1 + pick(3); i > 0; i--) bytes[14 + pick(Math.min(200, bytes.length - 14))] = pick(256);
      return bytes;
  }
}

/**
 * Most mutants would stop at the CRC check; re-sealing half of them with fresh header and file CRCs
 * makes the corrupted structure reach the message parser itself.
 */
function reseal(bytes: Uint8Array): Uint8Array {
  if (bytes.length < 16 || bytes[0] !== 14) return bytes;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  view.setUint16(12, fitCrc16(bytes, 0, 12), true);
  view.setUint16(bytes.length - 2, fitCrc16(bytes, 0, bytes.length - 2), true);
  return bytes;
}

const sealedOrNot = (bytes: Uint8Array, i: number) => (i % 2 === 0 ? reseal(bytes.slice()) : bytes);

let app: TempApp;
let athleteId: number;
beforeAll(async () => {
  app = createTempApp();
  athleteId = (await createAthlete(app.ctx, { name: 'Fuzz', sports: ['bike'], thresholds: { ftp: 250 } })).id;
});
afterAll(() => app.dispose());

describe('import fuzzing', () => {
  it(
    `survives ${MUTANTS} mutated FIT files: no crash, no hang, no partial rows, integrity intact`,
    { timeout: 240_000 },
    async () => {
      const random = mulberry32(20240501);
      const bases = Array.from({ length: 8 }, (_, i) =>
        writeFitActivity({
          sport: i % 2 ? 'run' : 'bike',
          durationSeconds: 90,
          start: new Date(Date.UTC(2024, 0, 1 + i, 7)),
          seed: i + 1,
        }),
      );
      const statuses = { imported: 0, duplicate: 0, skipped: 0, failed: 0 };
      const reportedIds = new Set<number>();
      for (let start = 0; start < MUTANTS; start += BATCH) {
        const files = Array.from({ length: BATCH }, (_, i) => ({
          name: `mutant-${start + i}.fit`,
          data: sealedOrNot(mutate(bases[(start + i) % bases.length]!, random), i),
        }));
        // A short per-file limit: a decoder stuck on a mutant is stopped and the file failed.
        const report = await importUploadedFiles(app.ctx, files, { athleteId, timeoutMs: 5000 });
        expect(report.files).toHaveLength(BATCH);
        for (const file of report.files) {
          statuses[file.status] += 1;
          expect(file.reason).not.toBe('');
          if (file.status === 'imported') file.activityIds.forEach((id) => reportedIds.add(id));
        }
      }
      expect(statuses.failed).toBeGreaterThan(0);
      expect(statuses.imported).toBeGreaterThan(0);

      const { sqlite } = app.database;
      expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      // Every activity row is whole: reported by an imported file and tied to its kept original.
      const activityIds = (await app.ctx.db.selectFrom('activities').select('id').execute()).map((r) => r.id);
      expect(new Set(activityIds)).toEqual(reportedIds);
      const orphans = await sql<{
        n: number;
      }>`SELECT count(*) AS n FROM activities a LEFT JOIN activity_sources s ON s.activity_id = a.id WHERE s.activity_id IS NULL`.execute(
        app.ctx.db,
      );
      expect(orphans.rows[0]!.n).toBe(0);
    },
  );
});
