import { registerBackground } from '../../lib/background';

// Thin entrypoint: features register themselves from lib/background. `main` stays synchronous so every
// listener is attached in the service worker's first turn (MV3 drops events that arrive before that).
export default defineBackground({
  type: 'module',
  main() {
    registerBackground();
  },
});
