import { Center, Code, Stack, Text, Title } from '@mantine/core';
import { Trans, useTranslation } from 'react-i18next';

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Center h="100%">
      <Stack maw={520} gap="sm">
        <Title order={2}>{t('noAccess.title')}</Title>
        <Text>
          <Trans i18nKey="noAccess.body" components={{ code: <Code /> }} values={{ token: '?token=…', start: 'npm start', serve: 'npm run serve' }} />
        </Text>
      </Stack>
    </Center>
  );
}
