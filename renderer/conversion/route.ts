// The Conversions area's addresses: the projects (`#/conversions`), one project's board, items and
// set-up (`#/conversions/3`, `…/3/items`, `…/3/setup`), one item (`#/conversions/3/items/17`), and the
// printable schedule (`#/conversions/3/schedule`, a print view shown alone like the claim packet).
const ID = /^[1-9]\d{0,14}$/;

export const PROJECT_TABS = ['board', 'items', 'setup'] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];

export type ConversionRoute =
  | { kind: 'projects' }
  | { kind: 'project'; projectId: number; tab: ProjectTab }
  | { kind: 'item'; projectId: number; itemId: number }
  | { kind: 'schedule'; projectId: number };

function parts(hash: string): string[] {
  return hash.replace(/^#\/?/, '').split(/[?&]/)[0]?.split('/') ?? [];
}

export function conversionRouteFromHash(hash: string): ConversionRoute {
  const [area, project, sub, item] = parts(hash);
  if (area !== 'conversions' || !ID.test(project ?? '')) return { kind: 'projects' };
  const projectId = Number(project);
  if (sub === 'schedule') return { kind: 'schedule', projectId };
  if (sub === 'items' && ID.test(item ?? '')) return { kind: 'item', projectId, itemId: Number(item) };
  const tab = (PROJECT_TABS as readonly string[]).includes(sub ?? '') ? (sub as ProjectTab) : 'board';
  return { kind: 'project', projectId, tab };
}

/** The schedule's print view is shown without the navigation (App.tsx), like the claim packet. */
export function scheduleRouteFromHash(hash: string): { projectId: number } | null {
  const p = parts(hash);
  return p.length === 3 && p[0] === 'conversions' && p[2] === 'schedule' && ID.test(p[1] ?? '') ? { projectId: Number(p[1]) } : null;
}

export const hrefForProjects = (): string => '#/conversions';
export const hrefForProject = (projectId: number, tab: ProjectTab = 'board'): string => (tab === 'board' ? `#/conversions/${projectId}` : `#/conversions/${projectId}/${tab}`);
export const hrefForItem = (projectId: number, itemId: number): string => `#/conversions/${projectId}/items/${itemId}`;
export const hrefForSchedule = (projectId: number): string => `#/conversions/${projectId}/schedule`;
