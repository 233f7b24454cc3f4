import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveApi } from '../testing/archiveApi';
import { snapshot, testContext } from '../testing/context';

/* A creator may write from several addresses; each address is one creator's, whatever its capitals. */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let mia: number;
beforeEach(() => {
  ctx = testContext('2026-03-10T12:00:00.000Z');
  api = archiveApi(ctx);
  mia = api.ok('influencers.create', { name: 'Mia Chen', email: 'mia@example.com', otherEmails: ['mia.studio@example.net'] }).id;
});
afterEach(() => ctx.cleanup());

describe('a creator’s other addresses', () => {
  it('are kept, listed and changed like any field; left out, there are none', () => {
    expect(api.ok('influencers.get', { id: mia })).toMatchObject({ email: 'mia@example.com', otherEmails: ['mia.studio@example.net'] });
    expect(api.ok('influencers.create', { name: 'Lin Wei' }).otherEmails).toEqual([]);
    expect(api.ok('influencers.update', { id: mia, otherEmails: ['mia.studio@example.net', 'agent@talent.example'] }).otherEmails).toEqual(['mia.studio@example.net', 'agent@talent.example']);
    // Changing another field leaves them as they are.
    expect(api.ok('influencers.update', { id: mia, followers: 50_000 }).otherEmails).toHaveLength(2);
  });

  it('refuses one that is not an address, one listed twice, or the creator’s main address, at its place in the list', () => {
    const before = snapshot(ctx);
    expect(api.refused('influencers.update', { id: mia, otherEmails: ['mia.studio@example.net', 'not an address'] })).toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: ['otherEmails', 1], message: 'Enter a valid email address, like name@example.com' }],
    });
    expect(api.refused('influencers.update', { id: mia, otherEmails: ['mia.studio@example.net', 'Mia.Studio@Example.net'] })).toMatchObject({
      issues: [{ path: ['otherEmails', 1], message: 'Mia.Studio@Example.net is listed twice' }],
    });
    expect(api.refused('influencers.update', { id: mia, otherEmails: ['MIA@example.com'] })).toMatchObject({
      issues: [{ path: ['otherEmails', 0], message: 'MIA@example.com is already this creator’s main address' }],
    });
    expect(api.refused('influencers.create', { name: 'Many', otherEmails: Array.from({ length: 21 }, (_, i) => `a${i}@example.com`) })).toMatchObject({
      issues: [{ path: ['otherEmails'], message: 'At most 20 other addresses' }],
    });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('refuses an address that is already another creator’s, as their main or other address, naming them', () => {
    const before = snapshot(ctx);
    expect(api.refused('influencers.create', { name: 'Ava', otherEmails: ['ava@example.com', 'Mia.Studio@example.net'] })).toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: ['otherEmails', 1], message: 'Mia.Studio@example.net is already an address of Mia Chen; an address belongs to one creator' }],
    });
    expect(api.refused('influencers.create', { name: 'Ava', otherEmails: ['MIA@EXAMPLE.COM'] })).toMatchObject({ issues: [{ path: ['otherEmails', 0] }] });
    expect(api.refused('influencers.create', { name: 'Ava', email: 'mia.studio@example.net' })).toMatchObject({
      issues: [{ path: ['email'], message: 'mia.studio@example.net is already an address of Mia Chen; an address belongs to one creator' }],
    });
    expect(snapshot(ctx)).toEqual(before);
    const ava = api.ok('influencers.create', { name: 'Ava', email: 'ava@example.com' }).id;
    expect(api.refused('influencers.update', { id: ava, otherEmails: ['mia@example.com'] })).toMatchObject({ issues: [{ path: ['otherEmails', 0], message: expect.stringContaining('Mia Chen') }] });
    // A creator whose trash was emptied holds nothing any more.
    api.ok('trash.add', { kind: 'creator', id: ava });
    api.ok('trash.empty', {});
    expect(api.ok('influencers.update', { id: mia, otherEmails: ['ava@example.com'] }).otherEmails).toEqual(['ava@example.com']);
  });
});
