import type { ActivityLap } from '../../../src-main/common/domain/activity';
import type { Sport } from '../../../src-main/common/domain/sports';
import { useUnits } from '../../app/app-context';
import { distanceUnit, paceFromSpeed, paceUnit, speedToDisplay, speedUnit } from '../../format/units';
import { formatClock, formatDistance, formatNumber, formatPace } from '../../../src-main/common/format';

/** Laps as the device recorded them; runs show pace, other sports speed. */
export function LapsTable({ laps, sport }: { laps: ActivityLap[]; sport: Sport }) {
  const units = useUnits();
  if (laps.length === 0) return <p className="muted">No laps recorded.</p>;
  const asPace = sport === 'run' || sport === 'walk';
  return (
    <div className="table-wrap scrolls">
      <table className="data compact" aria-label="Laps">
        <thead>
          <tr>
            <th className="num">Lap</th>
            <th className="num">Time</th>
            <th className="num">Distance ({distanceUnit(units)})</th>
            <th className="num">{asPace ? `Pace (${paceUnit(units)})` : `Speed (${speedUnit(units)})`}</th>
            <th className="num">Avg HR (bpm)</th>
            <th className="num">Max HR (bpm)</th>
            <th className="num">Avg power (W)</th>
            <th className="num">Cadence</th>
            <th>Intensity</th>
          </tr>
        </thead>
        <tbody>
          {laps.map((lap, index) => (
            <tr key={index}>
              <td className="num">{index + 1}</td>
              <td className="num">{formatClock(lap.timerSeconds)}</td>
              <td className="num">{formatDistance(lap.distanceMeters, units).replace(/ \w+$/, '')}</td>
              <td className="num">
                {lap.avgSpeed === null || lap.avgSpeed <= 0
                  ? '—'
                  : asPace
                    ? formatPace(paceFromSpeed(lap.avgSpeed, units))
                    : formatNumber(speedToDisplay(lap.avgSpeed, units), 1)}
              </td>
              <td className="num">{formatNumber(lap.avgHr)}</td>
              <td className="num">{formatNumber(lap.maxHr)}</td>
              <td className="num">{formatNumber(lap.avgPower)}</td>
              <td className="num">{formatNumber(lap.avgCadence)}</td>
              <td>{lap.intensity ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
