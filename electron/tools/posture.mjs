#!/usr/bin/env node
// `posture …` (or `npm run posture -- …`): the command line of a running
// Posture Breaks. It talks to the web host; when none runs and the Electron
// binary exists, it hands the command to the Electron app, which forwards it
// to its running instance.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ensureBuilt, ROOT } from './ensure-built.mjs';
import { electronBinaryPath } from './electron-binary.mjs';

const EXIT_NOT_RUNNING = 3;
ensureBuilt();
const args = process.argv.slice(2);
const cli = spawnSync(process.execPath, [path.join(ROOT, 'out/main/cli.js'), ...args], { stdio: 'inherit' });
let code = cli.status ?? 1;
const binary = code === EXIT_NOT_RUNNING ? electronBinaryPath() : null;
if (binary) code = spawnSync(binary, [ROOT, ...args], { stdio: 'inherit' }).status ?? 1;
process.exit(code);
