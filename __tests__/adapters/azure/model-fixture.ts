/** A small model whose backlog references are Azure Boards items (AB#N). */
export const azureModel = `schema: threat-align/v1
system: { name: Shop }
knowledgeBase: { use: core@1.0.0, profile: top }
boundaries:
  - { id: internet, kind: internet }
  - { id: cloud, kind: private }
components:
  - { id: shopper, type: external-user, boundary: internet }
  - { id: web, type: web-app, boundary: cloud, properties: { internetFacing: true } }
  - { id: orders-db, type: sql-database, boundary: cloud }
flows:
  - { id: checkout, from: shopper, to: web, protocol: https }
  - { id: save-order, from: web, to: orders-db, protocol: sql }
mitigations:
  M-PARAMETERIZED-QUERIES: { status: planned, backlog: ['AB#2'] }
  M-TLS: { status: implemented, backlog: ['AB#3', 'AB#404'] }
`;
