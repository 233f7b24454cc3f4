import { ActionIcon, AppShell, Button, Group, Kbd, Loader, NavLink, Text, Title, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useHotkeys, useMediaQuery } from '@mantine/hooks';
import { IconAddressBook, IconCalendarEvent, IconFileImport, IconLayoutKanban, IconMail, IconMoon, IconSearch, IconSettings, IconSpeakerphone, IconSun, IconTemplate, IconTruckDelivery } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasToken, onPush } from './api';
import { NotificationBell } from './components/notifications/NotificationBell';
import { BoardPage } from './pages/BoardPage';
import { NoAccessPage } from './pages/NoAccessPage';
import { refreshAfter, useApiQuery } from './hooks/queries';
import { applyLanguage } from './i18n';
import { hrefOf, useRoute } from './route';
import { palette } from './components/paletteStore';

// The board is the first screen; every other page (charts, the contract builder, the import
// wizard) loads when it is opened, so the first screen's JavaScript stays small.
const CalendarPage = lazy(() => import('./pages/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const ContractPage = lazy(() => import('./pages/ContractPage').then((m) => ({ default: m.ContractPage })));
const CreatorsPage = lazy(() => import('./pages/CreatorsPage').then((m) => ({ default: m.CreatorsPage })));
const ImportPage = lazy(() => import('./pages/ImportPage').then((m) => ({ default: m.ImportPage })));
const ShipmentsPage = lazy(() => import('./pages/ShipmentsPage').then((m) => ({ default: m.ShipmentsPage })));
const MailboxPage = lazy(() => import('./pages/MailboxPage').then((m) => ({ default: m.MailboxPage })));
const SettingsPage = lazy(() => import('./pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));
// The command palette (Ctrl+K) comes right after the first screen.
const CommandPalette = lazy(() => import('./components/CommandPalette').then((m) => ({ default: m.CommandPalette })));
const TemplatesPage = lazy(() => import('./pages/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));

const PAGES = [
  { id: 'board', icon: IconLayoutKanban, Page: BoardPage },
  { id: 'calendar', icon: IconCalendarEvent, Page: CalendarPage },
  { id: 'creators', icon: IconAddressBook, Page: CreatorsPage },
  { id: 'campaigns', icon: IconSpeakerphone, Page: CampaignsPage },
  { id: 'shipments', icon: IconTruckDelivery, Page: ShipmentsPage },
  { id: 'mailbox', icon: IconMail, Page: MailboxPage },
  { id: 'import', icon: IconFileImport, Page: ImportPage },
  { id: 'templates', icon: IconTemplate, Page: TemplatesPage },
  { id: 'settings', icon: IconSettings, Page: SettingsPage },
] as const;

/** Mantine's xl: narrower than this (a 13-inch laptop), the navigation shows its icons only and the board gains the room. */
const WIDE = '(min-width: 88em)';

export function App() {
  const { page } = useRoute();
  // Held here rather than by the palette, which loads after the first screen: a Ctrl+K pressed
  // before it arrives opens it as soon as it does.
  useHotkeys([['mod+K', () => palette.open()]]);
  const wide = useMediaQuery(WIDE, window.matchMedia(WIDE).matches, { getInitialValueInEffect: false });
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {}, hasToken());
  const language = settings.data?.language;
  // A language chosen in another window (or through the API) reaches this one with the settings.
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);

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
            <Title order={4}>{t('appName')}</Title>
          </Group>
          <Group gap="sm">
            <Button
              variant="default"
              leftSection={<IconSearch size={16} />}
              rightSection={<Kbd size="xs">{navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl'} K</Kbd>}
              onClick={() => palette.open()}
              w={260}
              styles={{ inner: { justifyContent: 'space-between' }, label: { fontWeight: 400, color: 'var(--mantine-color-dimmed)' } }}
            >
              {t('search')}
            </Button>
            <NotificationBell />
            <ColorSchemeToggle />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.main')}>
        {PAGES.map((p) => (
          <Tooltip key={p.id} label={t(`nav.${p.id}`)} position="right" disabled={wide}>
            <NavLink
              href={hrefOf(p.id)}
              label={wide ? t(`nav.${p.id}`) : undefined}
              aria-label={t(`nav.${p.id}`)}
              leftSection={<p.icon size={18} stroke={1.6} />}
              active={page === p.id}
              aria-current={page === p.id ? 'page' : undefined}
            />
          </Tooltip>
        ))}
        {wide && (
          <Text size="xs" c="dimmed" mt="auto" p="xs">
            {t('nav.offline')}
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
  const { t } = useTranslation();
  const label = next === 'dark' ? t('colorScheme.toDark') : t('colorScheme.toLight');
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setColorScheme(next)}>
        {computed === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
      </ActionIcon>
    </Tooltip>
  );
}
