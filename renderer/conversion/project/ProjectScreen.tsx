// One conversion project (#/conversions/3): its header (programs, dates, roles) and three views:
// the board (#/conversions/3), the items (…/items) and the set-up (…/setup: dates, milestones,
// roles, ATOs). Everything shown comes from conversion:project, refetched when a table it reads changes.
import type { ProjectDetail } from '../../../shared/ipc/conversion';
import { useApiQuery } from '../../api/useApiQuery';
import { BoardView } from '../board/BoardView';
import { ImportItemsDialog } from '../import/ImportItemsDialog';
import { ItemsView } from '../items/ItemsView';
import { CONVERSION_TABLES } from '../model';
import { hrefForProject, hrefForProjects, type ProjectTab } from '../route';
import { ProjectHeader } from './ProjectHeader';
import { SetupView } from './SetupView';
import { useConversionUi } from '../store';
import { ProjectDialogs } from './ProjectDialogs';

const TABS: { tab: ProjectTab; label: string }[] = [
  { tab: 'board', label: 'Board' },
  { tab: 'items', label: 'Items' },
  { tab: 'setup', label: 'Dates, roles and ATOs' },
];

export function ProjectScreen({ projectId, tab }: { projectId: number; tab: ProjectTab }) {
  const q = useApiQuery('conversion:project', { projectId }, CONVERSION_TABLES);
  if (q.data === undefined) {
    return (
      <div className="screen conversion-project" data-loaded="false">
        <Breadcrumb label={`Project ${projectId}`} />
        {q.error ? (
          <div className="panel error-panel" role="alert">
            <p>This conversion project could not be loaded: {q.error.message}</p>
            <a className="button" href={hrefForProjects()}>
              Back to conversions
            </a>
          </div>
        ) : (
          <p className="muted">Loading…</p>
        )}
      </div>
    );
  }
  return <ProjectBody d={q.data} tab={tab} loading={q.loading} />;
}

function ProjectBody({ d, tab, loading }: { d: ProjectDetail; tab: ProjectTab; loading: boolean }) {
  const dialog = useConversionUi((s) => s.dialog);
  return (
    <div className="screen conversion-project" data-loaded={loading ? 'false' : 'true'}>
      <Breadcrumb label={d.project.name} />
      <ProjectHeader d={d} />
      <nav className="view-tabs" aria-label="Project views">
        {TABS.map((t) => (
          <a key={t.tab} href={hrefForProject(d.project.id, t.tab)} className="view-tab" aria-current={t.tab === tab ? 'page' : undefined}>
            {t.label}
            {t.tab === 'items' ? <span className="count-pill">{d.items.length}</span> : null}
          </a>
        ))}
      </nav>
      {tab === 'board' ? <BoardView d={d} /> : tab === 'items' ? <ItemsView d={d} /> : <SetupView d={d} />}
      {dialog?.kind === 'import' ? <ImportItemsDialog projectId={d.project.id} /> : null}
      <ProjectDialogs d={d} />
    </div>
  );
}

export function Breadcrumb({ label, project }: { label: string; project?: { id: number; name: string } }) {
  return (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <a href={hrefForProjects()}>Conversions</a>
      {project ? (
        <>
          <span aria-hidden="true">/</span>
          <a href={hrefForProject(project.id, 'items')}>{project.name}</a>
        </>
      ) : null}
      <span aria-hidden="true">/</span>
      <span aria-current="page">{label}</span>
    </nav>
  );
}
