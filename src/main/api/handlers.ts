import type { ParsedInput, ProcedureName, ProcedureOutput } from '../../shared/api';
import { readBoard } from '../services/board';
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from '../services/campaigns';
import {
  createCollaboration,
  getCollaboration,
  moveCollaboration,
  updateCollaboration,
} from '../services/collaborations';
import type { Ctx } from '../services/context';
import { finalizeContract, getContract, presetForCollaboration, renderContractFor, saveContract } from '../services/contracts';
import { listDeadlines } from '../services/deadlineList';
import { deliverMilestone, reopenMilestone } from '../services/deadlines';
import { listEvents, logNote } from '../services/events';
import { createCreator, getCreator, listCreators, updateCreator } from '../services/influencers';
import { loadSampleData } from '../services/sample';
import { getSettings, updateSettings } from '../services/settings';

export type Handlers = { [K in ProcedureName]: (ctx: Ctx, input: ParsedInput<K>) => ProcedureOutput<K> };

/** Every procedure of the contract mapped to its service; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'influencers.create': createCreator,
  'influencers.update': updateCreator,
  'influencers.get': (ctx, { id }) => getCreator(ctx, id),
  'influencers.list': listCreators,

  'campaigns.create': createCampaign,
  'campaigns.update': updateCampaign,
  'campaigns.get': (ctx, { id }) => getCampaign(ctx, id),
  'campaigns.list': (ctx) => listCampaigns(ctx),

  'collaborations.create': createCollaboration,
  'collaborations.update': updateCollaboration,
  'collaborations.get': (ctx, { id }) => getCollaboration(ctx, id),
  'collaborations.board': readBoard,
  'collaborations.move': moveCollaboration,

  'events.list': listEvents,
  'events.log': logNote,

  'contracts.get': (ctx, { collaborationId }) => getContract(ctx, collaborationId),
  'contracts.preset': presetForCollaboration,
  'contracts.save': saveContract,
  'contracts.finalize': finalizeContract,
  'contracts.render': renderContractFor,

  'deadlines.list': listDeadlines,
  'deadlines.deliver': deliverMilestone,
  'deadlines.reopen': reopenMilestone,

  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': updateSettings,

  'sample.load': (ctx) => loadSampleData(ctx),
};
