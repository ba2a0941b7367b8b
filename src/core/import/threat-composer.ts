import type { Component, ThreatModel } from '../model/threat-model.js';
import {
  clip,
  dig,
  field,
  isJsonObject,
  oneLine,
  parseJsonForDetection,
  readJsonImportSource,
  textOf,
  type JsonObject,
} from './json-import-source.js';
import type { ImportResult, ModelReader } from './model-reader.js';
import { importDocs, NativeModelBuilder } from './native-model-builder.js';
import { kebabCase } from './native-ids.js';
import { resolveLinks } from './threat-composer-links.js';
import { readComposerThreat } from './threat-composer-threats.js';
import { refineImportedModel } from './refine-imported-model.js';

const lists = ['threats', 'mitigations', 'assumptions'];

/**
 * An AWS Threat Composer export: `schema` (a number) beside lists of threats, mitigations or
 * assumptions. A file named `.tc.json` is claimed even when it is not JSON, so that the JSON error
 * is reported at its place (TA101) rather than as an unknown format.
 */
function isThreatComposer(text: string, file: string): boolean {
  const claimed = /\.tc\.json$/i.test(file);
  const root = parseJsonForDetection(text);
  if (root === undefined) return claimed;
  if (!isJsonObject(root)) return false;
  const hasLists = lists.some((key) => Array.isArray(field(root, key)));
  if (typeof field(root, 'schema') === 'number' && hasLists) return true;
  return claimed && (hasLists || isJsonObject(field(root, 'applicationInfo')));
}

export const threatComposerReader: ModelReader = {
  format: 'threat-composer',
  title: 'AWS Threat Composer',
  detect: isThreatComposer,
  read: (file, text) => refineImportedModel(readThreatComposer(file, text)),
};

/**
 * Threat Composer records threats, mitigations and assumptions, but no components or flows. The
 * native model needs a component for threats to apply to, so one stands for the whole application;
 * that it is inferred is both noted and reported (TA107), never passed off as read.
 */
function readThreatComposer(file: string, text: string): ImportResult {
  const read = readJsonImportSource(file, text);
  if (!read.source)
    return { format: 'threat-composer', index: read.index, findings: read.findings, notes: [] };
  const builder = new NativeModelBuilder('threat-composer', read.source);
  const root = read.source.root;
  if (!isJsonObject(root)) {
    return builder.unreadable(
      '',
      'root',
      'expected an AWS Threat Composer export: an object with threats, mitigations and assumptions',
      'Export the workspace from Threat Composer again (Export as JSON).',
    );
  }
  const schema = field(root, 'schema');
  if (schema !== 1) {
    const written = schema === undefined ? 'is missing' : `${clip(JSON.stringify(schema), 40)} is not 1`;
    builder.note('', `the Threat Composer schema version ${written}: the file is read as schema 1`);
  }
  const component = applicationComponent(builder, root);
  const links = resolveLinks(builder, root);
  const threats = links.threats.map((entry, i) => readComposerThreat(builder, links, entry, i, component.id));
  const name = textOf(dig(root, 'applicationInfo', 'name'));
  const description = textOf(dig(root, 'applicationInfo', 'description'));
  const system: ThreatModel['system'] = {
    name: name === undefined ? 'Threat Composer model' : clip(oneLine(name), 200),
  };
  if (description !== undefined) system.description = clip(description, 100_000);
  builder.trace('/system', isJsonObject(field(root, 'applicationInfo')) ? '/applicationInfo' : '');
  if (name !== undefined) builder.trace('/system/name', '/applicationInfo/name');
  builder.trace('/threats', Array.isArray(field(root, 'threats')) ? '/threats' : '');
  return builder.result({
    schema: 'threat-align/v1',
    system,
    components: [component],
    ...(threats.length > 0 ? { threats } : {}),
  });
}

/** The one component: the application, described by the architecture and data-flow texts. */
function applicationComponent(builder: NativeModelBuilder, root: JsonObject): Component {
  const name = textOf(dig(root, 'applicationInfo', 'name'));
  const id = builder.ids.claim(kebabCase(name ?? ''), 'application');
  const component: Component = {
    id,
    name: name === undefined ? 'Application' : clip(oneLine(name), 200),
    type: 'process',
  };
  const texts = [
    ['Architecture', textOf(dig(root, 'architecture', 'description'))],
    ['Data flow', textOf(dig(root, 'dataflow', 'description'))],
  ].filter((pair): pair is [string, string] => pair[1] !== undefined);
  if (texts.length > 0) {
    component.description = clip(
      texts.map(([title, body]) => `${title} (from Threat Composer):\n${body}`).join('\n\n'),
      100_000,
    );
  }
  const at = isJsonObject(field(root, 'applicationInfo')) ? '/applicationInfo' : '';
  builder.trace('/components', at);
  builder.trace('/components/0', at);
  builder.trace('/components/0/id', name === undefined ? at : '/applicationInfo/name');
  builder.trace('/components/0/name', name === undefined ? at : '/applicationInfo/name');
  builder.note(
    '/components/0',
    'inferred: Threat Composer has no components, so this one stands for the whole application and every threat applies to it. Split it into the real components (and add flows) to get the knowledge base threats of each.',
  );
  builder.note('/components/0/type', 'process: the most general type, as nothing says more');
  const images = [
    ['architecture', 'architecture'],
    ['dataflow', 'data-flow'],
  ].flatMap(([key, shown]) => (textOf(dig(root, key ?? '', 'image')) === undefined ? [] : [shown]));
  const pictured =
    images.length === 0
      ? ''
      : `; the ${images.join(' and ')} diagram${images.length > 1 ? 's are images, which are' : ' is an image, which is'} not read`;
  builder.unmapped(
    isJsonObject(field(root, 'dataflow')) ? '/dataflow' : at,
    'components-and-flows',
    `AWS Threat Composer files have no components or flows: the model gets one component, ${id}, for the whole application, and every threat applies to it${pictured}`,
    `Convert the file with threat-align import and replace ${id} with the real components, their boundaries and flows (${importDocs}).`,
  );
  return component;
}
