import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schemaFile = '/work/shared/reference/azure-pipelines-task.schema.json';

/**
 * The shared schema is draft-04 (`id`, not `$id`) with a pattern that is not valid as a `u` regular
 * expression (`\:`): Ajv 8 reads it once its id is renamed and with unicodeRegExp off.
 */
function taskSchemaValidator() {
  const {
    id,
    $schema: _draft,
    ...rest
  } = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  return ajv.compile({ ...rest, $id: String(id) });
}

const task = JSON.parse(readFileSync('task.json', 'utf8')) as {
  id: string;
  version: Record<string, number>;
  inputs: { name: string; defaultValue?: unknown }[];
  execution: Record<string, { target: string }>;
  outputVariables: { name: string }[];
};

describe('task.json', () => {
  it('validates against the shared azure-pipelines-task schema', () => {
    const validate = taskSchemaValidator();
    expect(validate(task) ? [] : validate.errors).toEqual([]);
  });

  it('the schema validator rejects what it should (it is not a pass-everything)', () => {
    const validate = taskSchemaValidator();
    expect(validate({ ...task, execution: { Node22: { target: 'dist/task.js' } } })).toBe(false);
    expect(validate({ ...task, inputs: [{ name: 'bad-name', label: 'x', type: 'string' }] })).toBe(false);
  });

  it('runs dist/task.js on Node 20 and Node 24, with a fixed id and the inputs of the GitHub Action', () => {
    expect(task.execution).toEqual({
      Node20_1: { target: 'dist/task.js', argumentFormat: '' },
      Node24: { target: 'dist/task.js', argumentFormat: '' },
    });
    expect(task.id).toBe('5abed21c-0378-4354-abef-b3a49b665f53');
    expect(task.inputs.map((input) => input.name)).toEqual([
      'model',
      'knowledgeBase',
      'profile',
      'config',
      'backlog',
      'jiraSite',
      'jiraEmail',
      'jiraApiToken',
      'jiraPat',
      'areaPath',
      'tags',
      'workItemTypes',
      'failOn',
      'failOnNewOnly',
      'prComment',
      'loggedIssues',
      'summary',
      'sarifFile',
      'jsonFile',
      'backlogItems',
      'createWorkItemType',
      'detectionFolder',
    ]);
    expect(task.inputs.find((input) => input.name === 'backlog')?.defaultValue).toBe('azure-boards');
    expect(task.outputVariables.map((output) => output.name)).toEqual(['detectionFolder']);
  });
});
