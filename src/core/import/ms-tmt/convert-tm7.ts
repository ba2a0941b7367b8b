import type { Finding } from '../../findings/finding.js';
import type { Boundary, Component, Flow, HandWrittenThreat, ThreatModel } from '../../model/threat-model.js';
import type { SourceIndex } from '../../source/source-index.js';
import { unmappedFinding, type SourceSpan } from '../import-findings.js';
import type { InferenceNote } from '../model-reader.js';
import { clipText } from '../import-text.js';
import { kebabCase, NativeIds } from '../native-ids.js';
import type { TmtDocument, TmtShape, TmtSurface } from './read-tm7.js';
import { centre, innermostBox, linesCross, parentBoxes, type Rect } from './tmt-geometry.js';
import { convertThreat } from './tmt-threats.js';
import {
  baseTypes,
  boundaryKindMap,
  classifyShape,
  flowProtocolMap,
  isGenericShape,
  mapComponentType,
  typeNameOf,
  type TmtKind,
} from './tmt-types.js';

const mappingDoc = 'docs/import-mappings/ms-tmt.md';

/** The native model of a .tm7, what was inferred, and what could not be carried over. */
export interface ConvertedTm7 {
  model: Omit<ThreatModel, 'components'> & { components: Component[] };
  findings: Finding[];
  notes: InferenceNote[];
}

/** Turns the shapes, lines and threat instances of a .tm7 into a native model, recording where each part came from. */
export function convertTm7(doc: TmtDocument, index: SourceIndex, fallbackName: string): ConvertedTm7 {
  const run = new Conversion(doc, index);
  for (const surface of doc.surfaces) run.readSurface(surface);
  for (const surface of doc.surfaces) run.readFlows(surface);
  run.readThreats();
  const model: ConvertedTm7['model'] = {
    schema: 'threat-align/v1',
    system: { name: clipText(doc.name) ?? fallbackName },
    components: run.components,
  };
  const description = clipText(doc.description);
  const owner = clipText(doc.owner);
  if (description !== undefined) model.system.description = description;
  if (owner !== undefined) model.system.owner = owner;
  if (run.boundaries.length > 0) model.boundaries = run.boundaries;
  if (run.flows.length > 0) model.flows = run.flows;
  if (run.threats.length > 0) model.threats = run.threats;
  return { model, findings: run.findings, notes: run.notes };
}

class Conversion {
  readonly findings: Finding[] = [];
  readonly notes: InferenceNote[] = [];
  readonly boundaries: Boundary[] = [];
  readonly components: Component[] = [];
  readonly flows: Flow[] = [];
  readonly threats: HandWrittenThreat[] = [];
  private readonly ids = new NativeIds();
  private readonly seen = new Set<string>();
  private readonly componentIds = new Map<string, string>();
  private readonly flowIds = new Map<string, string>();

  constructor(
    private readonly doc: TmtDocument,
    private readonly index: SourceIndex,
  ) {}

  readSurface(surface: TmtSurface): void {
    const boxes: { id: string; name: string; rect: Rect; at: number }[] = [];
    const shapes: { shape: TmtShape; kind: 'process' | 'data-store' | 'external-entity' }[] = [];
    for (const shape of surface.borders) {
      if (!this.firstSight(shape)) continue;
      const kind = classifyShape(shape, this.doc.elementTypes);
      if (kind === 'border-boundary') {
        const at = this.addBoundary(shape);
        const name = this.boundaries[at]?.id ?? '';
        if (shape.rect) boxes.push({ id: name, name: shape.name ?? name, rect: shape.rect, at });
      } else if (kind === 'process' || kind === 'data-store' || kind === 'external-entity') {
        shapes.push({ shape, kind });
      } else if (kind !== 'annotation') {
        this.misplaced(shape, kind, 'Borders');
      }
    }
    parentBoxes(boxes).forEach((parent, i) => {
      const box = boxes[i];
      const outer = parent === undefined ? undefined : boxes[parent];
      const boundary = box && this.boundaries[box.at];
      if (!boundary || !outer) return;
      boundary.parent = outer.id;
      this.note(`/boundaries/${box.at}/parent`, `drawn inside the border boundary "${outer.name}"`);
    });
    for (const { shape, kind } of shapes) this.addComponent(shape, kind, boxes);
  }

  readFlows(surface: TmtSurface): void {
    const lineBoundaries: TmtShape[] = [];
    const drawn: { flow: Flow; shape: TmtShape }[] = [];
    for (const shape of surface.lines) {
      if (!this.firstSight(shape)) continue;
      const kind = classifyShape(shape, this.doc.elementTypes);
      if (kind === 'line-boundary') lineBoundaries.push(shape);
      else if (kind === 'flow') {
        const flow = this.addFlow(shape);
        if (flow) drawn.push({ flow, shape });
      } else this.misplaced(shape, kind, 'Lines');
    }
    for (const boundary of lineBoundaries) this.markCrossings(boundary, drawn);
  }

  readThreats(): void {
    for (const source of this.doc.threats) {
      const label = source.id ?? source.key;
      const flowGuid = source.fields.get('FlowGuid');
      const target = flowGuid === undefined ? undefined : this.flowIds.get(flowGuid);
      if (target === undefined) {
        this.unmapped(source.span, `tmt-threat:${label}`, {
          message: `threat ${label} is about the flow ${flowGuid ?? '(none)'}, which is not in the imported model: the threat is left out`,
          hint: 'Open the model in the Microsoft Threat Modeling Tool, regenerate its threats, and save it again; or write the threat by hand in a native model.',
        });
        continue;
      }
      const converted = convertThreat(source, this.doc);
      const id = this.ids.claim(`TMT-${kebabCase(source.id ?? '')}`, 'TMT-threat');
      const at = this.threats.length;
      this.threats.push({ id, ...converted.threat, target });
      this.index.record(`/threats/${at}`, source.span);
      if (converted.unknownCategory) {
        this.unmapped(source.span, `tmt-threat-category:${label}`, {
          message: `threat ${label} has the category "${converted.category ?? '(none)'}", which is no STRIDE category: it is imported as T, I, D (a data flow's STRIDE)`,
          hint: 'Give the threat one of the six STRIDE categories in the Microsoft Threat Modeling Tool.',
        });
      }
      if (converted.unknownState !== undefined) {
        this.unmapped(source.span, `tmt-threat-state:${label}`, {
          message: `threat ${label} has the state "${converted.unknownState}", which threat-align does not know: it is imported as open`,
          hint: 'Set the state to Not Started, Needs Investigation, Not Applicable or Mitigated.',
        });
      }
    }
  }

  private addBoundary(shape: TmtShape): number {
    const at = this.boundaries.length;
    const boundary: Boundary = { id: this.ids.claim(kebabCase(shape.name ?? ''), 'boundary') };
    const name = clipText(shape.name);
    const kind = shape.typeId === undefined ? undefined : boundaryKindMap.get(shape.typeId);
    if (name !== undefined) boundary.name = name;
    if (kind !== undefined) boundary.kind = kind;
    this.boundaries.push(boundary);
    this.index.record(`/boundaries/${at}`, shape.span);
    return at;
  }

  private addComponent(
    shape: TmtShape,
    kind: keyof typeof baseTypes,
    boxes: { id: string; name: string; rect: Rect }[],
  ): void {
    const at = this.components.length;
    const pointer = `/components/${at}`;
    const typeName = typeNameOf(shape, this.doc.elementTypes);
    const mapped = mapComponentType(shape, this.doc.elementTypes);
    const component: Component = {
      id: this.ids.claim(kebabCase(shape.name ?? typeName ?? ''), kind),
      type: mapped ?? baseTypes[kind],
    };
    const name = clipText(shape.name);
    if (name !== undefined) component.name = name;
    const box = shape.rect && innermostBox(centre(shape.rect), boxes);
    if (box) {
      component.boundary = box.id;
      this.note(`${pointer}/boundary`, `drawn inside the border boundary "${box.name}"`);
    }
    this.components.push(component);
    this.componentIds.set(shape.guid, component.id);
    this.index.record(pointer, shape.span);
    this.index.record(`${pointer}/type`, shape.typeSpan ?? shape.keySpan);
    if (mapped === undefined && !isGenericShape(shape)) {
      this.unmapped(shape.keySpan, shape.guid, {
        message: `the stencil type "${typeName ?? shape.typeId ?? '(unnamed)'}" of "${shape.name ?? shape.guid}" has no knowledge-base counterpart: imported as the generic ${baseTypes[kind]}`,
        hint: `Use a stencil from Microsoft's templates, or convert the model with threat-align import and set a component type (mapping table: ${mappingDoc}).`,
      });
    } else if (
      mapped !== undefined &&
      shape.typeId !== undefined &&
      !shape.typeId.startsWith('SE.') &&
      !shape.typeId.startsWith('GE.')
    ) {
      this.note(`${pointer}/type`, `the stencil type "${typeName ?? ''}" read as ${mapped} by its name`);
    }
    if (shape.properties.get('Out Of Scope') === 'true') {
      // The tool's own mark: the knowledge base generates no threats on the element.
      component.outOfScope = true;
      const why = shape.properties.get('Reason For Out Of Scope');
      this.note(
        `${pointer}/outOfScope`,
        `out of scope in the Microsoft Threat Modeling Tool${why ? ` (${why})` : ''}`,
      );
    }
  }

  private addFlow(shape: TmtShape): Flow | undefined {
    const from = shape.sourceGuid === undefined ? undefined : this.componentIds.get(shape.sourceGuid);
    const to = shape.targetGuid === undefined ? undefined : this.componentIds.get(shape.targetGuid);
    if (from === undefined || to === undefined) {
      const missing = from === undefined ? shape.sourceGuid : shape.targetGuid;
      this.unmapped(shape.keySpan, shape.guid, {
        message: `the data flow "${shape.name ?? shape.guid}" connects to ${missing ?? 'nothing'}, which is no process, data store or external interactor of the file: the flow is left out`,
        hint: 'Connect both ends of the flow to elements in the Microsoft Threat Modeling Tool and save the model again.',
      });
      return undefined;
    }
    const at = this.flows.length;
    const flow: Flow = { id: this.ids.claim(kebabCase(shape.name ?? ''), 'flow'), from, to };
    const name = clipText(shape.name);
    const protocol = shape.typeId === undefined ? undefined : flowProtocolMap.get(shape.typeId);
    if (name !== undefined) flow.name = name;
    if (protocol !== undefined) flow.protocol = protocol;
    if (shape.properties.get('Out Of Scope') === 'true') {
      flow.outOfScope = true;
      const why = shape.properties.get('Reason For Out Of Scope');
      this.note(
        `/flows/${at}/outOfScope`,
        `out of scope in the Microsoft Threat Modeling Tool${why ? ` (${why})` : ''}`,
      );
    }
    this.flows.push(flow);
    this.flowIds.set(shape.guid, flow.id);
    this.index.record(`/flows/${at}`, shape.span);
    if (shape.sourceSpan) this.index.record(`/flows/${at}/from`, shape.sourceSpan);
    if (shape.targetSpan) this.index.record(`/flows/${at}/to`, shape.targetSpan);
    return flow;
  }

  /**
   * A line boundary is a stroke, not a zone: it cannot become a native boundary that components sit in.
   * The flows it crosses on the diagram are marked `crossesLineBoundary: true`, and the boundary is reported.
   */
  private markCrossings(boundary: TmtShape, drawn: { flow: Flow; shape: TmtShape }[]): void {
    const name = boundary.name ?? typeNameOf(boundary, this.doc.elementTypes) ?? boundary.guid;
    const stroke = boundary.line;
    const crossing = stroke
      ? drawn.filter(({ shape }) => shape.line !== undefined && linesCross(shape.line, stroke))
      : [];
    for (const { flow } of crossing) {
      flow.properties = { ...flow.properties, crossesLineBoundary: true };
      const at = this.flows.indexOf(flow);
      this.note(
        `/flows/${at}/properties/crossesLineBoundary`,
        `crosses the line boundary "${name}" on the diagram`,
      );
    }
    const crossed = crossing.map(({ flow }) => flow.id).join(', ');
    this.unmapped(boundary.keySpan, boundary.guid, {
      message: `the line boundary "${name}" is a stroke, not a zone the native model can express: ${crossing.length === 0 ? 'it crosses no flow' : `the flows it crosses (${crossed}) are marked crossesLineBoundary: true`}, and no component is put inside it`,
      hint: `Draw the trust boundary as a border boundary (a box around its elements) so that its members are known, or convert the model and give the components a boundary (${mappingDoc}).`,
    });
  }

  private misplaced(shape: TmtShape, kind: TmtKind | undefined, list: string): void {
    this.unmapped(shape.keySpan, shape.guid, {
      message: `"${shape.name ?? shape.guid}" (${shape.shapeType ?? 'unknown shape'}${kind === undefined ? '' : `, a ${kind}`}) is not an element threat-align can read from ${list}: it is left out`,
      hint: `Check that the file was saved by the Microsoft Threat Modeling Tool; the shapes it reads are listed in ${mappingDoc}.`,
    });
  }

  /** A GUID drawn twice is read once: the second is reported. */
  private firstSight(shape: TmtShape): boolean {
    if (!this.seen.has(shape.guid)) {
      this.seen.add(shape.guid);
      return true;
    }
    this.unmapped(shape.keySpan, `duplicate:${shape.guid}`, {
      message: `the GUID ${shape.guid} is used by more than one shape: only the first is imported`,
      hint: 'Give each shape its own GUID (copy and paste in the Microsoft Threat Modeling Tool does so).',
    });
    return false;
  }

  private unmapped(span: SourceSpan, subject: string, what: { message: string; hint: string }): void {
    this.findings.push(unmappedFinding(this.index, span, { ...what, subject }));
  }

  private note(pointer: string, text: string): void {
    this.notes.push({ pointer, text });
  }
}
