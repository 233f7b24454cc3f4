import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorText } from '../../formErrors';

/** Runs one button's job at a time, shows the button busy meanwhile and any failure as a notification. */
export function useJob<K extends string>() {
  const [busy, setBusy] = useState<K | null>(null);
  const run = (key: K, job: () => Promise<void>, failure: string) => () => {
    setBusy(key);
    job()
      .catch((e: unknown) => notifications.show({ color: 'red', title: failure, message: errorText(e) }))
      .finally(() => setBusy(null));
  };
  return { busy, run };
}
