import { notifications } from '@mantine/notifications';

/** Copies text and says so; a refused clipboard (no permission) is explained, not swallowed. */
export async function copyText(text: string, what: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    notifications.show({ message: `${what} copied. Paste it where you write to the creator.` });
    return true;
  } catch {
    notifications.show({ color: 'red', title: 'Not copied', message: 'The clipboard is not available here; select the text and copy it by hand.' });
    return false;
  }
}
