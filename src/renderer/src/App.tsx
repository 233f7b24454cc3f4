import { ActionIcon, AppShell, Button, Group, Kbd, Loader, NavLink, Text, Title, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { IconAddressBook, IconCalendarEvent, IconFileImport, IconLayoutKanban, IconMoon, IconSearch, IconSettings, IconSpeakerphone, IconSun, IconTemplate, IconTruckDelivery } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { hasToken, onPush } from './api';
import { NotificationBell } from './components/notifications/NotificationBell';
import { BoardPage } from './pages/BoardPage';
import { NoAccessPage } from './pages/NoAccessPage';
import { refreshAfter } from './hooks/queries';
import { hrefOf, useRoute } from './route';

// The board is the first screen; every other page (charts, the contract builder, the import
// wizard) loads when it is opened, so the first screen's JavaScript stays small.
const CalendarPage = lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const ContractPage = lazy(() => import('./pages/ContractPage').then((m) => ({ default: m.ContractPage })));
const CreatorsPage = lazy(() => import('./pages/CreatorsPage').then((m) => ({ default: m.CreatorsPage })));
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const ShipmentsPage = lazy(() => import('./pages/ShipmentsPage').then((m) => ({ default: m.ShipmentsPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
// The command palette (Ctrl+K) comes right after the first screen.
const CommandPalette = lazy(() => import('./components/CommandPalette').then((m) => ({ default: m.CommandPalette })));
const TemplatesPage = lazy(() => import('./pages/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));

const PAGES = [
  { id: 'board', label: 'Board', icon: IconLayoutKanban, Page: BoardPage },
  { id: 'calendar', label: 'Calendar', icon: IconCalendarEvent, Page: CalendarPage },
  { id: 'creators', label: 'Creators', icon: IconAddressBook, Page: CreatorsPage },
  { id: 'campaigns', label: 'Campaigns', icon: IconSpeakerphone, Page: CampaignsPage },
  { id: 'shipments', label: 'Shipments', icon: IconTruckDelivery, Page: ShipmentsPage },
  { id: 'import', label: 'Import & export', icon: IconFileImport, Page: ImportPage },
  { id: 'templates', label: 'Templates', icon: IconTemplate, Page: TemplatesPage },
  { id: 'settings', label: 'Settings', icon: IconSettings, Page: SettingsPage },
] as const;

/** Mantine's xl: narrower than this (a 13-inch laptop), the navigation shows its icons only and the board gains the room. */
const WIDE = '(min-width: 88em)';

export function App() {
  const { page } = useRoute();
  // Held here rather than by the palette, which loads after the first screen: a Ctrl+K pressed
  // before it arrives opens it as soon as it does.
  useHotkeys([['mod+K', () => spotlight.open()]]);
  const wide = useMediaQuery(WIDE, window.matchMedia(WIDE).matches, { getInitialValueInEffect: false });
  const queryClient = useQueryClient();

  // Changes made elsewhere (another window, a script using the API) show up without a reload.
  useEffect(() => (hasToken() ? onPush('changed', ({ procedure }) => void refreshAfter(queryClient, procedure)) : undefined), [queryClient]);

  if (!hasToken()) return <NoAccessPage />;
  // The contract builder belongs to a card, so it has no entry of its own in the navigation.
  const Page = page === 'contract' ? ContractPage : PAGES.find((p) => p.id === page)!.Page;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: { base: 60, xl: 200 }, breakpoint: 'xs' }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="xs">
            <img src="./favicon.svg" alt="" width={26} height={26} />
            <Title order={4}>Followthrough</Title>
          </Group>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">{navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'} K</Kbd>}
              onClick={() => spotlight.open()}
              w={260}
              styles={{ inner: { justifyContent: 'space-between' }, label: { fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
            >
              Search…
            </Button>
            <NotificationBell />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        {PAGES.map((p) => (
          <Tooltip key={p.id} label={p.label} position="right" disabled={wide}>
            <NavLink
              href={hrefOf(p.id)}
              label={wide ? p.label : undefined}
              aria-label={p.label}
              leftSection={<p.icon size={18} stroke={1.6} />}
              active={page === p.id}
              aria-current={page === p.id ? 'page' : undefined}
            />
          </Tooltip>
        ))}
        {wide && (
          <Text size="xs" c="dimmed" mt="auto" p="xs">
            Everything stays on this computer.
          </Text>
        )}
      </AppShell.Navbar>
      <Suspense fallback={null}>
        <CommandPalette />
      </Suspense>
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
        <Suspense fallback={<Loader m="auto" />}>
          <Page />
        </Suspense>
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
