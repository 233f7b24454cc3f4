import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startElectronApp } from './shell/app';

startElectronApp({ mainDir: dirname(fileURLToPath(import.meta.url)) });
