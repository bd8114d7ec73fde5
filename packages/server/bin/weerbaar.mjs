#!/usr/bin/env node
// The installed `weerbaar` command: TypeScript is loaded in-process (no build step, one process,
// so signals reach the server itself).
import { register } from 'tsx/esm/api';

register();
await import('../src/bin/weerbaar.ts');
