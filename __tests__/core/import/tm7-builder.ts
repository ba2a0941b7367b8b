/** Small .tm7 documents for tests, written the way the Microsoft Threat Modeling Tool writes them, one element a line. */

const modelNs = 'http://schemas.datacontract.org/2004/07/ThreatModeling.Model';
const abstracts = 'xmlns="http://schemas.datacontract.org/2004/07/ThreatModeling.Model.Abstracts"';
const kbNs = 'http://schemas.datacontract.org/2004/07/ThreatModeling.KnowledgeBase';

export interface Tm7Stencil {
  guid: string;
  /** null writes `i:nil="true"`. */
  name: string | null;
  generic: string;
  type: string;
  typeLabel?: string;
  shape?: string;
  rect?: [number, number, number, number];
  properties?: Record<string, string>;
}

export interface Tm7Line {
  guid: string;
  name: string | null;
  generic?: string;
  type?: string;
  shape?: string;
  source?: string;
  target?: string;
  /** source x, y, handle x, y, target x, y */
  points?: [number, number, number, number, number, number];
}

export interface Tm7Threat {
  id: string;
  flow: string;
  state?: string;
  title?: string;
  category?: string | null;
  priority?: string;
  justification?: string;
  description?: string;
  mitigation?: string;
}

export interface Tm7Parts {
  name?: string;
  borders: Tm7Stencil[];
  /** undefined leaves the `Lines` element out. */
  lines?: Tm7Line[];
  threats?: Tm7Threat[];
  knowledgeBase?: string;
  prolog?: string;
}

export function tm7(parts: Tm7Parts): string {
  const out: string[] = [];
  if (parts.prolog !== undefined) out.push(parts.prolog);
  out.push(`<ThreatModel xmlns="${modelNs}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">`);
  out.push('<DrawingSurfaceList>');
  out.push('<DrawingSurfaceModel xmlns:z="http://schemas.microsoft.com/2003/10/Serialization/" z:Id="i1">');
  out.push(`<GenericTypeId ${abstracts}>DRAWINGSURFACE</GenericTypeId>`);
  out.push(`<Guid ${abstracts}>surface-1</Guid>`);
  out.push(`<TypeId ${abstracts}>DRAWINGSURFACE</TypeId>`);
  out.push('<Borders xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">');
  for (const stencil of parts.borders) out.push(...writeStencil(stencil));
  out.push('</Borders>');
  if (parts.lines) {
    out.push('<Lines xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">');
    for (const line of parts.lines) out.push(...writeLine(line));
    out.push('</Lines>');
  }
  out.push('</DrawingSurfaceModel>');
  out.push('</DrawingSurfaceList>');
  out.push('<MetaInformation>');
  out.push(`<ThreatModelName>${parts.name ?? 'Test system'}</ThreatModelName>`);
  out.push('<Owner>Security team</Owner>');
  out.push('</MetaInformation>');
  out.push('<ThreatInstances xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">');
  for (const threat of parts.threats ?? []) out.push(...writeThreat(threat));
  out.push('</ThreatInstances>');
  if (parts.knowledgeBase !== undefined) out.push(parts.knowledgeBase);
  out.push('</ThreatModel>');
  return `${out.join('\n')}\n`;
}

function property(kind: string, displayName: string, value: string | null): string {
  const written =
    value === null
      ? '<b:Value i:nil="true"/>'
      : `<b:Value xmlns:c="http://www.w3.org/2001/XMLSchema" i:type="c:string">${value}</b:Value>`;
  return `<a:anyType xmlns:b="${kbNs}" i:type="b:${kind}"><b:DisplayName>${displayName}</b:DisplayName><b:Name/>${written}</a:anyType>`;
}

function writeStencil(stencil: Tm7Stencil): string[] {
  const [left, top, width, height] = stencil.rect ?? [0, 0, 100, 100];
  return [
    '<a:KeyValueOfguidanyType>',
    `<a:Key>${stencil.guid}</a:Key>`,
    `<a:Value z:Id="${stencil.guid}-z" i:type="${stencil.shape ?? 'StencilEllipse'}">`,
    `<GenericTypeId ${abstracts}>${stencil.generic}</GenericTypeId>`,
    `<Guid ${abstracts}>${stencil.guid}</Guid>`,
    `<Properties ${abstracts}>`,
    property('HeaderDisplayAttribute', stencil.typeLabel ?? 'Stencil', null),
    property('StringDisplayAttribute', 'Name', stencil.name),
    ...Object.entries(stencil.properties ?? {}).map(([k, v]) => property('StringDisplayAttribute', k, v)),
    '</Properties>',
    `<TypeId ${abstracts}>${stencil.type}</TypeId>`,
    `<Height ${abstracts}>${height}</Height>`,
    `<Left ${abstracts}>${left}</Left>`,
    `<StrokeDashArray i:nil="true" ${abstracts}/>`,
    `<Top ${abstracts}>${top}</Top>`,
    `<Width ${abstracts}>${width}</Width>`,
    '</a:Value>',
    '</a:KeyValueOfguidanyType>',
  ];
}

function writeLine(line: Tm7Line): string[] {
  const [sx, sy, hx, hy, tx, ty] = line.points ?? [0, 0, 50, 50, 100, 100];
  return [
    '<a:KeyValueOfguidanyType>',
    `<a:Key>${line.guid}</a:Key>`,
    `<a:Value z:Id="${line.guid}-z" i:type="${line.shape ?? 'Connector'}">`,
    `<GenericTypeId ${abstracts}>${line.generic ?? 'GE.DF'}</GenericTypeId>`,
    `<Guid ${abstracts}>${line.guid}</Guid>`,
    `<Properties ${abstracts}>`,
    property('HeaderDisplayAttribute', 'Data Flow', null),
    property('StringDisplayAttribute', 'Name', line.name),
    '</Properties>',
    `<TypeId ${abstracts}>${line.type ?? 'GE.DF'}</TypeId>`,
    `<HandleX ${abstracts}>${hx}</HandleX>`,
    `<HandleY ${abstracts}>${hy}</HandleY>`,
    line.source === undefined
      ? `<SourceGuid ${abstracts}/>`
      : `<SourceGuid ${abstracts}>${line.source}</SourceGuid>`,
    `<SourceX ${abstracts}>${sx}</SourceX>`,
    `<SourceY ${abstracts}>${sy}</SourceY>`,
    line.target === undefined
      ? `<TargetGuid ${abstracts}/>`
      : `<TargetGuid ${abstracts}>${line.target}</TargetGuid>`,
    `<TargetX ${abstracts}>${tx}</TargetX>`,
    `<TargetY ${abstracts}>${ty}</TargetY>`,
    '</a:Value>',
    '</a:KeyValueOfguidanyType>',
  ];
}

function writeThreat(threat: Tm7Threat): string[] {
  const pair = (key: string, value: string): string =>
    `<a:KeyValueOfstringstring><a:Key>${key}</a:Key><a:Value>${value}</a:Value></a:KeyValueOfstringstring>`;
  const properties = [
    pair('Title', threat.title ?? 'A threat'),
    threat.category === null ? '' : pair('UserThreatCategory', threat.category ?? 'Tampering'),
    pair('UserThreatDescription', threat.description ?? 'What can go wrong.'),
    threat.mitigation === undefined ? '' : pair('Mitigation(s)', threat.mitigation),
  ].join('');
  return [
    '<a:KeyValueOfstringThreatpc_P0_PhOB>',
    `<a:Key>T${threat.id}${threat.flow}</a:Key>`,
    `<a:Value xmlns:b="${kbNs}">`,
    `<b:FlowGuid>${threat.flow}</b:FlowGuid>`,
    `<b:Id>${threat.id}</b:Id>`,
    `<b:Priority>${threat.priority ?? 'High'}</b:Priority>`,
    `<b:Properties>${properties}</b:Properties>`,
    `<b:State>${threat.state ?? 'NotStarted'}</b:State>`,
    threat.justification === undefined
      ? '<b:StateInformation i:nil="true"/>'
      : `<b:StateInformation>${threat.justification}</b:StateInformation>`,
    '<b:Title i:nil="true"/>',
    '<b:TypeId>T1</b:TypeId>',
    '</a:Value>',
    '</a:KeyValueOfstringThreatpc_P0_PhOB>',
  ];
}

/** A web application in a corporate network calling a SQL database, reached by a browser over HTTPS. */
export const webSystem: Tm7Parts = {
  borders: [
    {
      guid: 'g-browser',
      name: 'Browser',
      generic: 'GE.EI',
      type: 'SE.EI.TMCore.Browser',
      shape: 'StencilRectangle',
      rect: [0, 0, 100, 100],
    },
    {
      guid: 'g-web',
      name: 'Shop front',
      generic: 'GE.P',
      type: 'SE.P.TMCore.WebApp',
      rect: [300, 0, 100, 100],
    },
    {
      guid: 'g-db',
      name: 'Orders DB',
      generic: 'GE.DS',
      type: 'SE.DS.TMCore.SQL',
      shape: 'StencilParallelLines',
      rect: [600, 0, 100, 100],
    },
    {
      guid: 'g-corp',
      name: 'CorpNet',
      generic: 'GE.TB.B',
      type: 'SE.TB.B.TMCore.CorpNet',
      shape: 'BorderBoundary',
      rect: [250, -50, 500, 200],
    },
  ],
  lines: [
    {
      guid: 'f-req',
      name: 'Request',
      type: 'SE.DF.TMCore.HTTPS',
      source: 'g-browser',
      target: 'g-web',
      points: [100, 50, 200, 50, 300, 50],
    },
    { guid: 'f-sql', name: 'Query', source: 'g-web', target: 'g-db', points: [400, 50, 500, 50, 600, 50] },
  ],
};
