/*
 * One guard against leaving a page with unsaved edits. Pages are chosen by the address's hash,
 * so every way of leaving (a link, the palette, the back button) is a hashchange: a guarded page
 * puts the address back before the page switches and asks first.
 */

interface Guard {
  isDirty: () => boolean;
  blocked: (to: string) => void;
}

let guard: Guard | null = null;

// Capture listeners on the target run before the page's own hashchange listener.
window.addEventListener(
  'hashchange',
  (event) => {
    if (!guard?.isDirty()) return;
    event.stopImmediatePropagation();
    window.history.replaceState(window.history.state, '', event.oldURL);
    guard.blocked(new URL(event.newURL).hash);
  },
  { capture: true },
);

// Closing the window or reloading: the browser (or the desktop shell) asks in its own words.
window.addEventListener('beforeunload', (event) => {
  if (guard?.isDirty()) event.preventDefault();
});

/** Guards leaving while `isDirty()` holds; returns the release. */
export function guardLeaving(isDirty: () => boolean, blocked: (to: string) => void): () => void {
  const mine: Guard = { isDirty, blocked };
  guard = mine;
  return () => {
    if (guard === mine) guard = null;
  };
}

/** Goes on although edits are unsaved: the user chose to discard them. */
export function leaveAnyway(to: string): void {
  guard = null;
  window.location.hash = to;
}
