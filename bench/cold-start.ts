import { NPM } from '../test/support/fixtures.js';
import { assertCliBuilt, cli, EMPTY_NODE } from './cli.js';
import { interleave, timeProcess } from './measure.js';
import { printSamples, type Comparison } from './report.js';

const REFERENCE_NAME = 'node -e 0';

/** One verification of a real npm bundle in a fresh process; `--help` shows how much of it is loading code. */
export async function coldStart(): Promise<Comparison[]> {
  assertCliBuilt();
  const verify = cli('verify', '--artifact', NPM('sigstore-2.3.1.tgz'), '--provenance', NPM('sigstore-2.3.1.provenance.sigstore.json'), '--offline',
    '--expected-source-repo', 'sigstore/sigstore-js');
  const help = cli('--help');
  const samples = await interleave({
    verify: () => timeProcess(verify),
    help: () => timeProcess(help),
    node: () => timeProcess(EMPTY_NODE),
  });
  printSamples('cold-start: npm sigstore@2.3.1 bundle, --offline, whole process', 'ms', {
    'provenance-guard verify': samples.verify,
    'provenance-guard --help': samples.help,
    [REFERENCE_NAME]: samples.node,
  });
  return [
    { benchmark: 'cold-start: verify', unit: 'ms', ours: samples.verify, referenceName: REFERENCE_NAME, reference: samples.node, goal: { op: '≤', ratio: 1.6 } },
    { benchmark: 'cold-start: --help (loading only)', unit: 'ms', ours: samples.help, referenceName: REFERENCE_NAME, reference: samples.node, goal: null },
  ];
}
