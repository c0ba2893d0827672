#!/usr/bin/env node
// The `coach` command runs the TypeScript sources through tsx, so it works right after `npm ci`
// without a build step and always matches the checked-out code.
import { register } from 'tsx/esm/api';

register();
await import('../src-main/node/cli/index.ts');
