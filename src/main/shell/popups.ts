import { Notification, type NotificationConstructorOptions } from 'electron';
import { reminderTab } from '../../shared/cardTabs';
import type { Pop } from '../../shared/reminders/schemas';
import { popWords, type SaidIn } from '../../shared/reminders/words';
import type { AppTarget } from './appWindow';
import { followUpOf } from '../../shared/rules/followUp';

type NotificationLike = Pick<Notification, 'on' | 'show'>;

export interface ReminderPopupsDeps {
  open(target: AppTarget): void;
  /** Opening a reminder deals with it, as "Open" in the bell does. */
  acknowledge(notificationIds: number[]): void;
  /** The brand's language and zone, asked for each batch: Settings may have changed it. */
  words(): SaidIn;
  iconPath?: string;
  /** Injected for tests. */
  isSupported?: () => boolean;
  create?: (options: NotificationConstructorOptions) => NotificationLike;
}

/** Pop-ups the system never reported as clicked or closed (a notification centre may keep them for days). */
const MAX_KEPT = 50;

/** Reminders as the system's own notifications; a click opens the card (or the board, for a summary). */
export class ReminderPopups {
  /**
   * Electron keeps only a weak reference to a main-process Notification: once ours is collected,
   * clicking it does nothing (electron/electron#16922). So each stays referenced until clicked or closed.
   */
  private readonly kept = new Set<NotificationLike>();

  constructor(private readonly deps: ReminderPopupsDeps) {}

  show(pops: readonly Pop[]): void {
    if (pops.length === 0 || !(this.deps.isSupported ?? (() => Notification.isSupported()))()) return;
    const create = this.deps.create ?? ((options) => new Notification(options));
    const said = this.deps.words();
    for (const pop of pops) {
      const { title, body } = popWords(pop, said);
      const notification = create({ title, body, silent: false, ...(this.deps.iconPath ? { icon: this.deps.iconPath } : {}) });
      const target = targetOf(pop);
      notification.on('click', () => {
        this.kept.delete(notification);
        this.deps.open(target);
        this.deps.acknowledge(pop.notificationIds);
      });
      notification.on('close', () => this.kept.delete(notification));
      this.keep(notification);
      notification.show();
    }
  }

  /** How many are held for their click (for tests). */
  get pending(): number {
    return this.kept.size;
  }

  private keep(notification: NotificationLike): void {
    this.kept.add(notification);
    if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.values().next().value!);
  }
}

function targetOf(pop: Pop): AppTarget {
  if (pop.collaborationId === null) return { page: 'board' };
  const tab = reminderTab(pop.party);
  if (!tab) return { collaborationId: pop.collaborationId };
  const followUp = followUpOf(pop);
  return followUp ? { collaborationId: pop.collaborationId, tab, followUp } : { collaborationId: pop.collaborationId, tab };
}
