import type { KeyNumber } from '../../../src-main/common/domain/briefs/key-numbers';
import { keyNumberDigits } from '../../../src-main/common/domain/briefs/key-numbers';
import { formatNumber, formatSigned } from '../../../src-main/common/format';

/** Whether the change is good news, bad news or just a change, for the colour. */
function tone(number: KeyNumber, change: number): string {
  if (number.direction === 'neutral' || change === 0) return '';
  const better = number.direction === 'up-good' ? change > 0 : change < 0;
  return better ? 'change-better' : 'change-worse';
}

function ChangeCell({ number, digits }: { number: KeyNumber; digits: number }) {
  if (number.now === null || number.atLastCall === null) return <td className="num muted">—</td>;
  const change = number.now - number.atLastCall;
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '';
  return (
    <td className={`num ${tone(number, change)}`}>
      <span aria-hidden="true">{arrow}</span> {formatSigned(change, digits)} {number.unit}
    </td>
  );
}

/** Each key number then (at the last call) and now, with the change coloured by what it means. */
export function KeyNumbersTable({ numbers, sinceLabel }: { numbers: KeyNumber[]; sinceLabel: string }) {
  return (
    <table className="data key-numbers" aria-label="Key numbers">
      <thead>
        <tr>
          <th>Measure</th>
          <th className="num">{sinceLabel}</th>
          <th className="num">Now</th>
          <th className="num">Change</th>
        </tr>
      </thead>
      <tbody>
        {numbers.map((number) => {
          const digits = keyNumberDigits(number);
          const value = (v: number | null) => (v === null ? '—' : `${formatNumber(v, digits)} ${number.unit}`);
          return (
            <tr key={number.label}>
              <td>{number.label}</td>
              <td className="num">{value(number.atLastCall)}</td>
              <td className="num">{value(number.now)}</td>
              <ChangeCell number={number} digits={digits} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
