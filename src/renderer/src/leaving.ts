/*
 * One guard against leaving a page with unsaved edits. Pages are chosen by the address's hash,
 * so every way of leaving (a link, the palette, the back button) is a hashchange: the route asks
 * here before it follows one (route.ts), and a guarded page puts the address back and asks first.
 */

interface Guard {
  isDirty: () => boolean;
  blocked: (to: string) => void;
}

let guard: Guard | null = null;

/** True when a page with unsaved edits holds the user: the address is put back and the page asks. */
export function heldBack(event: HashChangeEvent): boolean {
  if (!guard?.isDirty()) return false;
  window.history.replaceState(window.history.state, '', event.oldURL);
  guard.blocked(new URL(event.newURL).hash);
  return true;
}

// Closing the window or reloading: the browser (or the desktop shell) asks in its own words.
const onUnload = (event: BeforeUnloadEvent) => {
  if (guard?.isDirty()) event.preventDefault();
};

/** Guards leaving while `isDirty()` holds; returns the release. */
export function guardLeaving(isDirty: () => boolean, blocked: (to: string) => void): () => void {
  const mine: Guard = { isDirty, blocked };
  guard = mine;
  window.addEventListener('beforeunload', onUnload);
  return () => {
    if (guard !== mine) return;
    guard = null;
    window.removeEventListener('beforeunload', onUnload);
  };
}

/** Goes on although edits are unsaved: the user chose to discard them. */
export function leaveAnyway(to: string): void {
  guard = null;
  window.removeEventListener('beforeunload', onUnload);
  window.location.hash = to;
}
