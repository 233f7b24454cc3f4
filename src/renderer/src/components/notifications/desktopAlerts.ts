import { useState } from 'react';

/*
 * Desktop alerts for the browser host, through the page's Web Notifications. The desktop app shows
 * native notifications from its main process instead, so a second one from the page would double up.
 */

export const desktopAlertsAvailable = (): boolean => !window.followthrough && 'Notification' in window;

/** Alerts only while the page is out of sight: in front of the user, the in-page pop-up is enough. */
export function showDesktopAlert(title: string, body: string, onClick: () => void): void {
  if (!desktopAlertsAvailable() || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  const alert = new Notification(title, { body });
  alert.onclick = () => {
    window.focus();
    onClick();
    alert.close();
  };
}

/** The browser's answer so far, and a way to ask; asking must come from a click, never on load. */
export function useDesktopAlertPermission() {
  const [permission, setPermission] = useState<NotificationPermission | 'unavailable'>(() =>
    desktopAlertsAvailable() ? Notification.permission : 'unavailable',
  );
  const ask = async () => setPermission(await Notification.requestPermission());
  return { permission, ask };
}
