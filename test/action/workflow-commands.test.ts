import * as core from '@actions/core';
import { describe, expect, it } from 'vitest';
import { workflowCommands } from '../support/workflow-commands.js';

describe('workflow commands in tests', () => {
  it('are captured for the test to assert on, not printed into the log', () => {
    core.setSecret('ghs_capturedToken0123456789');
    core.debug('a debug line');
    console.log('plain output still prints');
    expect(workflowCommands()).toEqual(['::add-mask::ghs_capturedToken0123456789', '::debug::a debug line']);
  });

  it('start empty in each test', () => {
    expect(workflowCommands()).toEqual([]);
  });
});
