// Counts, per operation, the faithful responses in a directory of recorded responses:
//   GITHUB_EMULATOR_CONTRACT_LOG=.tmp/contract npx vitest run && npx tsx test/emulator/contract/measure.ts .tmp/contract
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkResponse } from './check.js';
import type { RecordedResponse } from './recorder.js';
import { countByOperation, describeViolations, formatCounts } from './report.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: measure.ts <directory of *.jsonl>');
const responses = readdirSync(dir)
  .filter((name) => name.endsWith('.jsonl'))
  .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter(Boolean))
  .map((line) => JSON.parse(line) as RecordedResponse);
console.log(formatCounts(countByOperation(responses.map(checkResponse))));
const violations = describeViolations(responses, Number(process.argv[3] ?? 40));
if (violations) console.log(`\n${violations}`);
