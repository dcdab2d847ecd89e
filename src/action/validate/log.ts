import * as core from '@actions/core';
import type { ValidateLog } from '../../commands/validate/index.js';

/** Structured logs: one JSON object per line with `log-format: json`, `event key=value` otherwise. */
export function actionLog(format: 'text' | 'json', context: { tag: string; run_id: number }): ValidateLog {
  const write = (level: 'info' | 'warning', event: string, fields: Record<string, unknown> = {}) => {
    const line =
      format === 'json'
        ? JSON.stringify({ timestamp: new Date().toISOString(), level, ...context, event, ...fields })
        : [
            event,
            ...Object.entries({ ...context, ...fields }).map(
              ([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`,
            ),
          ].join(' ');
    if (level === 'warning') core.warning(line);
    else core.info(line);
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warning', event, fields),
  };
}
