import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Creator } from '../../../../shared/schemas';
import { CreatorForm } from '../forms/CreatorForm';
import { CreatorRecord } from './CreatorRecord';

/** An existing creator: their track record first, as that is what decides the next collaboration. */
export function CreatorDetail({ creator, onDone }: { creator: Creator; onDone: () => void }) {
  const { t } = useTranslation('creators');
  return (
    <Tabs defaultValue="record" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="record">{t('detail.record')}</Tabs.Tab>
        <Tabs.Tab value="details">{t('detail.details')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="record">
        <CreatorRecord creator={creator} />
      </Tabs.Panel>
      <Tabs.Panel value="details">
        <CreatorForm creator={creator} onDone={onDone} />
      </Tabs.Panel>
    </Tabs>
  );
}
