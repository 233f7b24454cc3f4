import { expect } from '@playwright/test';
import type { Host } from './host';

/**
 * A creator and a collaboration with a finalized paid-video contract whose product arrived on
 * `receivedOn`, so its deadlines run from there (publishing is due 20 days later).
 */
export async function contractedCollaboration(host: Pick<Host, 'call'>, creatorName: string, receivedOn: string): Promise<number> {
  const creator = await host.call('influencers.create', { name: creatorName });
  const collab = await host.call('collaborations.create', {
    creatorId: creator.data!.id,
    feeMinor: 100_000,
    currency: 'EUR',
    stage: 'contract_sent',
  });
  const id = collab.data!.id;
  const terms = await host.call('contracts.preset', { collaborationId: id, preset: 'paid_video' });
  expect((await host.call('contracts.finalize', { collaborationId: id, terms: terms.data })).ok).toBe(true);
  expect((await host.call('collaborations.update', { id, productReceivedOn: receivedOn })).ok).toBe(true);
  return id;
}
