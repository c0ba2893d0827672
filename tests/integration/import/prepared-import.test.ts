import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeActivityFile } from '../../../src-main/node/import/decoders';
import { prepareDecodeResult, transferListOf } from '../../../src-main/node/import/prepare';
import { encodeStreams } from '../../../src-main/node/db/stream-codec';
import { scoreActivity } from '../../../src-main/node/services/activity-analysis';
import { fixturePath, fixturesSkipReason } from '../../helpers/fixtures';

/**
 * The importer's decode workers compute the threshold-free metrics and encode the streams; its writer
 * scores with the athlete's thresholds from those. On every real device file, what that stores must be
 * exactly what scoring and encoding the decoded record in one place gives: load, explanation, curves,
 * zones and stream bytes.
 */
const dirs = [fixturePath('activities'), fixturePath('other-formats')];
const missing = !existsSync(dirs[0]!);
const files = missing
  ? []
  : dirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(fit|tcx|gpx)(\.gz)?$/i.test(f))
        .sort()
        .map((f) => [dir, f] as const),
    );
const ctx = {
  thresholds: { ftp: 250, lthr: 165, maxHr: 190, restingHr: 50, thresholdPace: 270, css: 100 },
  thresholdDates: { ftp: '2020-01-01', thresholdPace: '2020-01-01' },
  sex: 'male' as const,
};

describe.skipIf(missing)(
  `scoring prepared in a worker equals scoring in one place${missing ? ` (skipped: ${fixturesSkipReason})` : ''}`,
  () => {
    it.each(files)('%s/%s', async (dir, name) => {
      let decoded;
      try {
        decoded = await decodeActivityFile(name, new Uint8Array(readFileSync(`${dir}/${name}`)));
      } catch (error) {
        // A file holding no workout (a course, a route, waypoints) is refused as such, and has nothing to
        // score; decoders-fixtures.test.ts names each one. Any other failure to decode fails here.
        expect(error).toBeInstanceOf(DecodeError);
        expect((error as Error).message).toMatch(/^(FIT|TCX|GPX) file contains no activity\b/);
        return;
      }
      const inOnePlace = decoded.activities.map(({ record }) => ({
        scored: scoreActivity(record, ctx),
        encoded: record.streams ? encodeStreams(record.streams) : null,
      }));

      // As the writer receives it: buffers moved across threads, the rest cloned.
      const prepared = prepareDecodeResult(decoded);
      const received = structuredClone(prepared, { transfer: transferListOf(prepared) });

      expect(received.activities).toHaveLength(inOnePlace.length);
      received.activities.forEach((activity, i) => {
        expect(scoreActivity(activity.record, ctx, activity.prepared.reductions)).toEqual(inOnePlace[i]!.scored);
        const encoded = activity.prepared.encodedStreams;
        const expected = inOnePlace[i]!.encoded;
        expect(encoded === null).toBe(expected === null);
        if (encoded && expected) {
          expect({ sampleCount: encoded.sampleCount, channels: encoded.channels }).toEqual({
            sampleCount: expected.sampleCount,
            channels: expected.channels,
          });
          expect(Buffer.from(encoded.data).equals(Buffer.from(expected.data))).toBe(true);
        }
      });
    });
  },
);
