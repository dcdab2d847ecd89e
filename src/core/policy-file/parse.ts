import { createHash } from 'node:crypto';
import { parse as parseYaml, YAMLError } from 'yaml';
import { GuardError } from '../errors/index.js';
import { PolicyFileSchema, type PolicyFile } from './schema.js';

/**
 * A policy file as read: its rules, where it came from, and the SHA-256 of its bytes (what the VSA and
 * manifest record).
 */
export interface LoadedPolicy {
  readonly path: string;
  readonly sha256: string;
  readonly file: PolicyFile;
}

export const MAX_POLICY_BYTES = 256 * 1024;

/** A problem with the file, named by where it is (`artifacts.0.builders.1`), so a reviewer can find it. */
export interface PolicyProblem {
  readonly at: string;
  readonly message: string;
}

export type PolicyParse =
  | { readonly ok: true; readonly policy: LoadedPolicy }
  | { readonly ok: false; readonly problems: readonly PolicyProblem[] };

export function parsePolicyFile(text: string, path: string): PolicyParse {
  const sha256 = createHash('sha256').update(text).digest('hex');
  if (Buffer.byteLength(text) > MAX_POLICY_BYTES)
    return { ok: false, problems: [{ at: '(file)', message: `larger than ${MAX_POLICY_BYTES} bytes` }] };
  let raw: unknown;
  try {
    // Aliases are refused: a reviewed file says what it means where it says it.
    raw = parseYaml(text, { maxAliasCount: 0, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    const message =
      error instanceof YAMLError ? (error.message.split('\n')[0] ?? error.message) : String(error);
    return { ok: false, problems: [{ at: '(yaml)', message }] };
  }
  const parsed = PolicyFileSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        at: issue.path.join('.') || '(root)',
        message: issue.message,
      })),
    };
  return { ok: true, policy: { path, sha256, file: parsed.data } };
}

/** The file, or an `input_invalid` error naming its first problem. */
export function loadPolicyFile(text: string, path: string): LoadedPolicy {
  const parsed = parsePolicyFile(text, path);
  if (parsed.ok) return parsed.policy;
  const [first] = parsed.problems;
  throw new GuardError(
    'input_invalid',
    `policy file ${path}: ${first?.at}: ${first?.message} (run provenance-guard policy lint ${path})`,
  );
}
