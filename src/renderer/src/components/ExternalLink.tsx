import { Anchor, type AnchorProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { MouseEvent, ReactNode } from 'react';
import { i18n } from '../i18n';
import { callShell, onDesktop } from '../shell';
import { errorText } from '../formErrors';

/** The desktop window never navigates, so the main process hands the clicked link to the system. */
async function openOnDesktop(url: string): Promise<void> {
  try {
    await callShell('shell.openExternal', { url });
  } catch (error) {
    notifications.show({ color: 'red', title: i18n.t('card:link.notOpened'), message: errorText(error) });
  }
}

// In the browser a web link opens beside the app, without handing it the app's window.
const NEW_TAB = { target: '_blank', rel: 'noopener noreferrer' } as const;

/**
 * A mailto: or web link. In the desktop app a click opens the mail app or the browser through the
 * main process; in the browser it stays an ordinary link.
 */
export function ExternalLink({ href, children, ...props }: AnchorProps & { href: string; children: ReactNode }) {
  const desktop = onDesktop();
  const web = /^https?:/i.test(href);
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    void openOnDesktop(href);
  };
  return (
    <Anchor {...props} href={href} onClick={desktop ? onClick : undefined} {...(web && !desktop ? NEW_TAB : {})}>
      {children}
    </Anchor>
  );
}
