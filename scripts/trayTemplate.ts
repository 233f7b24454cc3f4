// Makes the macOS tray icons (trayTemplate.png, @2x) from the coloured ones: a black shape whose
// transparency carries the design, which macOS tints for light and dark menu bars by itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { browserLaunch } from '../playwright.config';

const browser = await chromium.launch(browserLaunch);
try {
  const page = await browser.newPage();
  // The menu bar wants 16 pt: 16 px, and 32 px on Retina screens.
  const png = readFileSync('resources/tray@2x.png').toString('base64');
  for (const [size, to] of [[16, 'resources/trayTemplate.png'], [32, 'resources/trayTemplate@2x.png']] as const) {
    const out = await page.evaluate(async ([data, size]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0, size, size);
      const pixels = g.getImageData(0, 0, size, size);
      const d = pixels.data;
      for (let i = 0; i < d.length; i += 4) {
        // The white check becomes a hole; the coloured square stays, in black.
        const white = Math.min(d[i]!, d[i + 1]!, d[i + 2]!) / 255;
        d[i + 3] = Math.round(d[i + 3]! * (1 - white));
        d[i] = d[i + 1] = d[i + 2] = 0;
      }
      g.putImageData(pixels, 0, 0);
      return canvas.toDataURL('image/png').split(',')[1]!;
    }, [png, size] as const);
    writeFileSync(to, Buffer.from(out, 'base64'));
  }
  console.log('Wrote resources/trayTemplate.png and trayTemplate@2x.png');
} finally {
  await browser.close();
}
