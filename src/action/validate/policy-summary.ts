import { escapeHtml } from '../../core/notify/index.js';
import { effectivePolicyRows } from '../../core/policy-file/index.js';
import { redactText } from '../../core/redaction/index.js';
import type { ValidateResult } from '../../commands/validate/index.js';

/**
 * The policy the verdict was made under (inputs over the policy file), as a Markdown table; null when there
 * is none.
 */
export function effectivePolicyMarkdown(result: ValidateResult): string | null {
  if (!result.effectivePolicy) return null;
  const policySha256 = result.verdict.provenance?.policySha256 ?? null;
  const rows = [
    ...effectivePolicyRows(result.effectivePolicy),
    ...(policySha256 ? [['policy file sha256', policySha256] as [string, string]] : []),
  ];
  const cell = (text: string) => escapeHtml(redactText(text, [])).replace(/\|/g, '\\|');
  return [
    '| field | value |',
    '|---|---|',
    ...rows.map(([field, value]) => `| ${field} | ${cell(value)} |`),
  ].join('\n');
}
