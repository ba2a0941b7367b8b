import type { TmtElementType, TmtShape } from './read-tm7.js';

/** What a shape is in the data-flow diagram. */
export type TmtKind =
  'process' | 'data-store' | 'external-entity' | 'border-boundary' | 'line-boundary' | 'flow' | 'annotation';

/** The generic elements every TMT template derives its stencils from. */
const genericKinds: ReadonlyMap<string, TmtKind> = new Map([
  ['GE.P', 'process'],
  ['GE.DS', 'data-store'],
  ['GE.EI', 'external-entity'],
  ['GE.TB.B', 'border-boundary'],
  ['GE.TB.L', 'line-boundary'],
  ['GE.DF', 'flow'],
  ['GE.A', 'annotation'],
]);

/** How a template draws a generic element of its own (`Representation`), as TMT's own generic elements are drawn. */
const representationKinds: ReadonlyMap<string, TmtKind> = new Map([
  ['Ellipse', 'process'],
  ['ParallelLines', 'data-store'],
  ['Rectangle', 'external-entity'],
  ['BorderBoundary', 'border-boundary'],
  ['LineBoundary', 'line-boundary'],
  ['Line', 'flow'],
  ['Annotation', 'annotation'],
]);

/** The `i:type` of the shape, the last resort when neither the type ids nor the embedded template say. */
const shapeKinds: ReadonlyMap<string, TmtKind> = new Map([
  ['StencilEllipse', 'process'],
  ['StencilParallelLines', 'data-store'],
  ['StencilRectangle', 'external-entity'],
  ['BorderBoundary', 'border-boundary'],
  ['LineBoundary', 'line-boundary'],
  ['Connector', 'flow'],
  ['Annotation', 'annotation'],
  ['StencilAnnotation', 'annotation'],
]);

/** The knowledge-base base type of each kind of element, for stencils the tables below do not know. */
export const baseTypes = {
  process: 'process',
  'data-store': 'data-store',
  'external-entity': 'external-entity',
} as const;

/**
 * Stencil type ids of Microsoft's shipped templates (SDL "TMCore" and the generic elements) → knowledge-base
 * component types. Documented in docs/import-mappings/ms-tmt.md; keep the two in step.
 */
const typeIdMap: ReadonlyMap<string, string> = new Map([
  ['GE.P', 'process'],
  ['GE.DS', 'data-store'],
  ['GE.EI', 'external-entity'],
  ['SE.P.TMCore.OSProcess', 'process'],
  ['SE.P.TMCore.Thread', 'process'],
  ['SE.P.TMCore.KernelThread', 'process'],
  ['SE.P.TMCore.WinApp', 'process'],
  ['SE.P.TMCore.NetApp', 'process'],
  ['SE.P.TMCore.NonMS', 'process'],
  ['SE.P.TMCore.VM', 'process'],
  ['SE.P.TMCore.Win32Service', 'server-app'],
  ['SE.P.TMCore.WebServer', 'web-app'],
  ['SE.P.TMCore.WebApp', 'web-app'],
  ['SE.P.TMCore.WebSvc', 'api'],
  ['SE.P.TMCore.WebAPI', 'api'],
  ['SE.P.TMCore.ThickClient', 'client-app'],
  ['SE.P.TMCore.Modern', 'client-app'],
  ['SE.P.TMCore.PlugIn', 'client-app'],
  ['SE.P.TMCore.BrowserClient', 'single-page-app'],
  ['SE.EI.TMCore.Browser', 'external-user'],
  ['SE.EI.TMCore.User', 'external-user'],
  ['SE.EI.TMCore.AuthProvider', 'identity-provider'],
  ['SE.EI.TMCore.WebApp', 'third-party-api'],
  ['SE.EI.TMCore.WebSvc', 'third-party-api'],
  ['SE.EI.TMCore.Megaservice', 'third-party-api'],
  ['SE.EI.TMCore.CRT', 'external-entity'],
  ['SE.EI.TMCore.NFX', 'external-entity'],
  ['SE.EI.TMCore.WinRT', 'external-entity'],
  ['SE.DS.TMCore.SQL', 'sql-database'],
  ['SE.DS.TMCore.NoSQL', 'nosql-database'],
  ['SE.DS.TMCore.CloudStorage', 'object-storage'],
  ['SE.DS.TMCore.Cache', 'cache'],
  ['SE.DS.TMCore.FS', 'data-store'],
  ['SE.DS.TMCore.Registry', 'data-store'],
  ['SE.DS.TMCore.ConfigFile', 'data-store'],
  ['SE.DS.TMCore.HTML5LS', 'data-store'],
  ['SE.DS.TMCore.Cookie', 'data-store'],
  ['SE.DS.TMCore.Device', 'data-store'],
]);

/**
 * Stencil type names (as the template names them, compared without case) → component types: the
 * Azure template and custom templates give their stencils GUIDs as ids, so the name is what is left.
 */
const typeNameMap: ReadonlyMap<string, string> = new Map([
  ['web application', 'web-app'],
  ['web server', 'web-app'],
  ['web api', 'api'],
  ['web service', 'api'],
  ['browser client', 'single-page-app'],
  ['thick client', 'client-app'],
  ['mobile client', 'mobile-app'],
  ['mobile app', 'mobile-app'],
  ['mobile device', 'mobile-app'],
  ['phone', 'mobile-app'],
  ['smartphone', 'mobile-app'],
  ['browser', 'external-user'],
  ['human user', 'external-user'],
  ['user', 'external-user'],
  ['administrator', 'administrator'],
  ['server', 'server-app'],
  ['attacker', 'external-entity'],
  ['threat agent', 'external-entity'],
  ['adversary', 'external-entity'],
  ['authorization provider', 'identity-provider'],
  ['identity server', 'identity-provider'],
  ['identity provider', 'identity-provider'],
  ['adfs', 'identity-provider'],
  ['external web application', 'third-party-api'],
  ['external web service', 'third-party-api'],
  ['iot device', 'iot-device'],
  ['iot field gateway', 'api-gateway'],
  ['iot cloud gateway', 'api-gateway'],
  ['sql database', 'sql-database'],
  ['sql server', 'sql-database'],
  ['database', 'database'],
  ['non relational database', 'nosql-database'],
  ['nosql database', 'nosql-database'],
  ['cloud storage', 'object-storage'],
  ['cache', 'cache'],
  ['azure app service web app', 'web-app'],
  ['azure app service api app', 'api'],
  ['azure app service mobile app', 'api'],
  ['azure function', 'serverless-function'],
  ['azure functions', 'serverless-function'],
  ['azure sql database', 'sql-database'],
  ['azure sql data warehouse database', 'sql-database'],
  ['azure database for mysql', 'sql-database'],
  ['azure database for postgresql', 'sql-database'],
  ['azure cosmos db', 'nosql-database'],
  ['azure storage', 'object-storage'],
  ['azure data lake storage', 'object-storage'],
  ['azure key vault', 'secrets-vault'],
  ['azure event hub', 'event-stream'],
  ['azure service bus', 'message-queue'],
  ['azure redis cache', 'cache'],
  ['azure search', 'search-index'],
  ['azure ad', 'identity-provider'],
  ['azure active directory', 'identity-provider'],
  ['azure api management', 'api-gateway'],
  ['azure traffic manager', 'load-balancer'],
  ['azure load balancer', 'load-balancer'],
  ['azure application gateway', 'load-balancer'],
  ['azure front door', 'cdn-waf'],
  ['azure cdn', 'cdn-waf'],
  ['azure kubernetes service', 'container-workload'],
  ['azure devops', 'ci-cd-pipeline'],
  ['azure monitor', 'logging-monitoring'],
  ['log analytics', 'logging-monitoring'],
  ['azure openai', 'llm-service'],
]);

/** Border and line boundaries whose stencil says what zone they draw → the native `kind` (read by EDGE-BYPASS and others). */
export const boundaryKindMap: ReadonlyMap<string, string> = new Map([
  ['SE.TB.B.TMCore.CorpNet', 'private'],
  ['SE.TB.L.TMCore.Internet', 'internet'],
]);

/** Flow stencils that name their protocol → the flow's `protocol` (values the knowledge base declares). */
export const flowProtocolMap: ReadonlyMap<string, string> = new Map([
  ['SE.DF.TMCore.HTTP', 'http'],
  ['SE.DF.TMCore.HTTPS', 'https'],
]);

/** The kind of a shape: by its generic type, else the embedded template's drawing of it, else its XML type. */
export function classifyShape(
  shape: TmtShape,
  types: ReadonlyMap<string, TmtElementType>,
): TmtKind | undefined {
  for (const id of [shape.genericTypeId, shape.typeId]) {
    if (id === undefined) continue;
    const kind = genericKinds.get(id) ?? kindFromTemplate(id, types);
    if (kind) return kind;
  }
  return shape.shapeType === undefined ? undefined : shapeKinds.get(shape.shapeType);
}

/** Follows `ParentId` up the embedded template until a generic element or a drawing says what the type is. */
function kindFromTemplate(id: string, types: ReadonlyMap<string, TmtElementType>): TmtKind | undefined {
  const seen = new Set<string>();
  for (let current: string | undefined = id; current !== undefined && !seen.has(current);) {
    seen.add(current);
    const generic = genericKinds.get(current);
    if (generic) return generic;
    const type = types.get(current);
    const drawn =
      type?.representation === undefined ? undefined : representationKinds.get(type.representation);
    if (drawn) return drawn;
    current = type?.parentId;
  }
  return undefined;
}

/** The name a template gives a shape's type: the embedded template's entry, else the stencil's own header. */
export function typeNameOf(shape: TmtShape, types: ReadonlyMap<string, TmtElementType>): string | undefined {
  return (shape.typeId === undefined ? undefined : types.get(shape.typeId)?.name) ?? shape.typeLabel;
}

/** Whether the shape is a generic element itself (its type is its generic type), so its base type is a deliberate choice. */
export function isGenericShape(shape: TmtShape): boolean {
  return shape.typeId === undefined || shape.typeId === shape.genericTypeId || genericKinds.has(shape.typeId);
}

/** The component type of a stencil: by type id, else by type name; undefined when neither table knows it. */
export function mapComponentType(
  shape: TmtShape,
  types: ReadonlyMap<string, TmtElementType>,
): string | undefined {
  const byId = shape.typeId === undefined ? undefined : typeIdMap.get(shape.typeId);
  if (byId) return byId;
  const name = typeNameOf(shape, types);
  return name === undefined ? undefined : typeNameMap.get(name.trim().toLowerCase().replace(/\s+/g, ' '));
}
