import { Button, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import { downloadText } from '../../download';
import type { CalendarFilter } from './CalendarFilters';
import { errorText } from '../../formErrors';

/** Every deadline matching the filters as an .ics file, whatever month is on screen. */
export function IcsButton({ filter }: { filter: CalendarFilter }) {
  const { t } = useTranslation('calendar');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await call('calendar.ics', filter);
      downloadText(file.filename, file.content, 'text/calendar');
    } catch (e) {
      notifications.show({ color: 'red', title: t('ics.failed'), message: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip label={t('ics.hint')} multiline w={240}>
      <Button variant="light" leftSection={<IconCalendarDown size={16} />} loading={busy} onClick={() => void download()}>
        {t('ics.button')}
      </Button>
    </Tooltip>
  );
}
