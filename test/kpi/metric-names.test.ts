import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KPI_METRICS, kpiViewName } from '../../src/core/kpi/index.js';
import { SUPABASE_DIR } from '../support/supabase/migrations.js';

const read = (path: string) => readFileSync(`${SUPABASE_DIR}${path}`, 'utf8');

describe('KPI metric names', () => {
  it('are the same in the edge functions as in src/core/kpi', () => {
    const list = /KPI_METRICS = \[([^\]]*)\]/.exec(read('functions/_shared/metrics.ts'))?.[1] ?? '';
    expect([...list.matchAll(/'([^']+)'/g)].map((m) => m[1])).toEqual([...KPI_METRICS]);
  });

  it('each have their view in the migrations and in the README', () => {
    const migrations = readdirSync(`${SUPABASE_DIR}migrations`)
      .map((file) => read(`migrations/${file}`))
      .join('\n');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const kpiSection = readme.slice(readme.indexOf('## KPIs'), readme.indexOf('## Failure codes'));
    for (const metric of KPI_METRICS) {
      expect(migrations, metric).toContain(`create or replace view kpi.${kpiViewName(metric)} `);
      expect(kpiSection, metric).toContain(`\`${metric}\``);
    }
  });

  it('edge functions import only npm: packages and their own files', () => {
    const sources = [
      'functions/provenance-validate/index.ts',
      'functions/ops-slack-notify/index.ts',
      ...readdirSync(`${SUPABASE_DIR}functions/_shared`).map((f) => `functions/_shared/${f}`),
    ];
    for (const source of sources) {
      for (const [, specifier] of read(source).matchAll(/from '([^']+)'/g))
        expect(specifier, source).toMatch(/^(npm:|\.\.?\/)/);
    }
  });
});
