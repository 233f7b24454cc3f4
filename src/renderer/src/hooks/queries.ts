import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/api';
import { changes } from '../../../shared/refresh';
import type { Board, Collaboration } from '../../../shared/schemas';
import { call } from '../api';
import { appNow } from '../clock';

/** Query keys start with the procedure name, so a change can invalidate exactly its area. */
export const keyOf = <K extends ProcedureName>(name: K, input?: ProcedureInput<K>) =>
  input === undefined ? [name] : [name, input];

export interface ApiQueryOptions<K extends ProcedureName> {
  /** How soon to ask again after an answer, in ms (false: only when something changes), e.g. often while a sync runs. */
  refetchInterval?: (answer: ProcedureOutput<K> | undefined) => number | false;
}

export function useApiQuery<K extends ProcedureName>(name: K, input: ProcedureInput<K>, enabled = true, options: ApiQueryOptions<K> = {}) {
  const { refetchInterval } = options;
  return useQuery<ProcedureOutput<K>>({
    queryKey: keyOf(name, input),
    queryFn: () => call(name, input),
    enabled,
    placeholderData: keepPreviousData,
    refetchInterval: refetchInterval && ((query) => refetchInterval(query.state.data)),
  });
}

/** Refreshes the queries a change may have altered, once (the app's notice of it skips this page). */
export function refreshAfter(client: QueryClient, change: string): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => changes(change, String(query.queryKey[0])) });
}

/** A mutation that refreshes what it may have changed, and only that. */
export function useApiMutation<K extends ProcedureName>(name: K) {
  const client = useQueryClient();
  return useMutation<ProcedureOutput<K>, Error, ProcedureInput<K>>({
    mutationFn: (input) => call(name, input),
    onSettled: () => refreshAfter(client, name),
  });
}

const BOARD_KEY = keyOf('collaborations.board', {});

export const useBoard = () => useApiQuery('collaborations.board', {});

/** Moves a card at once on screen; rolls back if the app refuses the move. */
export function useMoveCard() {
  const client = useQueryClient();
  return useMutation<Collaboration, Error, ProcedureInput<'collaborations.move'>, { previous?: Board }>({
    mutationFn: (input) => call('collaborations.move', input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: BOARD_KEY });
      const previous = client.getQueryData<Board>(BOARD_KEY);
      if (previous) {
        const now = appNow().toISOString();
        client.setQueryData<Board>(BOARD_KEY, {
          cards: previous.cards.map((c) => (c.id === input.id ? { ...c, stage: input.to, stageSince: now } : c)),
        });
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) client.setQueryData(BOARD_KEY, context.previous);
    },
    onSettled: () => refreshAfter(client, 'collaborations.move'),
  });
}
