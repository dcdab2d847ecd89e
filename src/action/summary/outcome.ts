import type { Outcome } from '../../core/errors/index.js';
import type { Tone } from './markdown.js';

/** A job summary's first words for each outcome: a release nothing was decided about is never "rejected". */
export const OUTCOME_HEADLINE: Record<Outcome, string> = {
  verified: '✅ Provenance verified',
  rejected: '❌ Provenance rejected',
  undecided: '⚠️ Provenance not decided',
};

export const OUTCOME_TONE: Record<Outcome, Tone> = {
  verified: 'good',
  rejected: 'bad',
  undecided: 'waiting',
};
