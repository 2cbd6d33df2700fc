// Every conversion project: its programs, the old contract's end, and how many of its items are
// done. Empty: what a project is, and the two ways to start one (the shipped template or blank).
import { useApiQuery } from '../api/useApiQuery';
import { Icon } from '../ui/Icon';
import { EmptyState, LoadError } from '../ui/ScreenStates';
import { CONVERSION_TABLES, dateLabel, programsText } from './model';
import { NewProjectDialog } from './NewProjectDialog';
import { hrefForProject } from './route';
import { useConversionUi } from './store';

const NONE = {};

export function ProjectsList() {
  const list = useApiQuery('conversion:projects', NONE, CONVERSION_TABLES);
  const dialog = useConversionUi((s) => s.dialog);
  const open = useConversionUi((s) => s.open);
  const projects = list.data ?? [];
  const empty = list.data !== undefined && projects.length === 0;

  return (
    <div className="screen conversions" data-loaded={list.data !== undefined ? 'true' : 'false'}>
      <div className="screen-head">
        <div>
          <h1>Conversions</h1>
          <p className="screen-sub">Each project tracks one program change, service by service, against its dates and milestones.</p>
        </div>
        {!empty ? (
          <button type="button" className="button primary" onClick={() => open({ kind: 'newProject' })}>
            <Icon name="plus" /> New project
          </button>
        ) : null}
      </div>

      {list.error && list.data === undefined ? (
        <LoadError message={`The conversion projects could not be loaded: ${list.error.message}`} onRetry={list.reload} />
      ) : list.data === undefined ? (
        <p className="muted">Loading…</p>
      ) : empty ? (
        <EmptyState titleId="conversions-empty-title" icon="convert" title="No conversion project yet">
          <p>
            A conversion moves the agency&rsquo;s services from one contract to the next (CALNET 2 to CALNET 3). Start from the shipped
            CALNET 2 → CALNET 3 project, with the dates of ATR Bulletin 13-06, or from a blank one for the next program change. Then
            name the Conversion Manager and Coordinator and import the old inventory.
          </p>
          <div className="button-row center">
            <button type="button" className="button primary" onClick={() => open({ kind: 'newProject' })}>
              <Icon name="plus" /> New project
            </button>
          </div>
        </EmptyState>
      ) : (
        <div className="panel table-panel">
          <table className="data-table" aria-label="Conversion projects">
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Programs</th>
                <th scope="col">Old contract ends</th>
                <th scope="col" className="col-num">Items</th>
                <th scope="col" className="col-num">Done</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <a href={hrefForProject(p.id)}>{p.name}</a>
                    {p.source ? <span className="cell-sub">{p.source}</span> : null}
                  </th>
                  <td>{programsText(p)}</td>
                  <td>{dateLabel(p.oldContractEnd)}</td>
                  <td className="col-num">{p.itemCount}</td>
                  <td className="col-num">{p.itemCount === 0 ? '—' : `${p.doneCount} (${Math.round((p.doneCount / p.itemCount) * 100)}%)`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {dialog?.kind === 'newProject' ? <NewProjectDialog /> : null}
    </div>
  );
}
