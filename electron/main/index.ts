// The desktop app's entry (bundled to build/electron/main.cjs). Thin: it opens the data file
// through the services, wires IPC to them, makes the one window and the menu, and shows the
// services' notices. Everything the app does is in electron/services and shared/.
import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { openApp, type AppServices } from '../services/app';
import { defaultDemoFile, openDemoApp } from '../services/demo';
import { electronNativeBinding, parseLaunchArgs } from './args';
import { SAVE_PACKET_CHANNEL } from '../../shared/ipc/desktop';
import { forwardEvents, registerIpc, senderUrl } from './ipc';
import { buildMenu } from './menu';
import { APP_INDEX_URL } from './navigation';
import { createNotifier } from './notices';
import { savePacket } from './packetSave';
import { createMainWindow, handleAppProtocol, hardenSession, hardenWebContents, registerAppScheme } from './window';

const PRODUCT_NAME = 'ATR Desk';
const DATA_FILTERS = [
  { name: 'ATR Desk data file', extensions: ['sqlite', 'sqlite3', 'db'] },
  { name: 'All files', extensions: ['*'] },
];

const log = (message: string) => console.error(`[atr-desk] ${message}`);

// Same folder unpackaged and packaged ("ATR Desk", not the npm name), and the one
// services' defaultDataFile() uses, so every mode shares the user's data file.
app.setName(PRODUCT_NAME);
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
registerAppScheme();

const launch = parseLaunchArgs(process.argv, process.cwd());

let services: AppServices | null = null;
let stopForwarding: (() => void) | null = null;
let mainWindow: BrowserWindow | null = null;

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Never a blank or invisible window: say what went wrong and quit. */
function fatal(title: string, message: string): void {
  log(`${title}: ${message}`);
  dialog.showErrorBox(title, message);
  try {
    services?.close();
  } catch {
    // quitting anyway
  }
  services = null;
  app.exit(1);
}

function realDataFile(): string {
  return path.join(app.getPath('userData'), 'agency.sqlite');
}

/** `--data FILE`, else (demo) demo-agency.sqlite beside the real file, else the real file. */
function initialDataFile(): string {
  return launch.dataFile ?? (launch.demo ? defaultDemoFile() : realDataFile());
}

function openOptions(dataFile: string) {
  return { dataFile, mode: 'desktop' as const, nativeBinding: electronNativeBinding(app.getAppPath()) };
}

/** Opens a data file as it is (File → Open / New and normal starts). */
function openServices(dataFile: string): AppServices {
  return openApp(openOptions(dataFile));
}

/** `--demo`: the services replace the file with a freshly generated demo agency. */
async function openDemo(dataFile: string): Promise<AppServices> {
  // A demo never overwrites the agency's own file, even when asked to with --data.
  if (path.resolve(dataFile) === path.resolve(realDataFile())) {
    throw new Error(`--demo would replace your agency's data file (${dataFile}) with a demo agency; it was left alone. Give the demo another file, or leave out --data.`);
  }
  return openDemoApp(openOptions(dataFile));
}

function windowTitle(dataFile: string): string {
  const demo = launch.demo && path.resolve(dataFile) === path.resolve(initialDataFile());
  return `${path.basename(dataFile)} — ${PRODUCT_NAME}${demo ? ' (demo)' : ''}`;
}

function focusWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

const notifier = createNotifier(focusWindow, log);

/** Makes `next` the services IPC answers from, and routes its events to the window. */
function attachServices(next: AppServices): void {
  stopForwarding?.();
  services = next;
  const unforward = forwardEvents(next, () => mainWindow?.webContents ?? null);
  const unnotice = next.onEvent((name, payload) => {
    if (name === 'notice') notifier.show(payload);
  });
  stopForwarding = () => {
    unforward();
    unnotice();
  };
}

function currentServices(): AppServices {
  if (!services) throw new Error('No data file is open.');
  return services;
}

/** File → Open / New: opens the other file first, so a refusal leaves the current one in use. */
async function switchDataFile(file: string): Promise<void> {
  const target = path.resolve(file);
  if (services && path.resolve(services.dataFile) === target) return;
  let next: AppServices;
  try {
    next = openServices(target);
  } catch (err) {
    await showError('The data file could not be opened', `${target}\n\n${errorMessage(err)}`);
    return;
  }
  const previous = services;
  attachServices(next);
  previous?.close();
  mainWindow?.setTitle(windowTitle(next.dataFile));
  // Everything on screen came from the other file: start the page afresh.
  mainWindow?.webContents.reload();
}

async function showError(title: string, message: string): Promise<void> {
  log(`${title}: ${message}`);
  const options = { type: 'error' as const, title, message: title, detail: message, buttons: ['OK'] };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

async function openDataFile(): Promise<void> {
  const options = { title: 'Open data file', properties: ['openFile' as const], filters: DATA_FILTERS };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  const file = result.filePaths[0];
  if (!result.canceled && file) await switchDataFile(file);
}

async function newDataFile(): Promise<void> {
  const options = {
    title: 'New data file',
    buttonLabel: 'Create',
    defaultPath: path.join(app.getPath('documents'), 'agency.sqlite'),
    filters: DATA_FILTERS,
  };
  const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return;
  if (fs.existsSync(result.filePath)) {
    // Never replace a data file: it is the agency's evidence.
    await showError(
      'That file already exists',
      `${result.filePath}\n\nATR Desk does not overwrite data files. Choose a new name, or use File → Open data file… to open it.`,
    );
    return;
  }
  await switchDataFile(result.filePath);
}

async function showAbout(): Promise<void> {
  const detail = [
    `Version ${app.getVersion()}`,
    `Data file: ${services?.dataFile ?? '(none)'}`,
    '',
    `Electron ${process.versions.electron}, Chromium ${process.versions.chrome}, Node ${process.versions.node}`,
  ].join('\n');
  const options = { type: 'info' as const, title: `About ${PRODUCT_NAME}`, message: PRODUCT_NAME, detail, buttons: ['OK'] };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

function openWindow(): void {
  const win = createMainWindow({
    preload: path.join(__dirname, 'preload.cjs'),
    title: windowTitle(currentServices().dataFile),
    devTools: !app.isPackaged,
    log,
  });
  mainWindow = win;
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log(`renderer gone: ${details.reason}`);
    void dialog
      .showMessageBox(win, {
        type: 'error',
        title: PRODUCT_NAME,
        message: 'The ATR Desk window stopped working.',
        detail: `Reason: ${details.reason}. Your data is saved in ${services?.dataFile ?? 'the data file'}.`,
        buttons: ['Reload', 'Quit'],
        defaultId: 0,
      })
      .then(({ response }) => (response === 0 ? win.webContents.reload() : app.quit()));
  });
  win.loadURL(APP_INDEX_URL).catch((err: unknown) => {
    fatal('ATR Desk could not show its window', `Loading ${APP_INDEX_URL} failed: ${errorMessage(err)}`);
  });
}

async function start(): Promise<void> {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, log));
  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    focusWindow();
    const asked = (additionalData as { dataFile?: unknown } | null)?.dataFile;
    if (typeof asked === 'string' && services && path.resolve(asked) !== path.resolve(services.dataFile)) {
      void showError(
        'ATR Desk is already open',
        `It is using ${services.dataFile}.\n\nTo work on ${asked}, use File → Open data file….`,
      );
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && services) openWindow();
  });
  app.on('will-quit', () => {
    stopForwarding?.();
    services?.close();
    services = null;
  });

  await app.whenReady();
  hardenSession(session.defaultSession);

  const rendererRoot = path.join(app.getAppPath(), 'build', 'renderer');
  if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
    fatal('ATR Desk is incomplete', `The app's pages were not found in ${rendererRoot}. Run "npm run build" and start again.`);
    return;
  }
  handleAppProtocol(rendererRoot);

  const dataFile = initialDataFile();
  try {
    attachServices(launch.demo ? await openDemo(dataFile) : openServices(dataFile));
  } catch (err) {
    fatal('The data file could not be opened', `${dataFile}\n\n${errorMessage(err)}`);
    return;
  }

  registerIpc(ipcMain, currentServices);
  // The claim packet's "Save as PDF…": the sender's page printed to PDF, with the case file and its .sha256 beside it.
  ipcMain.handle(SAVE_PACKET_CHANNEL, (event, request) =>
    savePacket(senderUrl(event), request, {
      dispatch: (channel, req) => currentServices().dispatch(channel, req),
      chooseFile: async (defaultName) => {
        const options = {
          title: 'Save the claim packet',
          buttonLabel: 'Save',
          defaultPath: path.join(app.getPath('documents'), defaultName),
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        };
        const win = BrowserWindow.fromWebContents(event.sender);
        const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      print: () => event.sender.printToPDF({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, generateDocumentOutline: true }),
      writeFile: (file, data) => fs.promises.writeFile(file, data),
    }),
  );
  Menu.setApplicationMenu(
    buildMenu({
      openDataFile: () => void openDataFile(),
      newDataFile: () => void newDataFile(),
      about: () => void showAbout(),
      devTools: !app.isPackaged,
    }),
  );
  openWindow();
}

if (!app.requestSingleInstanceLock({ dataFile: launch.dataFile })) {
  // Another ATR Desk is running: it is told (second-instance) and brings its window forward.
  app.quit();
} else {
  start().catch((err: unknown) => fatal('ATR Desk could not start', errorMessage(err)));
}
