/**
 * The shapes of credentials that must never leave the process, whoever supplied them. This is the one
 * list: redactText() replaces them, containsSecret() looks for them, and the SQL function
 * kpi.looks_secret (supabase/migrations/) refuses the same shapes in the audit and KPI tables, one
 * line per shape. It catches more in two ways only: it drops format characters (soft hyphen, zero-width
 * space) hidden inside a shape before it looks, and its e-mail shape is looser (any `x@y.z`). A test
 * runs that function on every sample below, before and after redaction.
 *
 * Every pattern runs in time linear in the text (the lint runs its ReDoS check on each one): a
 * pattern starts only at a fixed prefix, and a run it scans either ends the match or cannot hold
 * another start that would scan it again. A match whose `keep` group took part is text the shape
 * passed over (it consumes the run, so that no later start re-reads it); a `shown` group stays visible
 * before the `***`.
 */
export interface SecretShape {
  readonly name: string;
  readonly pattern: RegExp;
  /** Text holding the shape, assembled from parts so that no complete credential sits in the source. */
  readonly samples: readonly string[];
}

export const SECRET_SHAPES: readonly SecretShape[] = [
  {
    name: 'a GitHub token',
    pattern: /\bgh[pousr]_[A-Za-z0-9]{8,}/g,
    samples: [`${'ghp'}_abcdefghijklmnopqrstuvwxyz0123456789`, `app ${'ghs'}_abcdefghij0123456789 end`],
  },
  {
    name: 'a fine-grained GitHub token',
    pattern: /\bgithub_pat_[A-Za-z0-9_]*/g,
    samples: [`${'github_pat'}_11ABCDEFG0123456789_abcdef`],
  },
  {
    name: 'a Slack token',
    pattern: /\bxox[abeprs]-[A-Za-z0-9-]*/gi,
    samples: [`${'xoxb'}-1234567890-abcdefghij`, `${'xoxe'}-1-abcdefghijkl`],
  },
  {
    name: 'a Slack app token',
    pattern: /\bxapp-\d[A-Za-z0-9-]*/gi,
    samples: [`${'xapp'}-1-A0123456789-abcdef`],
  },
  {
    name: 'a Slack webhook URL',
    pattern: /(?:https:\/\/)?hooks\.slack(?:-gov)?\.com\/[A-Za-z0-9/_-]*/gi,
    samples: [
      `posted to ${'https://hooks.slack'}.com/services/T0000/B0000/abcdefabcdef`,
      `HTTPS://HOOKS.SLACK${'.COM'}/services/T/B/x`,
      `${'https://hooks.slack-gov'}.com/services/T0/B0/x`,
    ],
  },
  {
    name: 'a JWT',
    pattern: /\beyJ(?:[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_.-]*|(?<keep>[A-Za-z0-9_-]*))/g,
    samples: [
      `${'eyJhbGciOiJIUzI1NiJ9'}.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl`,
      `id-${'eyJhbGciOiJ'}.eyJzdWIiOiJ.c2lnbmF0dXJl`,
    ],
  },
  {
    name: 'a Supabase key',
    pattern: /\bsb_(?:secret|publishable)_[A-Za-z0-9_-]*/gi,
    samples: [`key ${'sb_publishable'}_AbCdEf0123456789`, `${'sb_secret'}_AbCdEf0123456789`],
  },
  {
    name: 'a provenance-guard ingest token',
    pattern: /\bpgk_[0-9a-f]{6,}/g,
    samples: [`${'pgk'}_${'0123456789abcdef'.repeat(4)}`],
  },
  {
    name: 'an AWS access key',
    pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g,
    samples: [`${'AKIA'}IOSFODNN7EXAMPLE`, `id=${'ASIA'}ABCDEFGHIJKLMNOP`],
  },
  {
    name: 'a bearer token',
    pattern: /\b(?<shown>bearer\s+)[A-Za-z0-9._~+/=-]{12,}/gi,
    samples: [`header was ${'Bearer'} abcdefABCDEF0123456789`, `${'bearer'}    abc.def-ghi_jkl/mno`],
  },
  {
    name: 'a value after the word "token"',
    pattern: /\b(?<shown>token\s+)[A-Za-z0-9._~+/-]{16,}=*/gi,
    samples: [`${'token'}\t\tabc.def-ghi_jkl/mno==`],
  },
  {
    name: 'an npm token',
    pattern: /\bnpm_[A-Za-z0-9]{36}\b/g,
    samples: [`//registry/:_authToken=${'npm'}_abcdefghijklmnopqrstuvwxyz0123456789`],
  },
  {
    name: 'a PEM private key',
    pattern:
      /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[^-]*(?:-(?!----END )[^-]*)*(?:-----END [A-Z0-9 ]*PRIVATE KEY-----)?/g,
    samples: [
      `${'-----BEGIN'} RSA ${'PRIVATE KEY'}-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----`,
      `key: ${'-----BEGIN'} ${'PRIVATE KEY'}-----MIIEvQIBADANBg`,
    ],
  },
  {
    name: 'a Discord webhook URL',
    pattern: /(?:https:\/\/(?:[a-z]+\.)?)?discord(?:app)?\.com\/api\/webhooks\/[A-Za-z0-9/_-]*/gi,
    samples: [
      `${'https://discord'}.com/api/webhooks/123456789012345678/abcdefABCDEF-_0123`,
      `https://ptb.${'discordapp'}.com/api/webhooks/1/x`,
    ],
  },
  {
    name: 'a GitHub token in base64',
    pattern: /\bZ2h[1vwyz]X[A-Za-z0-9+/]{27,}={0,2}/g,
    samples: [`Authorization: Basic ${'Z2hwX'}2FiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ==`],
  },
];
