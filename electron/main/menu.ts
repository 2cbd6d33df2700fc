// The application menu: File (open/new data file, quit), Edit (so copy and paste work on every
// platform), View, Help → About.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openDataFile(): void;
  newDataFile(): void;
  about(): void;
  /** Reload and developer tools, only in unpackaged runs. */
  devTools: boolean;
}

export function buildMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        { label: 'About ATR Desk', click: () => actions.about() },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Open data file…', accelerator: 'CmdOrCtrl+O', click: () => actions.openDataFile() },
        { label: 'New data file…', accelerator: 'CmdOrCtrl+N', click: () => actions.newDataFile() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(actions.devTools
          ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[])
          : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    ...(isMac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: 'About ATR Desk', click: () => actions.about() }],
    },
  );
  return Menu.buildFromTemplate(template);
}
