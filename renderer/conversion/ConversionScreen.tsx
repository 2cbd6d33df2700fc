// The Conversions area (#/conversions): the projects, one project's board, items and set-up, and
// one item's page. The printable schedule (#/conversions/3/schedule) is its own print view (App.tsx).
import { useHash } from '../shell/route';
import { ItemScreen } from './item/ItemScreen';
import { ProjectScreen } from './project/ProjectScreen';
import { ProjectsList } from './ProjectsList';
import { conversionRouteFromHash } from './route';
import './conversion.css';

export function ConversionScreen() {
  const route = conversionRouteFromHash(useHash());
  if (route.kind === 'item') return <ItemScreen key={route.itemId} projectId={route.projectId} itemId={route.itemId} />;
  if (route.kind === 'project' || route.kind === 'schedule') return <ProjectScreen key={route.projectId} projectId={route.projectId} tab={route.kind === 'project' ? route.tab : 'board'} />;
  return <ProjectsList />;
}
