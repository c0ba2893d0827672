import type { Ref } from 'react';
import type { RosterRow } from '../../../src-main/common/contract';
import { SPORTS, type Sport } from '../../../src-main/common/domain/sports';
import { ROSTER_SEARCH_ID } from '../../app/actions';
import { SPORT_LABELS } from '../../format/sports';
import { STATUS_FILTER_OPTIONS, type RosterFilters, type StatusFilter } from './roster-status';

/** Search plus the tag, sport and status filters, all applied together. */
export function RosterFilterBar({
  rows,
  filters,
  onChange,
  onSearchArrowDown,
  searchRef,
}: {
  rows: RosterRow[];
  filters: RosterFilters;
  onChange: (filters: RosterFilters) => void;
  /** Down arrow hands over to the table, so search → pick → Enter needs no mouse. */
  onSearchArrowDown: () => void;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const tags = [...new Set(rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b));
  const sports = SPORTS.filter((sport) => rows.some((r) => r.sports.includes(sport)));
  return (
    <div className="toolbar filter-bar">
      <input
        id={ROSTER_SEARCH_ID}
        ref={searchRef}
        className="search-input"
        type="search"
        placeholder="Search name, sport or tag  ( / )"
        aria-label="Search athletes"
        value={filters.search}
        onChange={(e) => onChange({ ...filters, search: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onSearchArrowDown();
          }
        }}
      />
      <select
        aria-label="Filter by tag"
        value={filters.tag}
        onChange={(e) => onChange({ ...filters, tag: e.target.value })}
      >
        <option value="">All tags</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by sport"
        value={filters.sport}
        onChange={(e) => onChange({ ...filters, sport: e.target.value as Sport | '' })}
      >
        <option value="">All sports</option>
        {sports.map((sport) => (
          <option key={sport} value={sport}>
            {SPORT_LABELS[sport]}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by status"
        value={filters.status}
        onChange={(e) => onChange({ ...filters, status: e.target.value as StatusFilter })}
      >
        {STATUS_FILTER_OPTIONS.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
