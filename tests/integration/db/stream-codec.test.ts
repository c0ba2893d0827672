import { describe, expect, it } from 'vitest';
import { decodeStreams, encodeStreams } from '../../../src-main/node/db/stream-codec';

describe('stream codec', () => {
  it('round-trips every channel, keeping positions exact and missing samples missing', () => {
    const n = 3600;
    const time = Float64Array.from({ length: n }, (_, i) => i);
    const lat = Float64Array.from({ length: n }, (_, i) => 46.0569 + i * 1.234567e-6);
    const hr = Float64Array.from({ length: n }, (_, i) => (i % 97 === 0 ? Number.NaN : 120 + (i % 40)));
    const speed = Float64Array.from({ length: n }, (_, i) => 8.3 + Math.sin(i / 30));
    const decoded = decodeStreams(encodeStreams({ time, lat, hr, speed }));

    expect(Object.keys(decoded).sort()).toEqual(['hr', 'lat', 'speed', 'time']);
    expect(decoded.time).toEqual(time);
    expect(decoded.lat).toEqual(lat);
    expect(Number.isNaN(decoded.hr![0]!)).toBe(true);
    expect(decoded.hr![1]).toBe(121);
    // float32 keeps speed to well under a millimetre per second.
    for (let i = 0; i < n; i += 250) expect(Math.abs(decoded.speed![i]! - speed[i]!)).toBeLessThan(1e-5);
  });

  it('stores an hour of 1 Hz samples in about 4 bytes per sample and channel', () => {
    const n = 3600;
    const column = () => Float64Array.from({ length: n }, (_, i) => i);
    const encoded = encodeStreams({ time: column(), hr: column(), power: column(), cadence: column() });
    expect(encoded.data.byteLength).toBe(n * 8 + 3 * n * 4);
  });

  it('rejects a channel whose length differs from the time channel', () => {
    expect(() => encodeStreams({ time: new Float64Array(10), hr: new Float64Array(9) })).toThrow(
      'stream hr has 9 samples, time has 10',
    );
  });
});
