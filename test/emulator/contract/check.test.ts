import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { startWithRepo } from '../support.js';
import { checkResponse } from './check.js';
import { CONTRACT_LOG_ENV, type RecordedResponse } from './recorder.js';
import { NO_OPERATION, UNDOCUMENTED_STATUSES } from './undocumented.js';

const API = 'http://127.0.0.1:1';
const error = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
const label = {
  id: 1,
  node_id: 'MDU6TGFiZWwx',
  url: `${API}/repos/acme/app/labels/x`,
  name: 'x',
  color: 'ededed',
  description: null,
  default: false,
};
const RERUN = '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun';

const recorded = (overrides: Partial<RecordedResponse>): RecordedResponse => ({
  method: 'GET',
  route: '/repos/{owner}/{repo}/labels/{name}',
  path: '/repos/acme/app/labels/x',
  query: '',
  accept: 'application/vnd.github.v3+json',
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: label,
  ...overrides,
});

const findings = (overrides: Partial<RecordedResponse>) =>
  checkResponse(recorded(overrides)).findings.map((f) => `${f.kind}: ${f.detail}`);

describe('the contract check', () => {
  it('finds the operation by method and route template and accepts a faithful body', () => {
    expect(checkResponse(recorded({}))).toEqual({
      operation: 'issues/get-label',
      status: 200,
      basis: 'documented',
      findings: [],
    });
    // `{archive_format}` in the description stands for the emulator's literal `zip`.
    const zip = recorded({
      route: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/zip',
      status: 302,
      body: undefined,
      headers: { location: `${API}/b` },
    });
    expect(checkResponse(zip)).toMatchObject({ operation: 'actions/download-artifact', findings: [] });
  });

  it('names missing required properties, wrong types and bad formats', () => {
    const withoutDescription: Record<string, unknown> = { ...label };
    delete withoutDescription.description;
    expect(findings({ body: withoutDescription })).toEqual(['invalid-body: / misses description']);
    expect(findings({ body: { ...label, id: 'one' } })).toEqual(['invalid-body: /id must be integer']);
    expect(findings({ body: { ...label, url: 'not a uri' } })).toEqual([
      'invalid-body: /url must match format "uri"',
    ]);
  });

  it('reads nullable as admitting null, and oneOf as anyOf', () => {
    expect(findings({ body: { ...label, description: null } })).toEqual([]);
    expect(findings({ body: { ...label, name: null } })).toEqual(['invalid-body: /name must be string']);
    // validation-error's `value` is oneOf three nullable alternatives, which null matches all at once.
    const invalid = { ...error, message: 'Validation Failed', errors: [{ code: 'invalid', value: null }] };
    expect(
      findings({ method: 'POST', route: '/repos/{owner}/{repo}/labels', status: 422, body: invalid }),
    ).toEqual([]);
  });

  it('flags an undocumented status unless the README table lists it, and checks the listed one carries an error body', () => {
    expect(findings({ status: 418, body: error })).toEqual(['undocumented-status: 418 is not documented']);
    const refused = { method: 'POST', route: RERUN, status: 403 };
    expect(checkResponse(recorded({ ...refused, body: error }))).toMatchObject({
      basis: 'listed',
      findings: [],
    });
    expect(findings({ ...refused, body: { message: 7 } })).toEqual(['invalid-body: /message must be string']);
    const unknownPath = checkResponse(recorded({ route: null, path: '/nowhere', status: 404, body: error }));
    expect(unknownPath).toMatchObject({ operation: NO_OPERATION, basis: 'listed' });
    expect(findings({ route: null, path: '/nowhere', status: 500, body: error })).toEqual([
      'undocumented-status: 500 is not documented',
    ]);
  });

  it('wants documented headers: Location always, Link when there is another page', () => {
    const created = { method: 'POST', route: '/repos/{owner}/{repo}/labels', status: 201 };
    expect(findings(created)).toEqual(['missing-header: no location header']);
    const list = { route: '/repos/{owner}/{repo}/labels', body: [label] };
    expect(findings(list)).toEqual([]);
    expect(findings({ ...list, query: 'page=2' })).toEqual(['missing-header: no link header']);
    const runs = {
      route: '/repos/{owner}/{repo}/actions/artifacts',
      body: { total_count: 2, artifacts: [] },
    };
    expect(findings(runs)).toEqual(['missing-header: no link header']);
  });

  it('wants no body where the description gives none, and raw bytes for the raw media type', () => {
    expect(
      findings({
        method: 'POST',
        route: '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches',
        status: 204,
      }),
    ).toEqual(['invalid-body: the description gives this status no body']);
    const content = {
      route: '/repos/{owner}/{repo}/contents/{path+}',
      accept: 'application/vnd.github.v3.raw',
    };
    expect(
      findings({ ...content, body: undefined, raw: { contentType: 'text/plain; charset=utf-8', bytes: 3 } }),
    ).toEqual([]);
    expect(findings(content)).toEqual(['invalid-body: the raw media type was asked for, the body is JSON']);
  });

  it('exempts injected faults and the blob store, and reports emulator errors and unknown routes', () => {
    const injected = checkResponse(recorded({ status: 503, fault: 'status', body: { any: 'thing' } }));
    expect(injected).toMatchObject({ basis: 'fault', findings: [] });
    const injectedElsewhere = checkResponse(recorded({ route: null, status: 418, fault: 'status' }));
    expect(injectedElsewhere).toMatchObject({ operation: NO_OPERATION, basis: 'fault' });
    expect(
      checkResponse(
        recorded({ route: '/_emulator/blobs/{key}', raw: { contentType: 'application/zip', bytes: 1 } }),
      ),
    ).toMatchObject({
      basis: 'outside-api',
    });
    expect(findings({ status: 500, emulatorError: true, body: { message: 'Emulator error: boom' } })).toEqual(
      ['emulator-error: {"message":"Emulator error: boom"}'],
    );
    expect(findings({ route: '/repos/{owner}/{repo}/nothing-like-this' })).toEqual([
      'no-operation: no operation for GET /repos/{owner}/{repo}/nothing-like-this',
    ]);
  });

  it('fails close() of an emulator that sent an unfaithful response', async () => {
    // The planted response was never sent: keep it out of a run's log.
    vi.stubEnv(CONTRACT_LOG_ENV, '');
    const gh = await startWithRepo();
    vi.unstubAllEnvs();
    gh.responses.record(recorded({ status: 418, body: error }));
    await expect(gh.close()).rejects.toThrow(
      /GET \/repos\/acme\/app\/labels\/x → 418 \(issues\/get-label\)\n {2}undocumented-status/,
    );
  });
});

describe("the README's table of undocumented statuses", () => {
  it('shows exactly the rows the check allows', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const lines = readme.slice(readme.indexOf('### Undocumented statuses')).split('\n');
    const header = lines.findIndex((line) => line.startsWith('| operation |'));
    const end = lines.findIndex((line, i) => i > header && !line.startsWith('|'));
    const rows = lines.slice(header + 2, end);
    expect(header).toBeGreaterThan(0);
    expect(rows).toEqual(
      UNDOCUMENTED_STATUSES.map(
        (row) => `| ${row.operation} | ${row.status} | ${row.when} | ${row.source} |`,
      ),
    );
  });
});
