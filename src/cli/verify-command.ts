import type { ArtifactDigest } from '../core/policy/index.js';
import { renderVerdictTable, toVerdictJson } from '../core/report/index.js';
import { toVerifyRequest, verifyProvenance } from '../commands/verify/index.js';
import { exitCodeFor, type CommandResult } from './exit.js';
import { parseArgsOnce } from './args.js';
import { assertReadable, FLAG_OF, toInputs, VERIFY_OPTIONS } from './verify-inputs.js';

export async function runVerify(
  argv: readonly string[],
  now: Date,
  earlyDigests?: Promise<ArtifactDigest[] | null>,
): Promise<CommandResult> {
  const { values } = parseArgsOnce({ args: [...argv], options: VERIFY_OPTIONS, allowPositionals: false });
  if (values.release !== undefined || values.policy !== undefined)
    return (await import('./policy-verify.js')).runPolicyVerify(values, now);
  const request = { ...toVerifyRequest(toInputs(values), (field) => FLAG_OF[field], now), earlyDigests };
  await assertReadable(request);
  const verdict = await verifyProvenance(request);
  const output = values.json
    ? JSON.stringify(toVerdictJson(verdict), null, 2)
    : renderVerdictTable(verdict, 'provenance-guard verify');
  return { exitCode: exitCodeFor(verdict), stdout: output };
}
