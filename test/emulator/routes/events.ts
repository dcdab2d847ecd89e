import type { RequestContext } from '../router.js';
import type { EmulatorState } from '../state/index.js';

/** The token that made a change; only routes that take a token change anything. */
export function tokenOf(ctx: RequestContext): string {
  if (ctx.token === null) throw new Error(`${ctx.path} changed the repository without a token`);
  return ctx.token;
}

/** A ref moved through the API: a push, and a `synchronize` of every open pull request it is the head of. */
export function announcePush(
  state: EmulatorState,
  ctx: RequestContext,
  move: { repo: string; ref: string; before: string; after: string },
): void {
  const token = tokenOf(ctx);
  state.events.record({ kind: 'push', ...move, token });
  const branch = /^refs\/heads\/(.+)$/.exec(move.ref)?.[1];
  const heads = state.pulls.list(move.repo).filter((pull) => pull.head === branch);
  for (const pull of heads.reverse()) {
    state.events.record({
      kind: 'pull_request',
      repo: move.repo,
      action: 'synchronize',
      number: pull.number,
      token,
      merged: false,
    });
  }
}
