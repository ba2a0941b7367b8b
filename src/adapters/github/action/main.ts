import { run } from './run-action.js';

// The entry point of dist/action.js: the runner starts it, it runs the action once.
await run();
