import type { ArtifactDigest } from '../core/policy/index.js';
import { toVerifyRequest, verifyProvenance } from '../commands/verify/index.js';
import { exitCodeFor, type CommandResult } from './exit.js';
import { renderVerdict } from './render-verdict.js';
import { assertReadable, flagOf, formatOf, parseVerifyArgs, toInputs } from './verify-inputs.js';

export async function runVerify(
  argv: readonly string[],
  now: Date,
  earlyDigests?: Promise<ArtifactDigest[] | null>,
): Promise<CommandResult> {
  const args = parseVerifyArgs(argv);
  const format = formatOf(args.values);
  if (args.values.release !== undefined || args.values.policy !== undefined)
    return (await import('./policy-verify.js')).runPolicyVerify(args, now);
  const request = { ...toVerifyRequest(toInputs(args), flagOf(args), now), earlyDigests };
  await assertReadable(request, args.spelled);
  const verdict = await verifyProvenance(request);
  return { exitCode: exitCodeFor(verdict), stdout: renderVerdict(verdict, format, request.artifactPaths) };
}
