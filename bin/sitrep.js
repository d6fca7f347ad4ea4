#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx sitrep` and `npm start`
// work right after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('../adapters/entry.ts');
