import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import './app.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call, hasToken } from './api';
import { App } from './App';
import { adoptClock } from './clock';
import { keyOf } from './hooks/queries';
import { cssVariablesResolver, theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true, staleTime: 5_000 } },
});


/** The page counts from the app's now (which may be pinned), so it is read before anything shows. */
async function takeAppClock(): Promise<void> {
  if (!hasToken()) return;
  const sentAt = Date.now();
  try {
    adoptClock(await call('clock.now', {}), sentAt, Date.now());
  } catch {
    // Unreachable app: the pages say so themselves when their own calls fail.
  }
}

// The clock is asked first: the app answers one call at a time, and the page waits for the
// clock only, so the shell draws while the app is still reading the board.
const clockTaken = takeAppClock();
// Ask for the board while React starts: with 10,000 cards the two overlap noticeably.
if (hasToken()) void queryClient.prefetchQuery({ queryKey: keyOf('collaborations.board', {}), queryFn: () => call('collaborations.board', {}) });
await clockTaken;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
