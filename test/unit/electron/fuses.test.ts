// The packaged app's Electron fuses (electron-builder.yml `electronFuses`). The runtime cannot be
// downloaded on our build machines, so no packaged binary is inspected here: the test reads the
// configuration the way electron-builder reads it, checks electron-builder's own schema accepts
// it, and checks the wire electron-builder would hand to @electron/fuses when it packages.
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { PlatformPackager, type Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(__dirname, '../../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(REPO_ROOT, 'electron-builder.yml', null);
}, 30_000);

/** electron-builder's private step from `electronFuses` to @electron/fuses' wire (26.x, platformPackager.js). */
function fuseWire(fuses: unknown): Promise<Record<string, unknown>> {
  const proto = PlatformPackager.prototype as unknown as { generateFuseConfig(f: unknown): Promise<Record<string, unknown>> };
  return proto.generateFuseConfig.call(null, fuses);
}

describe('Electron fuses of the packaged app', () => {
  it('are set in electron-builder.yml under the option electron-builder knows', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // A misspelled option would be refused by the same schema, not silently ignored.
    await expect(validateConfiguration({ ...config, electronFusez: {} } as Configuration, new DebugLogger(false))).rejects.toThrow(/unknown property 'electronFusez'/);
    expect(config.asar).toBe(true);
    // Compiling electron-builder's JSON schema takes a few seconds on our 2-core machines.
  }, 30_000);

  it('close ELECTRON_RUN_AS_NODE, NODE_OPTIONS and --inspect; encrypt cookies; load only a validated app.asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('reach @electron/fuses as the fuse wires electron-builder flips', async () => {
    const wire = await fuseWire(config.electronFuses);
    expect(wire.version).toBe(FuseVersion.V1);
    expect(wire[FuseV1Options.RunAsNode]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('keep the asar integrity electron-builder embeds for the validation fuse to check', () => {
    expect(config.disableAsarIntegrity ?? false).toBe(false);
  });
});
