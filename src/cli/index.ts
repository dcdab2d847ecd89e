#!/usr/bin/env node
import module from 'node:module';
import { runCli } from './main.js';

// Node 22+ caches compiled code on disk, so the commands loaded below start faster from the second
// run on; on older Node the call does not exist and nothing changes.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const result = await runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(`${result.stdout}\n`);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
