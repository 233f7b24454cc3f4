import { type BrowserWindow, dialog } from 'electron';

/** The window is closing while a page holds unsaved edits: true when the user chooses to discard them. */
export function confirmDiscardUnsaved(win: BrowserWindow): boolean {
  const choice = dialog.showMessageBoxSync(win, {
    type: 'question',
    title: 'Followthrough',
    message: 'Discard unsaved changes?',
    detail: 'Your changes on this page are not saved. Stay to save them, or discard them and close.',
    buttons: ['Discard and close', 'Stay'],
    defaultId: 1,
    cancelId: 1,
  });
  return choice === 0;
}
