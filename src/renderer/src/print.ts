/**
 * Prints a contract (or any of our own rendered documents) with the platform's print dialog, which
 * also offers "Save as PDF". The document goes into a hidden frame that may not run scripts, so
 * even a forged document could not act inside the app.
 */
export function printHtml(html: string, title: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.title = title;
    frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0;visibility:hidden';
    frame.addEventListener('load', () => {
      const view = frame.contentWindow;
      if (view) {
        view.document.title = title;
        view.focus();
        view.print();
      }
      // print() blocks until the dialog closes in most browsers; give the others a moment.
      setTimeout(() => {
        frame.remove();
        resolve();
      }, 1000);
    });
    frame.srcdoc = html;
    document.body.appendChild(frame);
  });
}

/** Electron saves a real PDF file through the main process; the browser host prints instead. */
export { onDesktop as canSavePdf } from './shell';
