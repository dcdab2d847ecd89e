import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** npm's bin link: the native binary once deno's install script ran, else its Node launcher. */
export const DENO = `${REPO_ROOT}node_modules/.bin/deno`;

export interface DenoFunction {
  readonly name: string;
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Runs supabase/functions/<name>/index.ts under real Deno on a loopback port of its choosing
 * (DENO_SERVE_ADDRESS overrides the address of its `Deno.serve`). The repository's package.json makes
 * Deno resolve `npm:` imports from node_modules, so nothing is downloaded.
 */
export async function startDenoFunction(name: string, env: Record<string, string>): Promise<DenoFunction> {
  const child = spawn(
    DENO,
    ['run', '--allow-net', '--allow-env', '--no-remote', `supabase/functions/${name}/index.ts`],
    {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        DENO_NO_UPDATE_CHECK: '1',
        NO_COLOR: '1',
        DENO_SERVE_ADDRESS: 'tcp:127.0.0.1:0',
        ...env,
      },
    },
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}: ${output}`));
    });
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}
