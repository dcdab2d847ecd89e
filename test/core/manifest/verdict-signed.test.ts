import { describe, expect, it } from 'vitest';
import { applyEvent, emptyManifest, type Manifest } from '../../../src/core/manifest/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

const BUNDLE = { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', n: 1 };

function build(...events: ReturnType<typeof manifestEvent>[]): Manifest {
  return events.reduce((manifest, event) => {
    const result = applyEvent(manifest, event);
    if (!result.ok) throw new Error(result.reason);
    return result.manifest;
  }, emptyManifest());
}

describe('verdict_signed: a signature is recorded only for the verdict the entry holds', () => {
  it('refuses a signature naming another verdict digest', () => {
    const verified = build(manifestEvent('validated'));
    const forged = applyEvent(verified, manifestEvent('verdict_signed', { verdict_sha256: 'f'.repeat(64) }));
    expect(forged).toMatchObject({ ok: false, reason: expect.stringContaining('not the verdict') });
  });

  it('refuses a signature on an entry that is not a success', () => {
    const failed = build(manifestEvent('failed'));
    expect(applyEvent(failed, manifestEvent('verdict_signed')).ok).toBe(false);
  });

  it('records the same bundle once, whenever and by whoever it is replayed', () => {
    const signed = build(manifestEvent('validated'), manifestEvent('verdict_signed', { signature: BUNDLE }));
    // Key order differs, the bundle is the same: a rerun of the recording step changes nothing.
    const replay = applyEvent(
      signed,
      manifestEvent('verdict_signed', { signature: { n: 1, mediaType: BUNDLE.mediaType }, actor: 'other' }),
    );
    expect(replay).toMatchObject({ ok: true, changed: false });
  });
});
