import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELECTRON_NATIVE_RELATIVE, electronNativeBinding, parseLaunchArgs } from '../../../electron/main/args';

describe('parseLaunchArgs', () => {
  const cwd = path.resolve('/home/atr');

  it('reads --data and --demo wherever they are', () => {
    expect(parseLaunchArgs(['/usr/bin/electron', '.', '--data', 'agency.sqlite', '--demo'], cwd)).toEqual({
      dataFile: path.join(cwd, 'agency.sqlite'),
      demo: true,
    });
    expect(parseLaunchArgs(['ATR Desk', '--demo', '--data=/srv/a.sqlite'], cwd)).toEqual({
      dataFile: path.resolve('/srv/a.sqlite'),
      demo: true,
    });
  });

  it('defaults to no file and no demo; a --data without a value is ignored', () => {
    expect(parseLaunchArgs(['ATR Desk'], cwd)).toEqual({ dataFile: null, demo: false });
    expect(parseLaunchArgs(['ATR Desk', '--data'], cwd)).toEqual({ dataFile: null, demo: false });
    expect(parseLaunchArgs(['ATR Desk', '--data', '--demo'], cwd)).toEqual({ dataFile: null, demo: true });
  });
});

describe('electronNativeBinding', () => {
  it('finds the Electron build in an unpackaged app', () => {
    const app = path.resolve('/src/atr-desk');
    const file = path.join(app, ELECTRON_NATIVE_RELATIVE);
    expect(electronNativeBinding(app, (f) => f === file)).toBe(file);
  });

  it('loads it from app.asar.unpacked when packaged', () => {
    const app = path.resolve('/opt/ATR Desk/resources/app.asar');
    const unpacked = path.join(path.resolve('/opt/ATR Desk/resources/app.asar.unpacked'), ELECTRON_NATIVE_RELATIVE);
    expect(electronNativeBinding(app, (f) => f === unpacked)).toBe(unpacked);
  });

  it('is undefined when it was never built', () => {
    expect(electronNativeBinding(path.resolve('/src/atr-desk'), () => false)).toBeUndefined();
  });
});
