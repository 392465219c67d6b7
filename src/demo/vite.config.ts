// `npm run dev`: Vite's dev server on the demo site, with the element built from source (src/demo/dev-server.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import base from '../../vite.config.ts';
import { devConfig } from './dev-server.ts';

export default defineConfig(devConfig(base, fileURLToPath(new URL('../../questions/', import.meta.url))));
