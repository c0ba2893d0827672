import type { AthleteSummary } from '../../../src-main/common/contract';

export function AthleteSelect({
  id,
  athletes,
  value,
  emptyLabel,
  onChange,
}: {
  id: string;
  athletes: AthleteSummary[];
  value: number | undefined;
  emptyLabel: string;
  onChange: (athleteId: number | undefined) => void;
}) {
  return (
    <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}>
      <option value="">{emptyLabel}</option>
      {athletes.map((athlete) => (
        <option key={athlete.id} value={athlete.id}>
          {athlete.name}
          {athlete.isDemo ? ' (demo)' : ''}
        </option>
      ))}
    </select>
  );
}
