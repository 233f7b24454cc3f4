import type { App } from 'electron';

export type BadgeApp = Pick<App, 'setBadgeCount'> & { dock?: Pick<NonNullable<App['dock']>, 'setBadge'> };

/**
 * The number of overdue deadlines on the app icon. setBadgeCount works on macOS and on Linux docks
 * that speak Unity's launcher API, and answers false where it could not; the macOS dock badge is
 * the fallback there. Windows has no badge of its own (only taskbar overlay images).
 */
export function showOverdueBadge(app: BadgeApp, overdue: number): void {
  const shown = typeof app.setBadgeCount === 'function' && app.setBadgeCount(overdue);
  if (!shown) app.dock?.setBadge(overdue > 0 ? String(overdue) : '');
}
