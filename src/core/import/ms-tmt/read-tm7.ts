import { xmlChild, xmlChildren, xmlText, xsiAttribute, type XmlElement } from '../../source/parse-xml.js';
import type { SourceSpan } from '../import-findings.js';

/** One drawn shape of a .tm7 diagram: a stencil or border boundary (under `Borders`), or a line (under `Lines`). */
export interface TmtShape {
  guid: string;
  /** The `i:type` of the shape: StencilRectangle, StencilEllipse, StencilParallelLines, BorderBoundary, Connector, LineBoundary… */
  shapeType: string | undefined;
  genericTypeId: string | undefined;
  typeId: string | undefined;
  /** The stencil's own name for its type: the first header of its properties ("Web Application"). */
  typeLabel: string | undefined;
  name: string | undefined;
  properties: ReadonlyMap<string, string>;
  /** Where the shape sits in the file: its GUID key (findings point there) and the whole entry. */
  keySpan: SourceSpan;
  span: SourceSpan;
  typeSpan: SourceSpan | undefined;
  rect: { left: number; top: number; width: number; height: number } | undefined;
  line: TmtLineGeometry | undefined;
  sourceGuid: string | undefined;
  targetGuid: string | undefined;
  sourceSpan: SourceSpan | undefined;
  targetSpan: SourceSpan | undefined;
}

export interface TmtLineGeometry {
  source: Point;
  handle: Point;
  target: Point;
}

export interface Point {
  x: number;
  y: number;
}

export interface TmtSurface {
  guid: string;
  name: string | undefined;
  borders: TmtShape[];
  lines: TmtShape[];
  /** Whether the diagram has a `Lines` element at all (a file without one has no flows). */
  hasLines: boolean;
}

/** One entry of the embedded template: a stencil type and the type it derives from. */
export interface TmtElementType {
  id: string;
  name: string | undefined;
  parentId: string | undefined;
  representation: string | undefined;
}

export interface TmtThreat {
  key: string;
  id: string | undefined;
  span: SourceSpan;
  fields: ReadonlyMap<string, string>;
  /** `Properties` of the threat, by key (a name such as Title, or a GUID the template labels). */
  properties: ReadonlyMap<string, string>;
}

/** What a .tm7 holds, read from its XML without interpretation. */
export interface TmtDocument {
  name: string | undefined;
  description: string | undefined;
  owner: string | undefined;
  surfaces: TmtSurface[];
  threats: TmtThreat[];
  elementTypes: ReadonlyMap<string, TmtElementType>;
  threatCategories: ReadonlyMap<string, string>;
  threatTypes: ReadonlyMap<string, { title: string | undefined; category: string | undefined }>;
  /** Labels of threat properties, by their key: `f2f2ba8a-…` → `Mitigation(s)`. */
  propertyLabels: ReadonlyMap<string, string>;
}

/** Reads the parts of a `ThreatModel` document that threat-align uses. */
export function readTm7(root: XmlElement): TmtDocument {
  const meta = xmlChild(root, 'MetaInformation');
  const knowledge = xmlChild(root, 'KnowledgeBase');
  return {
    name: xmlText(xmlChild(meta, 'ThreatModelName')),
    description: xmlText(xmlChild(meta, 'HighLevelSystemDescription')),
    owner: xmlText(xmlChild(meta, 'Owner')),
    surfaces: xmlChildren(xmlChild(root, 'DrawingSurfaceList'), 'DrawingSurfaceModel').map(readSurface),
    threats: (xmlChild(root, 'ThreatInstances')?.children ?? []).map(readThreat).filter(isDefined),
    elementTypes: readElementTypes(knowledge),
    threatCategories: new Map(
      xmlChildren(xmlChild(knowledge, 'ThreatCategories'), 'ThreatCategory').flatMap((category) => {
        const id = xmlText(xmlChild(category, 'Id'));
        const name = xmlText(xmlChild(category, 'Name'));
        return id !== undefined && name !== undefined ? [[id, name] as const] : [];
      }),
    ),
    threatTypes: new Map(
      xmlChildren(xmlChild(knowledge, 'ThreatTypes'), 'ThreatType').flatMap((type) => {
        const id = xmlText(xmlChild(type, 'Id'));
        if (id === undefined) return [];
        const title = xmlText(xmlChild(type, 'ShortTitle'));
        return [[id, { title, category: xmlText(xmlChild(type, 'Category')) }] as const];
      }),
    ),
    propertyLabels: readPropertyLabels(knowledge),
  };
}

function readSurface(surface: XmlElement): TmtSurface {
  const lines = xmlChild(surface, 'Lines');
  return {
    guid: xmlText(xmlChild(surface, 'Guid')) ?? '',
    name: readProperties(xmlChild(surface, 'Properties')).get('Name'),
    borders: xmlChildren(xmlChild(surface, 'Borders'), 'KeyValueOfguidanyType')
      .map(readShape)
      .filter(isDefined),
    lines: xmlChildren(lines, 'KeyValueOfguidanyType').map(readShape).filter(isDefined),
    hasLines: lines !== undefined,
  };
}

function readShape(entry: XmlElement): TmtShape | undefined {
  const key = xmlChild(entry, 'Key');
  const value = xmlChild(entry, 'Value');
  const guid = xmlText(key) ?? xmlText(xmlChild(value, 'Guid'));
  if (!value || guid === undefined) return undefined;
  const headers = xmlChildren(xmlChild(value, 'Properties'), 'anyType');
  const properties = readProperties(xmlChild(value, 'Properties'));
  const typeElement = xmlChild(value, 'TypeId');
  const source = xmlChild(value, 'SourceGuid');
  const target = xmlChild(value, 'TargetGuid');
  return {
    guid,
    shapeType: localName(xsiAttribute(value, 'type')),
    genericTypeId: xmlText(xmlChild(value, 'GenericTypeId')),
    typeId: xmlText(typeElement),
    typeLabel: headers
      .filter((header) => localName(xsiAttribute(header, 'type')) === 'HeaderDisplayAttribute')
      .map((header) => xmlText(xmlChild(header, 'DisplayName')))
      .find(isDefined),
    name: properties.get('Name'),
    properties,
    keySpan: spanOf(key ?? entry),
    span: spanOf(entry),
    typeSpan: typeElement && spanOf(typeElement),
    rect: readRect(value),
    line: readLine(value),
    sourceGuid: xmlText(source),
    targetGuid: xmlText(target),
    sourceSpan: source && spanOf(source),
    targetSpan: target && spanOf(target),
  };
}

/** Display attributes by display name: `Name` → `Web front end`, `Out Of Scope` → `false`. */
function readProperties(properties: XmlElement | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const attribute of xmlChildren(properties, 'anyType')) {
    const name = xmlText(xmlChild(attribute, 'DisplayName'));
    const value = xmlText(xmlChild(attribute, 'Value'));
    if (name !== undefined && value !== undefined && !map.has(name)) map.set(name, value);
  }
  return map;
}

function readRect(value: XmlElement): TmtShape['rect'] {
  const [left, top, width, height] = ['Left', 'Top', 'Width', 'Height'].map((n) => readNumber(value, n));
  if (left === undefined || top === undefined || width === undefined || height === undefined)
    return undefined;
  return { left, top, width, height };
}

function readLine(value: XmlElement): TmtLineGeometry | undefined {
  const point = (x: string, y: string): Point | undefined => {
    const px = readNumber(value, x);
    const py = readNumber(value, y);
    return px === undefined || py === undefined ? undefined : { x: px, y: py };
  };
  const source = point('SourceX', 'SourceY');
  const target = point('TargetX', 'TargetY');
  if (!source || !target) return undefined;
  const handle = point('HandleX', 'HandleY') ?? {
    x: (source.x + target.x) / 2,
    y: (source.y + target.y) / 2,
  };
  return { source, handle, target };
}

function readNumber(element: XmlElement, name: string): number | undefined {
  const text = xmlText(xmlChild(element, name));
  const number = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(number) ? number : undefined;
}

function readThreat(entry: XmlElement): TmtThreat | undefined {
  const value = xmlChild(entry, 'Value');
  if (!value) return undefined;
  const fields = new Map<string, string>();
  for (const child of value.children) {
    const text = xmlText(child);
    if (child.name !== 'Properties' && text !== undefined) fields.set(child.name, text);
  }
  const properties = new Map<string, string>();
  for (const pair of xmlChildren(xmlChild(value, 'Properties'), 'KeyValueOfstringstring')) {
    const key = xmlText(xmlChild(pair, 'Key'));
    const text = xmlText(xmlChild(pair, 'Value'));
    if (key !== undefined && text !== undefined && !properties.has(key)) properties.set(key, text);
  }
  return {
    key: xmlText(xmlChild(entry, 'Key')) ?? '',
    id: fields.get('Id'),
    span: spanOf(entry),
    fields,
    properties,
  };
}

function readElementTypes(knowledge: XmlElement | undefined): Map<string, TmtElementType> {
  const types = new Map<string, TmtElementType>();
  for (const section of ['GenericElements', 'StandardElements']) {
    for (const type of xmlChildren(xmlChild(knowledge, section), 'ElementType')) {
      const id = xmlText(xmlChild(type, 'Id'));
      if (id === undefined || types.has(id)) continue;
      types.set(id, {
        id,
        name: xmlText(xmlChild(type, 'Name')),
        parentId: xmlText(xmlChild(type, 'ParentId')),
        representation: xmlText(xmlChild(type, 'Representation')),
      });
    }
  }
  return types;
}

function readPropertyLabels(knowledge: XmlElement | undefined): Map<string, string> {
  const labels = new Map<string, string>();
  const data = [
    xmlChild(xmlChild(knowledge, 'ThreatMetaData'), 'PropertiesMetaData'),
    ...xmlChildren(xmlChild(knowledge, 'ThreatTypes'), 'ThreatType').map((t) =>
      xmlChild(t, 'PropertiesMetaData'),
    ),
  ];
  for (const datum of data.flatMap((d) => xmlChildren(d, 'ThreatMetaDatum'))) {
    const name = xmlText(xmlChild(datum, 'Name'));
    const label = xmlText(xmlChild(datum, 'Label'));
    if (name !== undefined && label !== undefined && !labels.has(name)) labels.set(name, label);
  }
  return labels;
}

/** `b:HeaderDisplayAttribute` → `HeaderDisplayAttribute`: DataContract writes QNames in attribute values. */
function localName(qualified: string | undefined): string | undefined {
  return qualified?.slice(qualified.indexOf(':') + 1);
}

function spanOf(element: XmlElement): SourceSpan {
  return { start: element.start, end: element.end };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
