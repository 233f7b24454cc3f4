import { describe, expect, it } from 'vitest';
import { changes } from './refresh';

describe('what a change refreshes', () => {
  it('a change of data refreshes the board and what reads it, not the backups, templates or settings', () => {
    expect(changes('collaborations.move', 'collaborations.board')).toBe(true);
    expect(changes('collaborations.move', 'deadlines.list')).toBe(true);
    expect(changes('collaborations.move', 'backup.list')).toBe(false);
    expect(changes('collaborations.move', 'outreach.templates')).toBe(false);
    expect(changes('collaborations.move', 'outreach.suggest')).toBe(true);
    expect(changes('collaborations.move', 'settings.get')).toBe(false);
  });

  it('acknowledging a reminder refreshes the bell only; a template only the templates and composer', () => {
    expect(changes('notifications.ack', 'notifications.list')).toBe(true);
    expect(changes('notifications.ack', 'collaborations.board')).toBe(false);
    expect(changes('outreach.saveTemplate', 'outreach.templates')).toBe(true);
    expect(changes('outreach.saveTemplate', 'collaborations.board')).toBe(false);
  });

  it('settings, restores and unknown names refresh everything', () => {
    expect(changes('settings.update', 'clock.now')).toBe(true);
    expect(changes('backup.restore', 'collaborations.board')).toBe(true);
    expect(changes('something.new', 'collaborations.board')).toBe(true);
  });
});
