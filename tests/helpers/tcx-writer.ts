/**
 * A minimal TCX run: one lap, one trackpoint a second with heart rate and distance. `start` is written
 * exactly as given, so a test chooses whether the times carry an offset ("…Z") or not ("2011-07-02T20:29:00").
 */
export function writeTcxRun(options: { start: string; seconds: number; id?: string }): Uint8Array {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(options.start)?.[0] ?? '';
  const wall = Date.parse(`${options.start.slice(0, 19)}Z`);
  const at = (s: number) => `${new Date(wall + s * 1000).toISOString().slice(0, 19)}${offset}`;
  const points = Array.from(
    { length: options.seconds },
    (_, s) =>
      `<Trackpoint><Time>${at(s)}</Time><DistanceMeters>${(s * 3).toFixed(1)}</DistanceMeters><HeartRateBpm><Value>${140 + (s % 7)}</Value></HeartRateBpm></Trackpoint>`,
  ).join('');
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
  <Activities><Activity Sport="Running"><Id>${options.id ?? at(0)}</Id>
    <Lap StartTime="${at(0)}"><TotalTimeSeconds>${options.seconds}</TotalTimeSeconds><DistanceMeters>${options.seconds * 3}</DistanceMeters><Track>${points}</Track></Lap>
  </Activity></Activities>
</TrainingCenterDatabase>`,
  );
}
