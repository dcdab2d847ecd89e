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
    does: "Two loopback Sigstore instances of `test/support/sigstore`: the public-good kind (Fulcio with CT log, Rekor) signs the attestations of public repositories, the GitHub kind (Fulcio without CT log, TSA) those of private ones, as GitHub's own instance does. Our actions' `trust` input defaults to both instances' trusted roots as JSON lines (the shape of `gh attestation trusted-root`) instead of `tuf`, which on GitHub means public-good from Sigstore's TUF repository and GitHub's instance from the root shipped in the action: the one deliberate difference between the rehearsal's runner and GitHub's.",
    leavesOut:
      "The public-good TUF repository and the roots shipped in the action (the loopback instances' keys are made per run); internal repositories (only public and private are rehearsed).",
  },
  Slack: {
    does: '`OPS_SLACK_SUMMARY_WEBHOOK` is the loopback webhook server of `test/support/slack-server.ts`, answering `ok` as Slack does.',
    leavesOut:
      'The `ops-slack-notify` Supabase function (the rehearsal sets no `SUPABASE_URL` or `KPI_INGEST_TOKEN`), so a failure is announced by issue.',
  },
};
