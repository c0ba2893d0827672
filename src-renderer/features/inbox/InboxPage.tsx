import { useState } from 'react';
import { actionsIn, SNOOZE_DAYS } from '../../../src-main/common/actions/registry';
import type { AnomalyCause, AnomalyView, CallInput } from '../../../src-main/common/contract';
import { api } from '../../api/client';
import { useCall, useCallMutation } from '../../api/use-call';
import { hashQuery, navigate } from '../../app/routes';
import { useScreenShortcuts } from '../../app/use-shortcuts';
import { EmptyState } from '../../components/EmptyState';
import { ActionKey } from '../../components/KeySpec';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Loading } from '../../components/Loading';
import { AnomalyDetailPane, type TriageActions } from './AnomalyDetailPane';
import { AnomalyList } from './AnomalyList';
import { InboxFilters, STATE_FILTERS, type InboxFilter } from './InboxFilters';
import { ResolveDialog } from './ResolveDialog';
import './inbox.css';

/** The selected anomaly's detail; refetched, like the list, when the server announces a change to it. */
function SelectedAnomaly({ id, actions }: { id: number; actions: TriageActions }) {
  const detail = useCall('anomalies.get', { id });
  return <AnomalyDetailPane detail={detail} actions={actions} />;
}

/**
 * The selection follows its anomaly while it stays in the list; when triage takes it out (snoozed or
 * resolved under "Needs attention") the one that moved into its place is selected, so j/k and the
 * action keys keep flowing down the list.
 */
function useSelection(anomalies: AnomalyView[] | undefined) {
  const [picked, setPicked] = useState<{ id: number; index: number }>();
  const found = anomalies?.find((a) => a.id === picked?.id);
  const selected =
    anomalies && anomalies.length > 0
      ? (found ?? anomalies[Math.min(picked?.index ?? 0, anomalies.length - 1)])
      : undefined;
  function selectAt(index: number) {
    const anomaly = anomalies?.[index];
    if (anomaly) setPicked({ id: anomaly.id, index });
  }
  function move(by: 1 | -1) {
    if (!anomalies || anomalies.length === 0) return;
    const from = selected ? anomalies.indexOf(selected) : -1;
    selectAt(Math.max(0, Math.min(anomalies.length - 1, from + by)));
  }
  const select = (id: number) => selectAt(anomalies?.findIndex((a) => a.id === id) ?? -1);
  return { selected, select, move };
}

function emptyText(filter: InboxFilter): string {
  const state = STATE_FILTERS.find((s) => s.value === filter.state)!.label.toLowerCase();
  return filter.state === 'active'
    ? 'Nothing needs your attention: every finding is acknowledged, snoozed or resolved, or none was raised.'
    : `No anomalies match (state: ${state}).`;
}

/** #/inbox?athlete=3 (the roster's Inbox column links there) opens the inbox filtered to that athlete. */
function filterFromHash(): InboxFilter {
  const athlete = Number(hashQuery().get('athlete'));
  return Number.isInteger(athlete) && athlete > 0 ? { state: 'active', athleteId: athlete } : { state: 'active' };
}

export function InboxPage() {
  const [filter, setFilter] = useState<InboxFilter>(filterFromHash);
  const list = useCall('anomalies.list', filter);
  const athletes = useCall('athletes.list', {});
  const { selected, select, move } = useSelection(list.data);
  const [resolving, setResolving] = useState<AnomalyView>();
  const triaging = useCallMutation('anomalies.triage');
  const triage = (input: CallInput<'anomalies.triage'>) => triaging.run(input);

  const actions: TriageActions = {
    acknowledge: (a) => void triage({ id: a.id, action: 'acknowledge' }),
    snooze: (a) => void triage({ id: a.id, action: 'snooze', days: SNOOZE_DAYS }),
    resolve: (a) => setResolving(a),
    reopen: (a) => void triage({ id: a.id, action: 'reopen' }),
  };

  useScreenShortcuts('inbox', {
    'inbox.next': () => move(1),
    'inbox.previous': () => move(-1),
    'inbox.acknowledge': () => selected && selected.state !== 'resolved' && actions.acknowledge(selected),
    'inbox.snooze': () => selected && selected.state !== 'resolved' && actions.snooze(selected),
    'inbox.resolve': () => selected && selected.state !== 'resolved' && actions.resolve(selected),
    'inbox.openAthlete': () => selected && navigate({ screen: 'athlete', athleteId: selected.athleteId }),
  });

  return (
    <div className="page inbox-page">
      <header className="page-header">
        <h1>Inbox {list.data && <span className="heading-count muted">({list.data.length})</span>}</h1>
        <p className="muted inbox-keys">
          {actionsIn('inbox').map((action, i) => (
            <span key={action.id}>
              {i > 0 && ' · '}
              <ActionKey id={action.id} /> {action.label.toLowerCase()}
            </span>
          ))}
        </p>
      </header>
      <InboxFilters filter={filter} athletes={athletes.data ?? []} onChange={setFilter} />
      {triaging.error && <ErrorBanner error={triaging.error} />}
      {list.error && <ErrorBanner error={list.error} onRetry={list.refetch} />}
      {list.isPending && <Loading what="anomalies" />}
      {list.data &&
        (list.data.length === 0 ? (
          <div className="card">
            <EmptyState title="Inbox clear">
              <p>{emptyText(filter)}</p>
            </EmptyState>
          </div>
        ) : (
          <div className="inbox-layout">
            <AnomalyList anomalies={list.data} selectedId={selected?.id} onSelect={select} />
            <div className="card inbox-detail">
              {selected && <SelectedAnomaly key={selected.id} id={selected.id} actions={actions} />}
            </div>
          </div>
        ))}
      {resolving && (
        <ResolveDialog
          anomaly={resolving}
          onResolve={async (cause: AnomalyCause, note: string) => {
            await api.call('anomalies.triage', { id: resolving.id, action: 'resolve', cause, note });
          }}
          onClose={() => setResolving(undefined)}
        />
      )}
    </div>
  );
}
