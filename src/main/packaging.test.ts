import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { trayIconName } from './shell/trayIcon';

/*
 * The Electron binary cannot be downloaded on the build machines, so the package is not built in
 * tests; its configuration is checked instead: everything the app needs at runtime is shipped.
 */

const config = parse(readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

describe('the package configuration', () => {
  it('ships the migrations where the app looks for them, with every migration the code has', () => {
    const shipped = (config.extraResources as { from: string; to: string }[]).find((r) => r.to === 'migrations');
    expect(shipped?.from).toBe('src/main/db/migrations');
    const journal = JSON.parse(readFileSync('src/main/db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string }[] };
    const files = readdirSync('src/main/db/migrations').filter((f) => f.endsWith('.sql'));
    expect(files.sort()).toEqual(journal.entries.map((e) => `${e.tag}.sql`).sort());
    // app.ts looks in process.resourcesPath/migrations first.
    expect(readFileSync('src/main/shell/app.ts', 'utf8')).toContain("join(process.resourcesPath ?? '', 'migrations')");
  });

  it('keeps the native SQLite module out of the asar and does not rebuild it', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableCookieEncryption: true, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });

  it('builds for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg) with the app id and icons', () => {
    expect(config.appId).toBe('app.followthrough.desktop');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon, 'resources/tray.png', 'resources/tray@2x.png', 'resources/trayTemplate.png', 'resources/trayTemplate@2x.png']) {
      expect(existsSync(icon), icon).toBe(true);
    }
    // macOS tints a template image for light and dark menu bars; elsewhere the coloured icon shows.
    expect(trayIconName('darwin')).toBe('trayTemplate.png');
    expect(trayIconName('linux')).toBe('tray.png');
    expect(trayIconName('win32')).toBe('tray.png');
  });
});
