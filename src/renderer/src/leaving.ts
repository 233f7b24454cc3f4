/*
 * One guard against leaving a page with unsaved edits. Pages are chosen by the address's hash,
 * so every way of leaving (a link, the palette, the back button) is a hashchange: the route asks
 * here before it follows one (route.ts), and a guarded page puts the address back and asks first.
 */

interface Guard {
  isDirty: () => boolean;
  blocked: (to: string) => void;
}

// Guards nest (a new creator's form in a new collaboration's): the newest one asks.
const guards: Guard[] = [];
const dirtyGuard = () => guards.findLast((g) => g.isDirty()) ?? null;

/** True when a page with unsaved edits holds the user: the address is put back and the page asks. */
export function heldBack(event: HashChangeEvent): boolean {
  const guard = dirtyGuard();
  if (!guard) return false;
  window.history.replaceState(window.history.state, '', event.oldURL);
  guard.blocked(new URL(event.newURL).hash);
  return true;
}

// Closing the window or reloading: the browser (or the desktop shell) asks in its own words.
const onUnload = (event: BeforeUnloadEvent) => {
  if (dirtyGuard()) event.preventDefault();
};

/** Guards leaving while `isDirty()` holds; returns the release. */
export function guardLeaving(isDirty: () => boolean, blocked: (to: string) => void): () => void {
  const mine: Guard = { isDirty, blocked };
  guards.push(mine);
  if (guards.length === 1) window.addEventListener('beforeunload', onUnload);
  return () => {
    const at = guards.indexOf(mine);
    if (at < 0) return;
    guards.splice(at, 1);
    if (guards.length === 0) window.removeEventListener('beforeunload', onUnload);
  };
}

/** Goes on although edits are unsaved: the user chose to discard them. */
export function leaveAnyway(to: string): void {
  guards.length = 0;
  window.removeEventListener('beforeunload', onUnload);
  window.location.hash = to;
}
