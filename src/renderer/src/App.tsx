import { ActionIcon, AppShell, Group, NavLink, Text, Title, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconAddressBook, IconLayoutKanban, IconMoon, IconSettings, IconSpeakerphone, IconSun } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { hasToken, onPush } from './api';
import { BoardPage } from './pages/BoardPage';
import { CampaignsPage } from './pages/CampaignsPage';
import { CreatorsPage } from './pages/CreatorsPage';
import { NoAccessPage } from './pages/NoAccessPage';
import { SettingsPage } from './pages/SettingsPage';

const PAGES = [
  { id: 'board', label: 'Board', icon: IconLayoutKanban, Page: BoardPage },
  { id: 'creators', label: 'Creators', icon: IconAddressBook, Page: CreatorsPage },
  { id: 'campaigns', label: 'Campaigns', icon: IconSpeakerphone, Page: CampaignsPage },
  { id: 'settings', label: 'Settings', icon: IconSettings, Page: SettingsPage },
] as const;
type PageId = (typeof PAGES)[number]['id'];

function pageFromHash(): PageId {
  const id = window.location.hash.replace('#/', '');
  return PAGES.some((p) => p.id === id) ? (id as PageId) : 'board';
}

export function App() {
  const [page, setPage] = useState<PageId>(pageFromHash);
  const queryClient = useQueryClient();

  useEffect(() => {
    const onHash = () => setPage(pageFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Changes made elsewhere (another window, a script using the API) show up without a reload.
  useEffect(() => (hasToken() ? onPush('changed', () => void queryClient.invalidateQueries()) : undefined), [queryClient]);

  if (!hasToken()) return <NoAccessPage />;
  const { Page } = PAGES.find((p) => p.id === page)!;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'xs' }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="xs">
            <img src="./favicon.svg" alt="" width={26} height={26} />
            <Title order={4}>Followthrough</Title>
          </Group>
          <ColorSchemeToggle />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {PAGES.map((p) => (
          <NavLink
            key={p.id}
            href={`#/${p.id}`}
            label={p.label}
            leftSection={<p.icon size={18} stroke={1.6} />}
            active={page === p.id}
            aria-current={page === p.id ? 'page' : undefined}
          />
        ))}
        <Text size="xs" c="dimmed" mt="auto" p="xs">
          Everything stays on this computer.
        </Text>
      </AppShell.Navbar>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <Page />
      </AppShell.Main>
    </AppShell>
  );
}

function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light');
  const next = computed === 'dark' ? 'light' : 'dark';
  return (
    <Tooltip label={`Switch to ${next} mode`}>
      <ActionIcon variant="default" size="lg" aria-label={`Switch to ${next} mode`} onClick={() => setColorScheme(next)}>
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
