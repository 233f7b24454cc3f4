import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Fragment, StrictMode, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { LanguageChoice } from '../../shared/i18n/locales';
import { createRoot } from 'react-dom/client';
import type { Board } from '../../shared/schemas';
import { App } from './App';
import { keyOf } from './hooks/queries';
import { applyLanguage, i18n } from './i18n';
import { cssVariablesResolver, themeIn } from './theme';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true, staleTime: 5_000 } },
});

/** Draws the app; the board the entry asked for while this code loaded becomes the board query's first answer. */
export function start(board: Promise<Board> | null, language: LanguageChoice): void {
  applyLanguage(language);
  if (board) void queryClient.prefetchQuery({ queryKey: keyOf('collaborations.board', {}), queryFn: () => board });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Themed>
          <Notifications position="bottom-right" />
          <QueryClientProvider client={queryClient}>
            <InLanguage>
              <App />
            </InLanguage>
          </QueryClientProvider>
        </Themed>
      </I18nextProvider>
    </StrictMode>,
  );
}

const onLanguageChange = (notify: () => void) => {
  i18n.on('languageChanged', notify);
  return () => i18n.off('languageChanged', notify);
};

const useLanguage = () => useSyncExternalStore(onLanguageChange, () => i18n.language);

/** Mantine's own labels (the close buttons) follow the language too. */
function Themed({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const theme = useMemo(() => themeIn(i18n.getFixedT(language)), [language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      {children}
    </MantineProvider>
  );
}

/** Draws everything again in a new language: dates and numbers too, not only the words that asked. */
function InLanguage({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return <Fragment key={language}>{children}</Fragment>;
}
