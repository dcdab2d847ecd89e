#!/usr/bin/env node
import module from 'node:module';

// Node 22+ caches compiled code on disk, so from the second run on the CLI starts faster; the cache is
// enabled before anything else loads, so that it covers all of the CLI's code. Older Node lacks the call.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const { runCli } = await import('./main.js');
const { setRunbookOrigin } = await import('../core/errors/index.js');
const { cliRunbookOrigin } = await import('./runbook-origin.js');
setRunbookOrigin(cliRunbookOrigin(process.argv[1]));
const result = await runCli(process.argv.slice(2));
if (result.stdout) process.stdout.write(`${result.stdout}\n`);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
