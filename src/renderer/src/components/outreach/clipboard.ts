import { notifications } from '@mantine/notifications';
import { i18n } from '../../i18n';

/** Copies text and says so; a refused clipboard (no permission) is explained, not swallowed. */
export async function copyText(text: string, what: 'mail' | 'message'): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    notifications.show({ message: i18n.t(what === 'mail' ? 'templates:clipboard.copiedMail' : 'templates:clipboard.copiedMessage') });
    return true;
  } catch {
    notifications.show({ color: 'red', title: i18n.t('templates:clipboard.notCopied'), message: i18n.t('templates:clipboard.unavailable') });
    return false;
  }
}
