// Loaded with `node --import` into every node process a rehearsal job starts: `Date` and the waits of a
// process follow the rehearsal's simulated clock. A wait is a timer of a second or more that keeps the process
// alive while the process has nothing else to do (no socket, file or child in flight): it asks the rehearsal,
// which runs whatever else is queued, moves its clock past the wait and answers with the new offset. A timer
// that guards work in flight (a download's stall timeout) is not a wait: it runs on the real clock until the
// process is idle, and is forgotten when the work clears or refreshes it. Timers unref'd at once (library
// housekeeping) stay real.
import { request } from 'node:http';

const service = process.env.REHEARSAL_SERVICE_URL;
const WAIT_THRESHOLD_MS = 1000;
const IDLE_POLL_MS = 10;
/** Resources that do not mean work in flight: timers, and the process's own stdio. */
const IDLE = new Set(['Timeout', 'Immediate', 'PipeWrap', 'TTYWrap', 'CloseReq', 'SignalWrap']);
let offset = Number(process.env.REHEARSAL_CLOCK_OFFSET_MS ?? '0');

const RealDate = globalThis.Date;
const now = () => RealDate.now() + offset;
globalThis.Date = new Proxy(RealDate, {
  construct: (target, args, newTarget) =>
    Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  apply: () => new RealDate(now()).toString(),
  get: (target, property, receiver) => (property === 'now' ? now : Reflect.get(target, property, receiver)),
});

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const idle = () => process.getActiveResourcesInfo().every((resource) => IDLE.has(resource));

function askToWait(ms) {
  return new Promise((resolve, reject) => {
    const post = request(`${service}/sleep`, { method: 'POST', agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve(JSON.parse(body).offsetMs));
    });
    post.on('error', reject);
    post.end(JSON.stringify({ ms }));
  });
}

class SimulatedTimeout {
  constructor(callback, ms, args) {
    Object.assign(this, { callback, ms, args, referenced: true, cleared: false, real: null, generation: 0 });
    this.keepAlive = realSetTimeout(() => undefined, 2 ** 31 - 1);
    globalThis.setImmediate(() => this.begin());
  }

  begin() {
    if (this.cleared) return;
    if (!this.referenced) {
      realClearTimeout(this.keepAlive);
      this.real = realSetTimeout(this.callback, this.ms, ...this.args);
      this.real.unref();
      return;
    }
    this.watch(this.generation, RealDate.now());
  }

  /** Waits on the real clock while work is in flight; once idle, the rest of the wait is simulated. */
  watch(generation, since) {
    if (this.cleared || generation !== this.generation) return;
    if (RealDate.now() - since >= this.ms) return this.fire(offset);
    if (!idle()) return void realSetTimeout(() => this.watch(generation, since), IDLE_POLL_MS);
    askToWait(this.ms).then(
      (offsetMs) => generation === this.generation && this.fire(offsetMs),
      () => generation === this.generation && this.fire(offset),
    );
  }

  fire(offsetMs) {
    offset = offsetMs;
    realClearTimeout(this.keepAlive);
    if (!this.cleared) this.callback(...this.args);
  }

  clear() {
    this.cleared = true;
    realClearTimeout(this.keepAlive);
    if (this.real) realClearTimeout(this.real);
  }

  ref() {
    this.referenced = true;
    this.real?.ref();
    return this;
  }

  unref() {
    this.referenced = false;
    this.real?.unref();
    return this;
  }

  hasRef() {
    return this.referenced;
  }

  /** Starts the wait over, as a watchdog does when its work makes progress. */
  refresh() {
    if (this.real) this.real.refresh();
    else if (!this.cleared) {
      this.generation += 1;
      globalThis.setImmediate(() => this.begin());
    }
    return this;
  }

  close() {
    this.clear();
    return this;
  }
}

if (service) {
  globalThis.setTimeout = (callback, ms, ...args) =>
    typeof callback === 'function' && ms >= WAIT_THRESHOLD_MS
      ? new SimulatedTimeout(callback, ms, args)
      : realSetTimeout(callback, ms, ...args);
  globalThis.clearTimeout = (timer) =>
    timer instanceof SimulatedTimeout ? timer.clear() : realClearTimeout(timer);
}
