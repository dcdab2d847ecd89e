// A separate process that records events in a FileStore: argv = manifest path, writer id, event count.
import { FileStore } from '../../../src/adapters/manifest/index.js';
import { manifestEvent } from '../../support/manifest-events.js';

const [path, writer, count] = process.argv.slice(2);
const store = new FileStore(path!);
for (let i = 0; i < Number(count); i++) {
  const event = manifestEvent('failed', {
    tag: `v${writer}.${i}.0`,
    run_id: 1 + i,
    actor: `writer-${writer}`,
  });
  const result = await store.apply(event);
  if (result.outcome !== 'applied') throw new Error(`${event.tag}: ${result.message}`);
}
