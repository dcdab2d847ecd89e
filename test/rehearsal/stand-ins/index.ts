import { attestAction, attestBuildProvenance } from './attest.js';
import { downloadArtifact, uploadArtifact } from './artifacts.js';
import { checkout } from './checkout.js';
import { GH_CLI } from './gh-cli.js';
import { deployPages, uploadPagesArtifact } from './pages.js';
import type { StandIn } from './types.js';

/** The third-party actions the templates use, by `owner/name`: each played by a stand-in. */
export const STAND_INS: Readonly<Record<string, StandIn>> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/attest-build-provenance': attestBuildProvenance,
  'actions/attest': attestAction,
  'actions/upload-pages-artifact': uploadPagesArtifact,
  'actions/deploy-pages': deployPages,
};

/** The tools and services around the runner that the rehearsal plays. */
export const OTHER_STAND_INS: Readonly<Record<string, { does: string; leavesOut: string }>> = {
  gh: GH_CLI,
  Sigstore: {
    does: "The loopback Sigstore instance (Fulcio with CT log, Rekor) of `test/support/sigstore` signs every attestation. Our actions' `trust` input defaults to that instance's `trusted_root.json` instead of `tuf` (the public-good TUF root): the one deliberate difference between the rehearsal's runner and GitHub's.",
    leavesOut:
      "The public-good TUF repository; GitHub's own Sigstore instance (TSA, no Rekor) that signs for private repositories.",
  },
  Slack: {
    does: '`OPS_SLACK_SUMMARY_WEBHOOK` is the loopback webhook server of `test/support/slack-server.ts`, answering `ok` as Slack does.',
    leavesOut:
      'The `ops-slack-notify` Supabase function (the rehearsal sets no `SUPABASE_URL` or `KPI_INGEST_TOKEN`), so a failure is announced by issue.',
  },
};
