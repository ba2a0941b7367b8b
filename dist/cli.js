#!/usr/bin/env node
import { createRequire as __taCreateRequire } from 'node:module';
const require = __taCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap6 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar5 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar5(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap6;
    exports.isNode = isNode;
    exports.isPair = isPair4;
    exports.isScalar = isScalar5;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text5, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text5;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text5.length <= endStep)
        return text5;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text5, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text5[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text5[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text5, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text5[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text5[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text5;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text5;
      if (onFold)
        onFold();
      let res = text5.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text5.length;
        if (fold === 0)
          res = `
${indent}${text5.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text5[fold]}\\`;
          res += `
${indent}${text5.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text5, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text5[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text5[++i];
        } else {
          do {
            ch = text5[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text5[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code3 = json.substr(i + 2, 4);
                switch (code3) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code3.substr(0, 2) === "00")
                      str += "\\x" + code3.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair2(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair2(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair2(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair2(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair2(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair2;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code3, message) {
        super();
        this.name = name;
        this.code = code3;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLParseError", pos, code3, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code3, message) {
        super("YAMLWarning", pos, code3, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd2(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd2;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd2 = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap6 = fc.start.source === "{";
      const fcName = isMap6 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap6 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap6 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap6 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap6 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap6) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap6 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd2.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar2, onError) {
      const start = scalar2.offset;
      const header = parseBlockScalarHeader(scalar2, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar2.source ? splitLines(scalar2.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar2.source)
          end2 += scalar2.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar2.indent + header.indent;
      let offset = scalar2.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar2.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict2, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict2 && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd2 = require_resolve_end();
    function resolveFlowScalar(scalar2, strict2, onError) {
      const { offset, type, source, end } = scalar2;
      let _type;
      let value;
      const _onError = (rel, code3, msg) => onError(offset + rel, code3, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar2, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd2.resolveEnd(end, valueEnd, strict2, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code3 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code3);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar2;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar2 = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar2 = new Scalar.Scalar(value);
      }
      scalar2.range = range;
      scalar2.source = value;
      if (type)
        scalar2.type = type;
      if (tagName)
        scalar2.tag = tagName;
      if (tag.format)
        scalar2.format = tag.format;
      if (comment)
        scalar2.comment = comment;
      return scalar2;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd2 = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd2.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd2 = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd2.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd2 = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code3, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code3, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code3, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd2.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict2 = true, onError) {
      if (token) {
        const _onError = (pos, code3, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code3, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code3, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict2, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict: strict2 } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar5 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar5;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar2) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar2.end) {
            sep = scalar2.end;
            sep.push(this.sourceToken);
            delete scalar2.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar2.offset,
            indent: scalar2.indent,
            items: [{ start, key: scalar2, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar2);
      }
      *blockScalar(scalar2) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar2.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar2.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code3) {
        super();
        this._items = typeof code3 === "string" ? [code3] : code3;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code3 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code3, args[i]);
        code3.push(strs[++i]);
      }
      return new _Code(code3);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code3, arg) {
      if (arg instanceof _Code)
        code3.push(...arg._items);
      else if (arg instanceof Name)
        code3.push(arg);
      else
        code3.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code3 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code3 = (0, code_1._)`${code3}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code3 = (0, code_1._)`${code3}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code3;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code3) {
        super();
        this.code = code3;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code3, n) => code3 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code3 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code3 += "else " + this.else.render(opts);
        return code3;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code3 = "try" + super.render(opts);
        if (this.catch)
          code3 += this.catch.render(opts);
        if (this.finally)
          code3 += this.finally.render(opts);
        return code3;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code3 = ["{"];
        for (const [key, value] of keyValues) {
          if (code3.length > 1)
            code3.push(",");
          code3.push(key);
          if (key !== value || this.opts.es5) {
            code3.push(":");
            (0, code_1.addCodeArg)(code3, value);
          }
        }
        code3.push("}");
        return new code_1._Code(code3);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors2 = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName: propertyName2, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName2)
        keyValues.push([E.propertyName, propertyName2]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties: properties2, items } = it.schema;
      if (ty === "object" && properties2) {
        for (const key in properties2) {
          assignDefault(it, key, properties2[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties2, missing) {
      return (0, codegen_1.or)(...properties2.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors2();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName: propertyName2 }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName2 !== void 0)
          subschema.propertyName = propertyName2;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id2 = "", normalize) {
      if (normalize !== false)
        id2 = normalizeId(id2);
      const p = resolver.parse(id2);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id2) {
      return id2 ? id2.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id2) {
      id2 = normalizeId(id2);
      return resolver.resolve(baseId, id2);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors2();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches3 = RELATIVE_JSON_POINTER.exec($data);
        if (!matches3)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches3[1];
        jsonPointer = matches3[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve3.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve3(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id2 = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id2] || this.schemas[id2];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id2 === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code3 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code3 = input[i].charCodeAt(0);
        if (code3 === 48) {
          continue;
        }
        if (!(code3 >= 48 && code3 <= 57 || code3 >= 65 && code3 <= 70 || code3 >= 97 && code3 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code3 = input[i].charCodeAt(0);
        if (!(code3 >= 48 && code3 <= 57 || code3 >= 65 && code3 <= 70 || code3 >= 97 && code3 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += isEscapeSafe(code3) ? ch : BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += isEscapeSafe(code3) ? ch : BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches3 = urnComponent.path.match(URN_REG);
      if (matches3 && matches3[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches3[1].toLowerCase();
        urnComponent.nss = matches3[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve3(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches3) {
      if (matches3[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches3) {
      const host = matches3[4];
      return hasMalformedPercentEncoding(matches3[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches3[6]) || hasMalformedPercentEncoding(matches3[7]) || hasMalformedPercentEncoding(matches3[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches3 = uri.match(URI_PARSE);
      if (matches3) {
        parsed.scheme = matches3[1];
        parsed.userinfo = matches3[3];
        parsed.host = matches3[4];
        parsed.port = parseInt(matches3[5], 10);
        parsed.path = matches3[6] || "";
        parsed.query = matches3[7];
        parsed.fragment = matches3[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches3);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches3[5];
        }
        const parseError = getParseError(parsed, matches3);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve3,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions2.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions2.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id2;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id2 = schema[schemaId];
          if (id2 !== void 0 && typeof id2 != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id2);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id2 = schemaKeyRef[this.opts.schemaId];
            if (id2) {
              id2 = (0, resolve_1.normalizeId)(id2);
              delete this.schemas[id2];
              delete this.refs[id2];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator: separator2 = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text5, msg) => text5 + separator2 + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id2;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id2 = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id2 || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id2) {
        if (this.schemas[id2] || this.refs[id2]) {
          throw new Error(`schema with key or id "${id2}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions2(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties2 = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties2.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties2) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code3 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code3 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/xmlchars/xml/1.0/ed5.js
var require_ed5 = __commonJS({
  "node_modules/xmlchars/xml/1.0/ed5.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "	\n\r -\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= SPACE && c <= 55295 || c === NL || c === CR || c === TAB || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xml/1.1/ed2.js
var require_ed2 = __commonJS({
  "node_modules/xmlchars/xml/1.1/ed2.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CHAR = "-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}";
    exports.RESTRICTED_CHAR = "-\b\v\f-\x7F-\x84\x86-\x9F";
    exports.S = " 	\r\n";
    exports.NAME_START_CHAR = ":A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
    exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
    exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
    exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
    exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
    exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
    exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    exports.S_LIST = [SPACE, NL, CR, TAB];
    function isChar(c) {
      return c >= 1 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isChar = isChar;
    function isRestrictedChar(c) {
      return c >= 1 && c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31 || c >= 127 && c <= 132 || c >= 134 && c <= 159;
    }
    exports.isRestrictedChar = isRestrictedChar;
    function isCharAndNotRestricted(c) {
      return c === 9 || c === 10 || c === 13 || c > 31 && c < 127 || c === 133 || c > 159 && c <= 55295 || c >= 57344 && c <= 65533 || c >= 65536 && c <= 1114111;
    }
    exports.isCharAndNotRestricted = isCharAndNotRestricted;
    function isS(c) {
      return c === SPACE || c === NL || c === CR || c === TAB;
    }
    exports.isS = isS;
    function isNameStartChar(c) {
      return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 58 || c === 95 || c === 8204 || c === 8205 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNameStartChar = isNameStartChar;
    function isNameChar(c) {
      return isNameStartChar(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256;
    }
    exports.isNameChar = isNameChar;
  }
});

// node_modules/xmlchars/xmlns/1.0/ed3.js
var require_ed3 = __commonJS({
  "node_modules/xmlchars/xmlns/1.0/ed3.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.NC_NAME_START_CHAR = "A-Z_a-z\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
    exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\xB7\u0300-\u036F\u203F-\u2040";
    exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
    exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
    exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
    function isNCNameStartChar(c) {
      return c >= 65 && c <= 90 || c === 95 || c >= 97 && c <= 122 || c >= 192 && c <= 214 || c >= 216 && c <= 246 || c >= 248 && c <= 767 || c >= 880 && c <= 893 || c >= 895 && c <= 8191 || c >= 8204 && c <= 8205 || c >= 8304 && c <= 8591 || c >= 11264 && c <= 12271 || c >= 12289 && c <= 55295 || c >= 63744 && c <= 64975 || c >= 65008 && c <= 65533 || c >= 65536 && c <= 983039;
    }
    exports.isNCNameStartChar = isNCNameStartChar;
    function isNCNameChar(c) {
      return isNCNameStartChar(c) || (c === 45 || c === 46 || c >= 48 && c <= 57 || c === 183 || c >= 768 && c <= 879 || c >= 8255 && c <= 8256);
    }
    exports.isNCNameChar = isNCNameChar;
  }
});

// node_modules/saxes/saxes.js
var require_saxes = __commonJS({
  "node_modules/saxes/saxes.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.SaxesParser = exports.EVENTS = void 0;
    var ed5 = require_ed5();
    var ed2 = require_ed2();
    var NSed3 = require_ed3();
    var isS = ed5.isS;
    var isChar10 = ed5.isChar;
    var isNameStartChar = ed5.isNameStartChar;
    var isNameChar = ed5.isNameChar;
    var S_LIST = ed5.S_LIST;
    var NAME_RE = ed5.NAME_RE;
    var isChar11 = ed2.isChar;
    var isNCNameStartChar = NSed3.isNCNameStartChar;
    var isNCNameChar = NSed3.isNCNameChar;
    var NC_NAME_RE = NSed3.NC_NAME_RE;
    var XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    var XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
    var rootNS = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      xml: XML_NAMESPACE,
      xmlns: XMLNS_NAMESPACE
    };
    var XML_ENTITIES = {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
      __proto__: null,
      amp: "&",
      gt: ">",
      lt: "<",
      quot: '"',
      apos: "'"
    };
    var EOC = -1;
    var NL_LIKE = -2;
    var S_BEGIN = 0;
    var S_BEGIN_WHITESPACE = 1;
    var S_DOCTYPE = 2;
    var S_DOCTYPE_QUOTE = 3;
    var S_DTD = 4;
    var S_DTD_QUOTED = 5;
    var S_DTD_OPEN_WAKA = 6;
    var S_DTD_OPEN_WAKA_BANG = 7;
    var S_DTD_COMMENT = 8;
    var S_DTD_COMMENT_ENDING = 9;
    var S_DTD_COMMENT_ENDED = 10;
    var S_DTD_PI = 11;
    var S_DTD_PI_ENDING = 12;
    var S_TEXT = 13;
    var S_ENTITY = 14;
    var S_OPEN_WAKA = 15;
    var S_OPEN_WAKA_BANG = 16;
    var S_COMMENT = 17;
    var S_COMMENT_ENDING = 18;
    var S_COMMENT_ENDED = 19;
    var S_CDATA = 20;
    var S_CDATA_ENDING = 21;
    var S_CDATA_ENDING_2 = 22;
    var S_PI_FIRST_CHAR = 23;
    var S_PI_REST = 24;
    var S_PI_BODY = 25;
    var S_PI_ENDING = 26;
    var S_XML_DECL_NAME_START = 27;
    var S_XML_DECL_NAME = 28;
    var S_XML_DECL_EQ = 29;
    var S_XML_DECL_VALUE_START = 30;
    var S_XML_DECL_VALUE = 31;
    var S_XML_DECL_SEPARATOR = 32;
    var S_XML_DECL_ENDING = 33;
    var S_OPEN_TAG = 34;
    var S_OPEN_TAG_SLASH = 35;
    var S_ATTRIB = 36;
    var S_ATTRIB_NAME = 37;
    var S_ATTRIB_NAME_SAW_WHITE = 38;
    var S_ATTRIB_VALUE = 39;
    var S_ATTRIB_VALUE_QUOTED = 40;
    var S_ATTRIB_VALUE_CLOSED = 41;
    var S_ATTRIB_VALUE_UNQUOTED = 42;
    var S_CLOSE_TAG = 43;
    var S_CLOSE_TAG_SAW_WHITE = 44;
    var TAB = 9;
    var NL = 10;
    var CR = 13;
    var SPACE = 32;
    var BANG = 33;
    var DQUOTE = 34;
    var AMP = 38;
    var SQUOTE = 39;
    var MINUS = 45;
    var FORWARD_SLASH = 47;
    var SEMICOLON = 59;
    var LESS = 60;
    var EQUAL = 61;
    var GREATER = 62;
    var QUESTION = 63;
    var OPEN_BRACKET = 91;
    var CLOSE_BRACKET = 93;
    var NEL = 133;
    var LS = 8232;
    var isQuote = (c) => c === DQUOTE || c === SQUOTE;
    var QUOTES = [DQUOTE, SQUOTE];
    var DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
    var DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
    var XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
    var ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
    function nsPairCheck(parser, prefix, uri) {
      switch (prefix) {
        case "xml":
          if (uri !== XML_NAMESPACE) {
            parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
          }
          break;
        case "xmlns":
          if (uri !== XMLNS_NAMESPACE) {
            parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
          }
          break;
        default:
      }
      switch (uri) {
        case XMLNS_NAMESPACE:
          parser.fail(prefix === "" ? `the default namespace may not be set to ${uri}.` : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NAMESPACE}.`);
          break;
        case XML_NAMESPACE:
          switch (prefix) {
            case "xml":
              break;
            case "":
              parser.fail(`the default namespace may not be set to ${uri}.`);
              break;
            default:
              parser.fail("may not assign the xml namespace to another prefix.");
          }
          break;
        default:
      }
    }
    function nsMappingCheck(parser, mapping) {
      for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
      }
    }
    var isNCName = (name) => NC_NAME_RE.test(name);
    var isName = (name) => NAME_RE.test(name);
    var FORBIDDEN_START = 0;
    var FORBIDDEN_BRACKET = 1;
    var FORBIDDEN_BRACKET_BRACKET = 2;
    exports.EVENTS = [
      "xmldecl",
      "text",
      "processinginstruction",
      "doctype",
      "comment",
      "opentagstart",
      "attribute",
      "opentag",
      "closetag",
      "cdata",
      "error",
      "end",
      "ready"
    ];
    var EVENT_NAME_TO_HANDLER_NAME = {
      xmldecl: "xmldeclHandler",
      text: "textHandler",
      processinginstruction: "piHandler",
      doctype: "doctypeHandler",
      comment: "commentHandler",
      opentagstart: "openTagStartHandler",
      attribute: "attributeHandler",
      opentag: "openTagHandler",
      closetag: "closeTagHandler",
      cdata: "cdataHandler",
      error: "errorHandler",
      end: "endHandler",
      ready: "readyHandler"
    };
    var SaxesParser2 = class {
      /**
       * @param opt The parser options.
       */
      constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
          this.nameStartCheck = isNCNameStartChar;
          this.nameCheck = isNCNameChar;
          this.isName = isNCName;
          this.processAttribs = this.processAttribsNS;
          this.pushAttrib = this.pushAttribNS;
          this.ns = Object.assign({ __proto__: null }, rootNS);
          const additional = this.opt.additionalNamespaces;
          if (additional != null) {
            nsMappingCheck(this, additional);
            Object.assign(this.ns, additional);
          }
        } else {
          this.nameStartCheck = isNameStartChar;
          this.nameCheck = isNameChar;
          this.isName = isName;
          this.processAttribs = this.processAttribsPlain;
          this.pushAttrib = this.pushAttribPlain;
        }
        this.stateTable = [
          /* eslint-disable @typescript-eslint/unbound-method */
          this.sBegin,
          this.sBeginWhitespace,
          this.sDoctype,
          this.sDoctypeQuote,
          this.sDTD,
          this.sDTDQuoted,
          this.sDTDOpenWaka,
          this.sDTDOpenWakaBang,
          this.sDTDComment,
          this.sDTDCommentEnding,
          this.sDTDCommentEnded,
          this.sDTDPI,
          this.sDTDPIEnding,
          this.sText,
          this.sEntity,
          this.sOpenWaka,
          this.sOpenWakaBang,
          this.sComment,
          this.sCommentEnding,
          this.sCommentEnded,
          this.sCData,
          this.sCDataEnding,
          this.sCDataEnding2,
          this.sPIFirstChar,
          this.sPIRest,
          this.sPIBody,
          this.sPIEnding,
          this.sXMLDeclNameStart,
          this.sXMLDeclName,
          this.sXMLDeclEq,
          this.sXMLDeclValueStart,
          this.sXMLDeclValue,
          this.sXMLDeclSeparator,
          this.sXMLDeclEnding,
          this.sOpenTag,
          this.sOpenTagSlash,
          this.sAttrib,
          this.sAttribName,
          this.sAttribNameSawWhite,
          this.sAttribValue,
          this.sAttribValueQuoted,
          this.sAttribValueClosed,
          this.sAttribValueUnquoted,
          this.sCloseTag,
          this.sCloseTagSawWhite
          /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
      }
      /**
       * Indicates whether or not the parser is closed. If ``true``, wait for
       * the ``ready`` event to write again.
       */
      get closed() {
        return this._closed;
      }
      _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = void 0;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot = this.sawRoot = fragmentOpt;
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = void 0;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === void 0) {
          if (this.opt.forceXMLVersion === true) {
            throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
          }
          defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
          version: void 0,
          encoding: void 0,
          standalone: void 0
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
      }
      /**
       * The stream position the parser is currently looking at. This field is
       * zero-based.
       *
       * This field is not based on counting Unicode characters but is to be
       * interpreted as a plain index into a JavaScript string.
       */
      get position() {
        return this.chunkPosition + this.i;
      }
      /**
       * The column number of the next character to be read by the parser.  *
       * This field is zero-based. (The first column in a line is 0.)
       *
       * This field reports the index at which the next character would be in the
       * line if the line were represented as a JavaScript string.  Note that this
       * *can* be different to a count based on the number of *Unicode characters*
       * due to how JavaScript handles astral plane characters.
       *
       * See [[column]] for a number that corresponds to a count of Unicode
       * characters.
       */
      get columnIndex() {
        return this.position - this.positionAtNewLine;
      }
      /**
       * Set an event listener on an event. The parser supports one handler per
       * event type. If you try to set an event handler over an existing handler,
       * the old handler is silently overwritten.
       *
       * @param name The event to listen to.
       *
       * @param handler The handler to set.
       */
      on(name, handler) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
      }
      /**
       * Unset an event handler.
       *
       * @parma name The event to stop listening to.
       */
      off(name) {
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = void 0;
      }
      /**
       * Make an error object. The error object will have a message that contains
       * the ``fileName`` option passed at the creation of the parser. If position
       * tracking was turned on, it will also have line and column number
       * information.
       *
       * @param message The message describing the error to report.
       *
       * @returns An error object with a properly formatted message.
       */
      makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
          if (msg.length > 0) {
            msg += ":";
          }
          msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
          msg += ": ";
        }
        return new Error(msg + message);
      }
      /**
       * Report a parsing error. This method is made public so that client code may
       * check for issues that are outside the scope of this project and can report
       * errors.
       *
       * @param message The error to report.
       *
       * @returns this
       */
      fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === void 0) {
          throw err;
        } else {
          handler(err);
        }
        return this;
      }
      /**
       * Write a XML data to the parser.
       *
       * @param chunk The XML data to write.
       *
       * @returns this
       */
      // We do need object for the type here. Yes, it often causes problems
      // but not in this case.
      write(chunk) {
        if (this.closed) {
          return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
          end = true;
          chunk = "";
        } else if (typeof chunk === "object") {
          chunk = chunk.toString();
        }
        if (this.carriedFromPrevious !== void 0) {
          chunk = `${this.carriedFromPrevious}${chunk}`;
          this.carriedFromPrevious = void 0;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end && // A trailing CR or surrogate must be carried over to the next
        // chunk.
        (lastCode === CR || lastCode >= 55296 && lastCode <= 56319)) {
          this.carriedFromPrevious = chunk[limit - 1];
          limit--;
          chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
          stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
      }
      /**
       * Close the current stream. Perform final well-formedness checks and reset
       * the parser tstate.
       *
       * @returns this
       */
      close() {
        return this.write(null);
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.0.
       *
       * @returns The character read.
       */
      getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code3 = chunk.charCodeAt(i);
        this.column++;
        if (code3 < 55296) {
          if (code3 >= SPACE || code3 === TAB) {
            return code3;
          }
          switch (code3) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR:
              if (chunk.charCodeAt(i + 1) === NL) {
                this.i = i + 2;
              }
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code3;
          }
        }
        if (code3 > 56319) {
          if (!(code3 >= 57344 && code3 <= 65533)) {
            this.fail("disallowed character.");
          }
          return code3;
        }
        const final = 65536 + (code3 - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Get a single code point out of the current chunk. This updates the current
       * position if we do position tracking.
       *
       * This is the algorithm to use for XML 1.1.
       *
       * @returns {number} The character read.
       */
      getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        this.i = i + 1;
        if (i >= chunk.length) {
          return EOC;
        }
        const code3 = chunk.charCodeAt(i);
        this.column++;
        if (code3 < 55296) {
          if (code3 > 31 && code3 < 127 || code3 > 159 && code3 !== LS || code3 === TAB) {
            return code3;
          }
          switch (code3) {
            case NL:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL;
            case CR: {
              const next = chunk.charCodeAt(i + 1);
              if (next === NL || next === NEL) {
                this.i = i + 2;
              }
            }
            /* yes, fall through */
            case NEL:
            // 0x85
            case LS:
              this.line++;
              this.column = 0;
              this.positionAtNewLine = this.position;
              return NL_LIKE;
            default:
              this.fail("disallowed character.");
              return code3;
          }
        }
        if (code3 > 56319) {
          if (!(code3 >= 57344 && code3 <= 65533)) {
            this.fail("disallowed character.");
          }
          return code3;
        }
        const final = 65536 + (code3 - 55296) * 1024 + (chunk.charCodeAt(i + 1) - 56320);
        this.i = i + 2;
        if (final > 1114111) {
          this.fail("disallowed character.");
        }
        return final;
      }
      /**
       * Like ``getCode`` but with the return value normalized so that ``NL`` is
       * returned for ``NL_LIKE``.
       */
      getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
      }
      unget() {
        this.i = this.prevI;
        this.column--;
      }
      /**
       * Capture characters into a buffer until encountering one of a set of
       * characters.
       *
       * @param chars An array of codepoints. Encountering a character in the array
       * ends the capture. (``chars`` may safely contain ``NL``.)
       *
       * @return The character code that made the capture end, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          const c = this.getCode();
          const isNLLike = c === NL_LIKE;
          const final = isNLLike ? NL : c;
          if (final === EOC || chars.includes(final)) {
            this.text += chunk.slice(start, this.prevI);
            return final;
          }
          if (isNLLike) {
            this.text += `${chunk.slice(start, this.prevI)}
`;
            start = this.i;
          }
        }
      }
      /**
       * Capture characters into a buffer until encountering a character.
       *
       * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
       * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
       *
       * @return ``true`` if we ran into the character. Otherwise, we ran into the
       * end of the current chunk.
       */
      captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        while (true) {
          let c = this.getCode();
          switch (c) {
            case NL_LIKE:
              this.text += `${chunk.slice(start, this.prevI)}
`;
              start = this.i;
              c = NL;
              break;
            case EOC:
              this.text += chunk.slice(start);
              return false;
            default:
          }
          if (c === char) {
            this.text += chunk.slice(start, this.prevI);
            return true;
          }
        }
      }
      /**
       * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
       * this parser.
       *
       * @return The character code that made the test fail, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      captureNameChars() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCode();
          if (c === EOC) {
            this.name += chunk.slice(start);
            return EOC;
          }
          if (!isNameChar(c)) {
            this.name += chunk.slice(start, this.prevI);
            return c === NL_LIKE ? NL : c;
          }
        }
      }
      /**
       * Skip white spaces.
       *
       * @return The character that ended the skip, or ``EOC`` if we hit
       * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
       * instead.
       */
      skipSpaces() {
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC || !isS(c)) {
            return c;
          }
        }
      }
      setXMLVersion(version) {
        this.currentXMLVersion = version;
        if (version === "1.0") {
          this.isChar = isChar10;
          this.getCode = this.getCode10;
        } else {
          this.isChar = isChar11;
          this.getCode = this.getCode11;
        }
      }
      // STATE ENGINE METHODS
      // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
      // to be sure never to come back to this state later.
      sBegin() {
        if (this.chunk.charCodeAt(0) === 65279) {
          this.i++;
          this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
      }
      sBeginWhitespace() {
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
          this.xmlDeclPossible = false;
        }
        switch (c) {
          case LESS:
            this.state = S_OPEN_WAKA;
            if (this.text.length !== 0) {
              throw new Error("no-empty text at start");
            }
            break;
          case EOC:
            break;
          default:
            this.unget();
            this.state = S_TEXT;
            this.xmlDeclPossible = false;
        }
      }
      sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
          case GREATER: {
            (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            this.doctype = true;
            break;
          }
          case EOC:
            break;
          default:
            this.text += String.fromCodePoint(c);
            if (c === OPEN_BRACKET) {
              this.state = S_DTD;
            } else if (isQuote(c)) {
              this.state = S_DOCTYPE_QUOTE;
              this.q = c;
            }
        }
      }
      sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.q = null;
          this.state = S_DOCTYPE;
        }
      }
      sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
          return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
          this.state = S_DOCTYPE;
        } else if (c === LESS) {
          this.state = S_DTD_OPEN_WAKA;
        } else if (isQuote(c)) {
          this.state = S_DTD_QUOTED;
          this.q = c;
        }
      }
      sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
          this.text += String.fromCodePoint(q);
          this.state = S_DTD;
          this.q = null;
        }
      }
      sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
          case BANG:
            this.state = S_DTD_OPEN_WAKA_BANG;
            this.openWakaBang = "";
            break;
          case QUESTION:
            this.state = S_DTD_PI;
            break;
          default:
            this.state = S_DTD;
        }
      }
      sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
          this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
          this.openWakaBang = "";
        }
      }
      sDTDComment() {
        if (this.captureToChar(MINUS)) {
          this.text += "-";
          this.state = S_DTD_COMMENT_ENDING;
        }
      }
      sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
      }
      sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        } else {
          this.fail("malformed comment.");
          this.state = S_DTD_COMMENT;
        }
      }
      sDTDPI() {
        if (this.captureToChar(QUESTION)) {
          this.text += "?";
          this.state = S_DTD_PI_ENDING;
        }
      }
      sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
          this.state = S_DTD;
        }
      }
      sText() {
        if (this.tags.length !== 0) {
          this.handleTextInRoot();
        } else {
          this.handleTextOutsideRoot();
        }
      }
      sEntity() {
        let { i: start } = this;
        const { chunk } = this;
        loop:
          while (true) {
            switch (this.getCode()) {
              case NL_LIKE:
                this.entity += `${chunk.slice(start, this.prevI)}
`;
                start = this.i;
                break;
              case SEMICOLON: {
                const { entityReturnState } = this;
                const entity = this.entity + chunk.slice(start, this.prevI);
                this.state = entityReturnState;
                let parsed;
                if (entity === "") {
                  this.fail("empty entity name.");
                  parsed = "&;";
                } else {
                  parsed = this.parseEntity(entity);
                  this.entity = "";
                }
                if (entityReturnState !== S_TEXT || this.textHandler !== void 0) {
                  this.text += parsed;
                }
                break loop;
              }
              case EOC:
                this.entity += chunk.slice(start);
                break loop;
              default:
            }
          }
      }
      sOpenWaka() {
        const c = this.getCode();
        if (isNameStartChar(c)) {
          this.state = S_OPEN_TAG;
          this.unget();
          this.xmlDeclPossible = false;
        } else {
          switch (c) {
            case FORWARD_SLASH:
              this.state = S_CLOSE_TAG;
              this.xmlDeclPossible = false;
              break;
            case BANG:
              this.state = S_OPEN_WAKA_BANG;
              this.openWakaBang = "";
              this.xmlDeclPossible = false;
              break;
            case QUESTION:
              this.state = S_PI_FIRST_CHAR;
              break;
            default:
              this.fail("disallowed character in tag name");
              this.state = S_TEXT;
              this.xmlDeclPossible = false;
          }
        }
      }
      sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
          case "[CDATA[":
            if (!this.sawRoot && !this.reportedTextBeforeRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextBeforeRoot = true;
            }
            if (this.closedRoot && !this.reportedTextAfterRoot) {
              this.fail("text data outside of root node.");
              this.reportedTextAfterRoot = true;
            }
            this.state = S_CDATA;
            this.openWakaBang = "";
            break;
          case "--":
            this.state = S_COMMENT;
            this.openWakaBang = "";
            break;
          case "DOCTYPE":
            this.state = S_DOCTYPE;
            if (this.doctype || this.sawRoot) {
              this.fail("inappropriately located doctype declaration.");
            }
            this.openWakaBang = "";
            break;
          default:
            if (this.openWakaBang.length >= 7) {
              this.fail("incorrect syntax.");
            }
        }
      }
      sComment() {
        if (this.captureToChar(MINUS)) {
          this.state = S_COMMENT_ENDING;
        }
      }
      sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
          this.state = S_COMMENT_ENDED;
          (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
          this.text = "";
        } else {
          this.text += `-${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        }
      }
      sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
          this.fail("malformed comment.");
          this.text += `--${String.fromCodePoint(c)}`;
          this.state = S_COMMENT;
        } else {
          this.state = S_TEXT;
        }
      }
      sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
          this.state = S_CDATA_ENDING;
        }
      }
      sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
          this.state = S_CDATA_ENDING_2;
        } else {
          this.text += `]${String.fromCodePoint(c)}`;
          this.state = S_CDATA;
        }
      }
      sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
          case GREATER: {
            (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
            this.state = S_TEXT;
            break;
          }
          case CLOSE_BRACKET:
            this.text += "]";
            break;
          default:
            this.text += `]]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
      }
      // We need this separate state to check the first character fo the pi target
      // with this.nameStartCheck which allows less characters than this.nameCheck.
      sPIFirstChar() {
        const c = this.getCodeNorm();
        if (this.nameStartCheck(c)) {
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        } else if (c === QUESTION || isS(c)) {
          this.fail("processing instruction without a target.");
          this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        } else {
          this.fail("disallowed character in processing instruction name.");
          this.piTarget += String.fromCodePoint(c);
          this.state = S_PI_REST;
        }
      }
      sPIRest() {
        const { chunk, i: start } = this;
        while (true) {
          const c = this.getCodeNorm();
          if (c === EOC) {
            this.piTarget += chunk.slice(start);
            return;
          }
          if (!this.nameCheck(c)) {
            this.piTarget += chunk.slice(start, this.prevI);
            const isQuestion = c === QUESTION;
            if (isQuestion || isS(c)) {
              if (this.piTarget === "xml") {
                if (!this.xmlDeclPossible) {
                  this.fail("an XML declaration must be at the start of the document.");
                }
                this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
              } else {
                this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
              }
            } else {
              this.fail("disallowed character in processing instruction name.");
              this.piTarget += String.fromCodePoint(c);
            }
            break;
          }
        }
      }
      sPIBody() {
        if (this.text.length === 0) {
          const c = this.getCodeNorm();
          if (c === QUESTION) {
            this.state = S_PI_ENDING;
          } else if (!isS(c)) {
            this.text = String.fromCodePoint(c);
          }
        } else if (this.captureToChar(QUESTION)) {
          this.state = S_PI_ENDING;
        }
      }
      sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          const { piTarget } = this;
          if (piTarget.toLowerCase() === "xml") {
            this.fail("the XML declaration must appear at the start of the document.");
          }
          (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
            target: piTarget,
            body: this.text
          });
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else if (c === QUESTION) {
          this.text += "?";
        } else {
          this.text += `?${String.fromCodePoint(c)}`;
          this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
      }
      sXMLDeclNameStart() {
        const c = this.skipSpaces();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (c !== EOC) {
          this.state = S_XML_DECL_NAME;
          this.name = String.fromCodePoint(c);
        }
      }
      sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.name += this.text;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (!(isS(c) || c === EQUAL)) {
          return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
          switch (this.name.length) {
            case 0:
              this.fail("did not expect any more name/value pairs.");
              break;
            case 1:
              this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
              break;
            default:
              this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
          }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
      }
      sXMLDeclEq() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (c !== EQUAL) {
          this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
      }
      sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (isS(c)) {
          return;
        }
        if (!isQuote(c)) {
          this.fail("value must be quoted.");
          this.q = SPACE;
        } else {
          this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
      }
      sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          this.text = "";
          this.fail("XML declaration is incomplete.");
          return;
        }
        if (c === EOC) {
          return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
          case "version": {
            this.xmlDeclExpects = ["encoding", "standalone"];
            const version = value;
            this.xmlDecl.version = version;
            if (!/^1\.[0-9]+$/.test(version)) {
              this.fail("version number must match /^1\\.[0-9]+$/.");
            } else if (!this.opt.forceXMLVersion) {
              this.setXMLVersion(version);
            }
            break;
          }
          case "encoding":
            if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
              this.fail("encoding value must match /^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
            }
            this.xmlDeclExpects = ["standalone"];
            this.xmlDecl.encoding = value;
            break;
          case "standalone":
            if (value !== "yes" && value !== "no") {
              this.fail('standalone value must match "yes" or "no".');
            }
            this.xmlDeclExpects = [];
            this.xmlDecl.standalone = value;
            break;
          default:
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
      }
      sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        if (c === QUESTION) {
          this.state = S_XML_DECL_ENDING;
          return;
        }
        if (!isS(c)) {
          this.fail("whitespace required.");
          this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
      }
      sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
          if (this.piTarget !== "xml") {
            this.fail("processing instructions are not allowed before root.");
          } else if (this.name !== "version" && this.xmlDeclExpects.includes("version")) {
            this.fail("XML declaration must contain a version.");
          }
          (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
          this.name = "";
          this.piTarget = this.text = "";
          this.state = S_TEXT;
        } else {
          this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
      }
      sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
          return;
        }
        const tag = this.tag = {
          name: this.name,
          attributes: /* @__PURE__ */ Object.create(null)
        };
        this.name = "";
        if (this.xmlnsOpt) {
          this.topNS = tag.ns = /* @__PURE__ */ Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
          this.fail("documents may contain only one root.");
        }
        switch (c) {
          case GREATER:
            this.openTag();
            break;
          case FORWARD_SLASH:
            this.state = S_OPEN_TAG_SLASH;
            break;
          default:
            if (!isS(c)) {
              this.fail("disallowed character in tag name.");
            }
            this.state = S_ATTRIB;
        }
      }
      sOpenTagSlash() {
        if (this.getCode() === GREATER) {
          this.openSelfClosingTag();
        } else {
          this.fail("forward-slash in opening tag not followed by >.");
          this.state = S_ATTRIB;
        }
      }
      sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
          return;
        }
        if (isNameStartChar(c)) {
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
          this.state = S_ATTRIB_VALUE;
        } else if (isS(c)) {
          this.state = S_ATTRIB_NAME_SAW_WHITE;
        } else if (c === GREATER) {
          this.fail("attribute without value.");
          this.pushAttrib(this.name, this.name);
          this.name = this.text = "";
          this.openTag();
        } else if (c !== EOC) {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
          case EOC:
            return;
          case EQUAL:
            this.state = S_ATTRIB_VALUE;
            break;
          default:
            this.fail("attribute without value.");
            this.text = "";
            this.name = "";
            if (c === GREATER) {
              this.openTag();
            } else if (isNameStartChar(c)) {
              this.unget();
              this.state = S_ATTRIB_NAME;
            } else {
              this.fail("disallowed character in attribute name.");
              this.state = S_ATTRIB;
            }
        }
      }
      sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
          this.q = c;
          this.state = S_ATTRIB_VALUE_QUOTED;
        } else if (!isS(c)) {
          this.fail("unquoted attribute value.");
          this.state = S_ATTRIB_VALUE_UNQUOTED;
          this.unget();
        }
      }
      sAttribValueQuoted() {
        const { q, chunk } = this;
        let { i: start } = this;
        while (true) {
          switch (this.getCode()) {
            case q:
              this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
              this.name = this.text = "";
              this.q = null;
              this.state = S_ATTRIB_VALUE_CLOSED;
              return;
            case AMP:
              this.text += chunk.slice(start, this.prevI);
              this.state = S_ENTITY;
              this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
              return;
            case NL:
            case NL_LIKE:
            case TAB:
              this.text += `${chunk.slice(start, this.prevI)} `;
              start = this.i;
              break;
            case LESS:
              this.text += chunk.slice(start, this.prevI);
              this.fail("disallowed character.");
              return;
            case EOC:
              this.text += chunk.slice(start);
              return;
            default:
          }
        }
      }
      sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
          this.state = S_ATTRIB;
        } else if (c === GREATER) {
          this.openTag();
        } else if (c === FORWARD_SLASH) {
          this.state = S_OPEN_TAG_SLASH;
        } else if (isNameStartChar(c)) {
          this.fail("no whitespace between attributes.");
          this.unget();
          this.state = S_ATTRIB_NAME;
        } else {
          this.fail("disallowed character in attribute name.");
        }
      }
      sAttribValueUnquoted() {
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
          case AMP:
            this.state = S_ENTITY;
            this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
            break;
          case LESS:
            this.fail("disallowed character.");
            break;
          case EOC:
            break;
          default:
            if (this.text.includes("]]>")) {
              this.fail('the string "]]>" is disallowed in char data.');
            }
            this.pushAttrib(this.name, this.text);
            this.name = this.text = "";
            if (c === GREATER) {
              this.openTag();
            } else {
              this.state = S_ATTRIB;
            }
        }
      }
      sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
          this.closeTag();
        } else if (isS(c)) {
          this.state = S_CLOSE_TAG_SAW_WHITE;
        } else if (c !== EOC) {
          this.fail("disallowed character in closing tag.");
        }
      }
      sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
          case GREATER:
            this.closeTag();
            break;
          case EOC:
            break;
          default:
            this.fail("disallowed character in closing tag.");
        }
      }
      // END OF STATE ENGINE METHODS
      handleTextInRoot() {
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        scanLoop:
          while (true) {
            switch (this.getCode()) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text5 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text5.length !== 0) {
                    handler(text5 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                forbiddenState = FORBIDDEN_START;
                break scanLoop;
              case CLOSE_BRACKET:
                switch (forbiddenState) {
                  case FORBIDDEN_START:
                    forbiddenState = FORBIDDEN_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET:
                    forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                    break;
                  case FORBIDDEN_BRACKET_BRACKET:
                    break;
                  default:
                    throw new Error("impossible state");
                }
                break;
              case GREATER:
                if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                  this.fail('the string "]]>" is disallowed in char data.');
                }
                forbiddenState = FORBIDDEN_START;
                break;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                forbiddenState = FORBIDDEN_START;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break scanLoop;
              default:
                forbiddenState = FORBIDDEN_START;
            }
          }
        this.forbiddenState = forbiddenState;
      }
      handleTextOutsideRoot() {
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        outRootLoop:
          while (true) {
            const code3 = this.getCode();
            switch (code3) {
              case LESS: {
                this.state = S_OPEN_WAKA;
                if (handler !== void 0) {
                  const { text: text5 } = this;
                  const slice = chunk.slice(start, this.prevI);
                  if (text5.length !== 0) {
                    handler(text5 + slice);
                    this.text = "";
                  } else if (slice.length !== 0) {
                    handler(slice);
                  }
                }
                break outRootLoop;
              }
              case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_TEXT;
                if (handler !== void 0) {
                  this.text += chunk.slice(start, this.prevI);
                }
                nonSpace = true;
                break outRootLoop;
              case NL_LIKE:
                if (handler !== void 0) {
                  this.text += `${chunk.slice(start, this.prevI)}
`;
                }
                start = this.i;
                break;
              case EOC:
                if (handler !== void 0) {
                  this.text += chunk.slice(start);
                }
                break outRootLoop;
              default:
                if (!isS(code3)) {
                  nonSpace = true;
                }
            }
          }
        if (!nonSpace) {
          return;
        }
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
          this.fail("text data outside of root node.");
          this.reportedTextAfterRoot = true;
        }
      }
      pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
          const trimmed = value.trim();
          if (this.currentXMLVersion === "1.0" && trimmed === "") {
            this.fail("invalid attempt to undefine prefix in XML 1.0");
          }
          this.topNS[local] = trimmed;
          nsPairCheck(this, local, trimmed);
        } else if (name === "xmlns") {
          const trimmed = value.trim();
          this.topNS[""] = trimmed;
          nsPairCheck(this, "", trimmed);
        }
      }
      pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
      }
      /**
       * End parsing. This performs final well-formedness checks and resets the
       * parser to a clean state.
       *
       * @returns this
       */
      end() {
        var _a, _b;
        if (!this.sawRoot) {
          this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
          const tag = tags.pop();
          this.fail(`unclosed tag: ${tag.name}`);
        }
        if (this.state !== S_BEGIN && this.state !== S_TEXT) {
          this.fail("unexpected end.");
        }
        const { text: text5 } = this;
        if (text5.length !== 0) {
          (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text5);
          this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
      }
      /**
       * Resolve a namespace prefix.
       *
       * @param prefix The prefix to resolve.
       *
       * @returns The namespace URI or ``undefined`` if the prefix is not defined.
       */
      resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== void 0) {
          return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
          uri = tags[index].ns[prefix];
          if (uri !== void 0) {
            return uri;
          }
        }
        uri = this.ns[prefix];
        if (uri !== void 0) {
          return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
      }
      /**
       * Parse a qname into its prefix and local name parts.
       *
       * @param name The name to parse
       *
       * @returns
       */
      qname(name) {
        const colon = name.indexOf(":");
        if (colon === -1) {
          return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
          this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
      }
      processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
          const { prefix, local } = this.qname(tag.name);
          tag.prefix = prefix;
          tag.local = local;
          const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
          if (prefix !== "") {
            if (prefix === "xmlns") {
              this.fail('tags may not have "xmlns" as prefix.');
            }
            if (uri === "") {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              tag.uri = prefix;
            }
          }
        }
        if (attribList.length === 0) {
          return;
        }
        const { attributes } = tag;
        const seen = /* @__PURE__ */ new Set();
        for (const attr of attribList) {
          const { name, prefix, local } = attr;
          let uri;
          let eqname;
          if (prefix === "") {
            uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
            eqname = name;
          } else {
            uri = this.resolve(prefix);
            if (uri === void 0) {
              this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
              uri = prefix;
            }
            eqname = `{${uri}}${local}`;
          }
          if (seen.has(eqname)) {
            this.fail(`duplicate attribute: ${eqname}.`);
          }
          seen.add(eqname);
          attr.uri = uri;
          attributes[name] = attr;
        }
        this.attribList = [];
      }
      processAttribsPlain() {
        const { attribList } = this;
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
          if (attributes[name] !== void 0) {
            this.fail(`duplicate attribute: ${name}.`);
          }
          attributes[name] = value;
        }
        this.attribList = [];
      }
      /**
       * Handle a complete open tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onopentag``.
       */
      openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete self-closing tag. This parser code calls this once it has
       * seen the whole tag. This method checks for well-formeness and then emits
       * ``onopentag`` and ``onclosetag``.
       */
      openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
          this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
      }
      /**
       * Handle a complete close tag. This parser code calls this once it has seen
       * the whole tag. This method checks for well-formeness and then emits
       * ``onclosetag``.
       */
      closeTag() {
        const { tags, name } = this;
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
          this.fail("weird empty close tag.");
          this.text += "</>";
          return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
          const tag = this.tag = tags.pop();
          this.topNS = tag.ns;
          handler === null || handler === void 0 ? void 0 : handler(tag);
          if (tag.name === name) {
            break;
          }
          this.fail("unexpected close tag.");
        }
        if (l === 0) {
          this.closedRoot = true;
        } else if (l < 0) {
          this.fail(`unmatched closing tag: ${name}.`);
          this.text += `</${name}>`;
        }
      }
      /**
       * Resolves an entity. Makes any necessary well-formedness checks.
       *
       * @param entity The entity to resolve.
       *
       * @returns The parsed entity.
       */
      parseEntity(entity) {
        if (entity[0] !== "#") {
          const defined = this.ENTITIES[entity];
          if (defined !== void 0) {
            return defined;
          }
          this.fail(this.isName(entity) ? "undefined entity." : "disallowed character in entity name.");
          return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
          num = parseInt(entity.slice(2), 16);
        } else if (/^#[0-9]+$/.test(entity)) {
          num = parseInt(entity.slice(1), 10);
        }
        if (!this.isChar(num)) {
          this.fail("malformed character entity.");
          return `&${entity};`;
        }
        return String.fromCodePoint(num);
      }
    };
    exports.SaxesParser = SaxesParser2;
  }
});

// src/adapters/cli/node-io.ts
import { readFile as readFile2, stat as stat2, writeFile } from "node:fs/promises";

// src/adapters/node/node-kb-store.ts
import { readdir, readFile, stat } from "node:fs/promises";
import { join as join2, resolve } from "node:path";

// src/adapters/node/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached !== void 0) return cached;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "threat-align") {
      cached = folder;
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder)
      throw new Error("threat-align cannot find its own package folder (kb/ ships beside it)");
    folder = parent;
  }
}

// src/adapters/node/node-kb-store.ts
var yamlFile = /\.ya?ml$/i;
function nodeKbStore(options) {
  const shippedRoot = options.shippedRoot ?? join2(packageRoot(), "kb");
  return {
    async shippedVersions(name) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return [];
      try {
        const entries = await readdir(join2(shippedRoot, name), { withFileTypes: true });
        return entries.filter((e) => e.isDirectory() && /^\d+\.\d+\.\d+/.test(e.name)).map((e) => e.name);
      } catch {
        return [];
      }
    },
    async readShipped(name, version) {
      const folder = join2(shippedRoot, name, version);
      const read = await readYamlFolder(folder, `kb/${name}/${version}`);
      return read.ok ? read.files : void 0;
    },
    readFolder(path) {
      return readYamlFolder(resolve(options.cwd, path), path);
    }
  };
}
async function readYamlFolder(folder, shownAs) {
  try {
    const info = await stat(folder);
    if (!info.isDirectory())
      return { ok: false, reason: `${shownAs} is not a folder of knowledge-base files` };
    const names = (await readdir(folder)).filter((n) => yamlFile.test(n)).sort();
    if (names.length === 0) return { ok: false, reason: `${shownAs} holds no .yaml knowledge-base files` };
    const files = await Promise.all(
      names.map(async (n) => ({ path: `${shownAs}/${n}`, text: await readFile(join2(folder, n), "utf8") }))
    );
    return { ok: true, files };
  } catch (error) {
    const code3 = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    return {
      ok: false,
      reason: code3 === "ENOENT" ? `${shownAs} does not exist` : `${shownAs} cannot be read (${code3 || "error"})`
    };
  }
}

// src/adapters/cli/node-io.ts
import { resolve as resolve2 } from "node:path";
var maxInputBytes = 64 * 1024 * 1024;
function nodeIo(cwd = process.cwd()) {
  return {
    cwd,
    knowledgeBases: nodeKbStore({ cwd }),
    stdout: (text5) => process.stdout.write(text5),
    stderr: (text5) => process.stderr.write(text5),
    async readFile(path) {
      const full = resolve2(cwd, path);
      try {
        const info = await stat2(full);
        if (info.isDirectory()) return { ok: false, reason: `${path} is a directory, not a file` };
        if (info.size > maxInputBytes) {
          return {
            ok: false,
            reason: `${path} is ${info.size} bytes; threat-align reads files up to ${maxInputBytes} bytes`
          };
        }
        return { ok: true, bytes: new Uint8Array(await readFile2(full)) };
      } catch (error) {
        return { ok: false, reason: describeFsError(path, error) };
      }
    },
    async writeFile(path, text5) {
      try {
        await writeFile(resolve2(cwd, path), text5, "utf8");
        return { ok: true };
      } catch (error) {
        return { ok: false, reason: describeFsError(path, error) };
      }
    },
    async exists(path) {
      try {
        await stat2(resolve2(cwd, path));
        return true;
      } catch {
        return false;
      }
    }
  };
}
function describeFsError(path, error) {
  const code3 = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code3 === "ENOENT") return `${path} does not exist`;
  if (code3 === "EACCES" || code3 === "EPERM") return `${path} cannot be read: permission denied`;
  return `${path} cannot be read (${code3 || "unknown error"})`;
}

// src/adapters/cli/run-cli.ts
import { parseArgs } from "node:util";

// src/core/findings/finding.ts
var severities = ["error", "warning", "note"];
function isFileLocation(location) {
  return "file" in location;
}
function severityRank(severity) {
  return severities.indexOf(severity);
}

// src/core/findings/fails-run.ts
function failsRun(findings, failOn) {
  if (failOn === "never") return false;
  const threshold2 = severityRank(failOn);
  return findings.some((finding) => severityRank(finding.severity) <= threshold2);
}

// src/core/findings/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintFinding(finding) {
  return createHash("sha256").update(`${finding.check}\0${finding.subject}`).digest("hex").slice(0, 32);
}

// src/core/report/report-options.ts
function checkDocsUrl(options, checkId) {
  return `${options.docsBase}${checkId}.md`;
}

// src/core/report/render-json.ts
function renderJson(analysis, options) {
  const report = {
    tool: { name: "threat-align", version: options.toolVersion },
    ...analysis.kb && analysis.expansion ? {
      knowledgeBase: {
        name: analysis.kb.name,
        version: analysis.kb.version,
        sha256: analysis.kb.sha256,
        profile: analysis.expansion.profile
      }
    } : {},
    findings: analysis.findings.map((finding) => ({
      check: finding.check,
      severity: finding.severity,
      message: finding.message,
      location: finding.location,
      hint: finding.hint,
      docs: checkDocsUrl(options, finding.check),
      fingerprint: fingerprintFinding(finding)
    })),
    threats: (analysis.expansion?.threats ?? []).map((threat) => ({
      id: threat.id,
      type: threat.typeId ?? null,
      title: threat.title,
      element: threat.element,
      stride: threat.stride,
      severity: threat.severity,
      top: threat.top,
      status: threat.status,
      mitigations: threat.mitigations.map((m) => ({ id: m.id, strength: m.strength, status: m.status }))
    })),
    counts: analysis.counts
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/core/report/markdown-blocks.ts
var heading = (text5) => ({ text: text5, kind: "heading", findings: 0 });
var note = (text5) => ({ text: text5, kind: "note", findings: 0 });
var entry = (text5, findings = 0) => ({ text: text5, kind: "entry", findings, tight: true });
function joinBlocks(blocks) {
  let out = "";
  let previous;
  for (const block of blocks) {
    if (previous) out += separator(previous, block);
    out += block.text;
    previous = block;
  }
  return `${out}
`;
}
function separator(previous, block) {
  return block.tight === true && previous.kind === "entry" ? "\n" : "\n\n";
}
function trimBlocks(parts, budget, moreIn) {
  const { head, body, tail } = parts;
  const everything = omitted(body);
  let length = joinBlocks([...head, ...tail, note(notice(everything, moreIn))]).length;
  let kept = 0;
  let previous = head.at(-1);
  for (const block of body) {
    length += (previous ? separator(previous, block).length : 2) + block.text.length;
    if (length > budget) break;
    kept += 1;
    previous = block;
  }
  while (kept > 0 && body[kept - 1]?.kind === "heading") kept -= 1;
  const left = omitted(body.slice(kept));
  return joinBlocks([...head, ...body.slice(0, kept), ...tail, note(notice(left, moreIn))]);
}
function omitted(blocks) {
  let findings = 0;
  let entries = 0;
  for (const block of blocks) {
    findings += block.findings;
    if (block.kind === "entry" && block.findings === 0) entries += 1;
  }
  return { findings, entries };
}
function notice(left, moreIn) {
  const parts = [];
  if (left.findings > 0) parts.push(`${left.findings} more ${left.findings === 1 ? "finding" : "findings"}`);
  if (left.entries > 0) parts.push(`${left.entries} more ${left.entries === 1 ? "entry" : "entries"}`);
  return `\u2026 ${parts.length > 0 ? parts.join(" and ") : "more"}: see ${moreIn}`;
}

// src/core/findings/order-findings.ts
function orderFindings(findings) {
  return [...findings].sort(compareFindings);
}
function compareFindings(a, b) {
  return compareLocation(a, b) || compareText(a.check, b.check) || compareText(a.subject, b.subject) || compareText(a.message, b.message);
}
function compareLocation(a, b) {
  const la = a.location;
  const lb = b.location;
  if (isFileLocation(la) && isFileLocation(lb)) {
    return compareText(la.file, lb.file) || la.line - lb.line || la.column - lb.column;
  }
  if (isFileLocation(la)) return -1;
  if (isFileLocation(lb)) return 1;
  return compareBacklogIds(la.backlogItem.id, lb.backlogItem.id);
}
function compareBacklogIds(a, b) {
  const na = /^\D*(\d+)$/.exec(a);
  const nb = /^\D*(\d+)$/.exec(b);
  if (na?.[1] !== void 0 && nb?.[1] !== void 0) {
    return Number(na[1]) - Number(nb[1]) || compareText(a, b);
  }
  return compareText(a, b);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/checks/ta101-invalid-model.ts
var ta101InvalidModel = {
  id: "TA101",
  title: "The model does not validate",
  defaultSeverity: "error",
  why: "Nothing else can be checked until the model is well-formed: a threat model that does not validate silently loses components, flows or decisions.",
  fix: "Correct the file at the line and column given; the schema is published at schema/threatmodel.schema.json for editor completion."
};

// src/core/source/text-position.ts
var TextPositions = class {
  lineStarts = [0];
  constructor(text5) {
    for (let i = 0; i < text5.length; i += 1) {
      const c = text5.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text5.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  position(offset) {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }
};

// src/core/source/source-index.ts
var SourceIndex = class {
  constructor(file, text5) {
    this.file = file;
    this.positions = new TextPositions(text5);
  }
  file;
  spans = /* @__PURE__ */ new Map();
  positions;
  record(pointer, span) {
    this.spans.set(pointer, span);
  }
  has(pointer) {
    return this.spans.has(pointer);
  }
  /** The node's value, or with `key`, the key that names it in its mapping. */
  locate(pointer, part = "value") {
    let current = pointer;
    for (; ; ) {
      const span = this.spans.get(current);
      if (span) {
        const start = part === "key" && span.keyStart !== void 0 ? span.keyStart : span.start;
        return this.at(start, part === "key" && span.keyStart !== void 0 ? void 0 : span.end);
      }
      if (current === "") return this.at(0);
      current = parentPointer(current);
    }
  }
  /** A location at a character offset of the file. */
  at(offset, endOffset) {
    const { line, column } = this.positions.position(offset);
    const location = { file: this.file, line, column };
    if (endOffset !== void 0 && endOffset > offset) {
      const end = this.positions.position(endOffset);
      location.endLine = end.line;
      location.endColumn = end.column;
    }
    return location;
  }
};
function parentPointer(pointer) {
  const slash = pointer.lastIndexOf("/");
  return slash <= 0 ? "" : pointer.slice(0, slash);
}
function childPointer(pointer, key) {
  return `${pointer}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function describePointer(pointer) {
  if (pointer === "") return "the document";
  let out = "";
  for (const raw of pointer.slice(1).split("/")) {
    const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

// src/core/model/threat-model.ts
function isThreatDecision(entry2) {
  return entry2.id.includes("@");
}

// src/core/model/index-model.ts
function indexModelIds(model) {
  const byId2 = /* @__PURE__ */ new Map();
  const repeats = [];
  const declare = (kind, id2, pointer) => {
    const declaration = { kind, id: id2, pointer: childPointer(pointer, "id") };
    const first = byId2.get(id2);
    if (first) repeats.push({ first, repeat: declaration });
    else byId2.set(id2, declaration);
  };
  const lists2 = [
    ["boundary", "/boundaries", model.boundaries],
    ["data", "/data", model.data],
    ["component", "/components", model.components],
    ["flow", "/flows", model.flows],
    ["requirement", "/requirements", model.requirements]
  ];
  for (const [kind, pointer, list] of lists2) {
    for (const [i, item] of (list ?? []).entries()) declare(kind, item.id, childPointer(pointer, i));
  }
  for (const [i, threat] of (model.threats ?? []).entries()) {
    declare("threat", threat.id, childPointer("/threats", i));
  }
  return { byId: byId2, repeats };
}
function threatElement(threatId3) {
  const at = threatId3.indexOf("@");
  return at === -1 ? void 0 : threatId3.slice(at + 1);
}

// src/core/model/suggest-id.ts
function suggestId(wrong, candidates2) {
  const limit = Math.max(1, Math.min(3, Math.floor(wrong.length / 4)));
  let best;
  let bestDistance = limit + 1;
  for (const candidate of candidates2) {
    if (Math.abs(candidate.length - wrong.length) > limit) continue;
    const distance = editDistance(wrong.toLowerCase(), candidate.toLowerCase(), bestDistance + 1);
    if (distance < bestDistance || distance === bestDistance && best !== void 0 && candidate < best) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}
function editDistance(a, b, cap) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length] ?? cap;
}

// src/core/source/stable-path.ts
function stablePath(value, pointer) {
  if (pointer === "") return "";
  let current = value;
  const out = [];
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current) && /^\d+$/.test(key)) {
      const element = current[Number(key)];
      out.push(identify(element) ?? key);
      current = element;
    } else {
      out.push(raw);
      current = isRecord(current) && Object.hasOwn(current, key) ? current[key] : void 0;
    }
  }
  return `/${out.join("/")}`;
}
function identify(element) {
  if (!isRecord(element)) return void 0;
  const id2 = element.id ?? element.backlog;
  return typeof id2 === "string" ? `[${id2.replace(/~/g, "~0").replace(/\//g, "~1")}]` : void 0;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/core/checks/knowledge-references.ts
function findUnknownKnowledgeReferences(context) {
  const knowledge = context.knowledge;
  if (!knowledge) return [];
  const { kb, expansion, fullExpansion } = knowledge;
  const { model } = context;
  const kbName = `${kb.name}@${kb.version}`;
  const findings = [];
  const report = (pointer, part, id2, what, known) => {
    const suggestion = suggestId(id2, known);
    findings.push({
      message: `"${id2}" is not ${what} of ${kbName}`,
      location: context.index.locate(pointer, part),
      hint: suggestion ? `Did you mean "${suggestion}"? threat-align kb show lists every entry.` : `Write ${what} that ${kbName} defines (threat-align kb show lists them).`,
      subject: `${stablePath(model, pointer)}=${id2}`
    });
  };
  const componentTypes = kb.componentTypes.map((t) => t.id);
  for (const unknown2 of expansion.unknownTypes) {
    report(unknown2.pointer, "value", unknown2.type, "a component type", componentTypes);
  }
  const mitigations = new Set(kb.mitigationTypes.map((m) => m.id));
  const checkMitigation = (pointer, part, id2) => {
    if (!mitigations.has(id2)) report(pointer, part, id2, "a mitigation type", mitigations);
  };
  for (const id2 of Object.keys(model.mitigations ?? {}))
    checkMitigation(childPointer("/mitigations", id2), "key", id2);
  for (const [i, requirement] of (model.requirements ?? []).entries()) {
    for (const [j, id2] of (requirement.mitigations ?? []).entries())
      checkMitigation(`/requirements/${i}/mitigations/${j}`, "value", id2);
  }
  const events = new Set(kb.events.map((e) => e.id));
  for (const id2 of Object.keys(model.events ?? {})) {
    if (!events.has(id2)) report(childPointer("/events", id2), "key", id2, "a security event", events);
  }
  const questions = new Set(kb.questions.map((q) => q.id));
  for (const [component, answers] of Object.entries(model.answers ?? {})) {
    for (const id2 of Object.keys(answers)) {
      if (!questions.has(id2))
        report(childPointer(childPointer("/answers", component), id2), "key", id2, "a question", questions);
    }
  }
  const threatTypes = new Set(kb.threatTypes.map((t) => t.id));
  const generated = new Set(fullExpansion.threats.map((t) => t.id));
  const inScope = new Set(expansion.threats.map((t) => t.id));
  let byElement;
  const threatsOf = (element) => {
    if (!byElement) {
      byElement = /* @__PURE__ */ new Map();
      for (const t of fullExpansion.threats) {
        const list = byElement.get(t.element);
        if (list) list.push(t.id);
        else byElement.set(t.element, [t.id]);
      }
    }
    const ids2 = byElement.get(element) ?? [];
    return ids2.length === 0 ? "none" : ids2.slice(0, 8).join(", ") + (ids2.length > 8 ? ", \u2026" : "");
  };
  const checkThreat = (pointer, threatId3) => {
    if (generated.has(threatId3)) return;
    const at = threatId3.indexOf("@");
    if (at === -1) {
      if (!inScope.has(threatId3)) {
        report(
          pointer,
          "value",
          threatId3,
          "a threat of the model (THREATTYPE@element) or written by hand",
          generated
        );
      }
      return;
    }
    const type = threatId3.slice(0, at);
    const element = threatId3.slice(at + 1);
    if (!threatTypes.has(type)) {
      report(pointer, "value", type, "a threat type", threatTypes);
      return;
    }
    if (!context.ids.byId.has(element)) return;
    findings.push({
      message: `threat type ${type} does not apply to "${element}": its rule in ${kbName} does not hold there, so ${threatId3} does not exist`,
      location: context.index.locate(pointer),
      hint: `Remove this entry, or write a threat by hand (id without "@") if the threat is real here. Threats of "${element}": ${threatsOf(element)}.`,
      subject: `${stablePath(model, pointer)}=${threatId3}`
    });
  };
  for (const [i, entry2] of (model.threats ?? []).entries()) {
    if (isThreatDecision(entry2)) checkThreat(`/threats/${i}/id`, entry2.id);
    else
      for (const [j, id2] of (entry2.mitigations ?? []).entries())
        checkMitigation(`/threats/${i}/mitigations/${j}`, "value", id2);
    if (!isThreatDecision(entry2)) {
      for (const [j, id2] of (entry2.events ?? []).entries()) {
        if (!events.has(id2)) report(`/threats/${i}/events/${j}`, "value", id2, "a security event", events);
      }
    }
  }
  for (const [i, story] of (model.stories ?? []).entries()) {
    for (const [j, id2] of (story.threats ?? []).entries()) checkThreat(`/stories/${i}/threats/${j}`, id2);
  }
  return findings;
}

// src/core/checks/ta102-unknown-reference.ts
var kindNames = {
  boundary: "boundary",
  data: "data asset",
  component: "component",
  flow: "flow",
  requirement: "requirement",
  threat: "threat"
};
var ta102UnknownReference = {
  id: "TA102",
  title: "A reference points to nothing",
  defaultSeverity: "error",
  why: "A reference to an id the model does not declare is a typo or a leftover: the link it was meant to make (a flow, a boundary, a decision) silently does not exist.",
  fix: "Write the id of an element that exists, or declare the missing element.",
  run: (context) => [...findUnknownReferences(context), ...findUnknownKnowledgeReferences(context)]
};
function findUnknownReferences(context) {
  const { model } = context;
  const findings = [];
  const declared = declaredKinds(context);
  const expect = (pointer, id2, kinds2, threatId3) => {
    const kindsOfId = declared.get(id2) ?? [];
    if (kindsOfId.some((kind) => kinds2.includes(kind))) return;
    findings.push(unknown(context, declared, { pointer, id: id2, kinds: kinds2, actualKind: kindsOfId[0], threatId: threatId3 }));
  };
  for (const [i, boundary] of (model.boundaries ?? []).entries()) {
    if (boundary.parent !== void 0) expect(`/boundaries/${i}/parent`, boundary.parent, ["boundary"]);
  }
  findings.push(...findBoundaryCycles(context));
  for (const [i, component] of model.components.entries()) {
    if (component.boundary !== void 0)
      expect(`/components/${i}/boundary`, component.boundary, ["boundary"]);
    for (const [j, data] of (component.data ?? []).entries())
      expect(`/components/${i}/data/${j}`, data, ["data"]);
  }
  for (const [i, flow] of (model.flows ?? []).entries()) {
    expect(`/flows/${i}/from`, flow.from, ["component"]);
    expect(`/flows/${i}/to`, flow.to, ["component"]);
    for (const [j, data] of (flow.data ?? []).entries()) expect(`/flows/${i}/data/${j}`, data, ["data"]);
  }
  for (const [i, threat] of (model.threats ?? []).entries()) {
    if (isThreatDecision(threat)) {
      expect(`/threats/${i}/id`, threatElement(threat.id) ?? "", ["component", "flow"], threat.id);
    } else {
      expect(`/threats/${i}/target`, threat.target, ["component", "flow"]);
    }
  }
  for (const [id2, decision] of Object.entries(model.mitigations ?? {})) {
    for (const element of Object.keys(decision.except ?? {})) {
      const pointer = childPointer(childPointer(childPointer("/mitigations", id2), "except"), element);
      expect(pointer, element, ["component", "flow"]);
    }
  }
  for (const [i, story] of (model.stories ?? []).entries()) {
    for (const [j, threat] of (story.threats ?? []).entries()) {
      const element = threatElement(threat);
      if (element === void 0) expect(`/stories/${i}/threats/${j}`, threat, ["threat"]);
      else expect(`/stories/${i}/threats/${j}`, element, ["component", "flow"], threat);
    }
    for (const [j, requirement] of (story.requirements ?? []).entries()) {
      expect(`/stories/${i}/requirements/${j}`, requirement, ["requirement"]);
    }
  }
  for (const component of Object.keys(model.answers ?? {})) {
    expect(childPointer("/answers", component), component, ["component"]);
  }
  return findings;
}
function declaredKinds(context) {
  const declared = /* @__PURE__ */ new Map();
  const add = ({ id: id2, kind }) => {
    declared.set(id2, [...declared.get(id2) ?? [], kind]);
  };
  context.ids.byId.forEach(add);
  context.ids.repeats.forEach(({ repeat }) => {
    add(repeat);
  });
  return declared;
}
function unknown(context, declared, { pointer, id: id2, kinds: kinds2, actualKind, threatId: threatId3 }) {
  const wanted = kinds2.map((k) => kindNames[k]).join(" or ");
  const isKey = pointer.startsWith("/answers/") || pointer.includes("/except/");
  const candidates2 = [...declared].filter(([, k]) => k.some((kind) => kinds2.includes(kind))).map(([c]) => c);
  const suggestion = suggestId(id2, candidates2);
  const subjectOf = threatId3 === void 0 ? `"${id2}"` : `threat "${threatId3}" is about "${id2}", which`;
  const problem = actualKind ? `${subjectOf} is a ${kindNames[actualKind]}, not a ${wanted}` : `${subjectOf} names no ${wanted} of the model`;
  const hint = suggestion ? `Did you mean "${suggestion}"? Write the id of a ${wanted} declared in the model.` : actualKind ? `Write the id of a ${wanted} declared in the model here.` : `Write the id of a ${wanted} declared in the model, or declare "${id2}".`;
  const where2 = describePointer(isKey ? parentPointer(pointer) : pointer);
  return {
    message: `${where2}: ${problem}`,
    location: context.index.locate(pointer, isKey ? "key" : "value"),
    hint,
    subject: `${stablePath(context.model, pointer)}=${id2}`
  };
}
function findBoundaryCycles(context) {
  const boundaries = context.model.boundaries ?? [];
  const parentOf = new Map(boundaries.map((b) => [b.id, b.parent]));
  const reported = /* @__PURE__ */ new Set();
  const findings = [];
  for (const [i, boundary] of boundaries.entries()) {
    const path = [boundary.id];
    let current = boundary.parent;
    while (current !== void 0 && parentOf.has(current) && !path.includes(current)) {
      path.push(current);
      current = parentOf.get(current);
    }
    if (current !== boundary.id || reported.has(boundary.id)) continue;
    path.forEach((id2) => reported.add(id2));
    findings.push({
      message: `boundary "${boundary.id}" sits inside itself: ${[...path, boundary.id].join(" \u2192 ")}`,
      location: context.index.locate(`/boundaries/${i}/parent`),
      hint: `Remove "parent:" from one of ${path.map((p) => `"${p}"`).join(", ")} so that the nesting has an outermost boundary.`,
      subject: `boundary-cycle:${[...path].sort().join(",")}`
    });
  }
  return findings;
}

// src/core/checks/ta103-duplicate-id.ts
var ta103DuplicateId = {
  id: "TA103",
  title: "Duplicate id",
  defaultSeverity: "error",
  why: "Ids name threats (THREATTYPE@element), links and backlog references; two elements with one id make every such link ambiguous.",
  fix: "Rename one of the two elements; ids share one namespace across boundaries, data, components, flows, requirements and threats.",
  run: findDuplicateIds
};
function findDuplicateIds(context) {
  const occurrences = /* @__PURE__ */ new Map();
  return context.ids.repeats.map(({ first, repeat }) => {
    const occurrence = (occurrences.get(repeat.id) ?? 0) + 1;
    occurrences.set(repeat.id, occurrence);
    const at = context.index.locate(first.pointer);
    const firstAt = `line ${at.line}:${at.column}`;
    const bothDecisions = first.kind === "threat" && repeat.kind === "threat" && repeat.id.includes("@");
    return {
      message: `${describePointer(repeat.pointer)}: "${repeat.id}" is already the id of the ${kindNames[first.kind]} at ${firstAt}`,
      location: context.index.locate(repeat.pointer),
      hint: bothDecisions ? `Keep one decision on "${repeat.id}": remove this entry, or merge it into the one at ${firstAt}.` : `Rename this ${kindNames[repeat.kind]}, or merge it into the ${kindNames[first.kind]} at ${firstAt}: boundaries, data assets, components, flows, requirements and threats share one namespace of ids.`,
      subject: `duplicate:${repeat.kind}:${repeat.id}:${occurrence}`
    };
  });
}

// src/core/checks/ta104-pin-mismatch.ts
var ta104PinMismatch = {
  id: "TA104",
  title: "The knowledge-base pin does not match",
  defaultSeverity: "error",
  why: "The threats a model gets depend on the exact knowledge base; without a matching pin the same model can silently gain or lose threats when the knowledge base changes.",
  fix: "Run `threat-align kb pin` to record the name, version and sha256 of the knowledge base the model uses, after reviewing what changed with `threat-align kb diff`.",
  run: findPinMismatch
};
function findPinMismatch(context) {
  const pin = context.knowledge?.pin;
  if (!pin) return [];
  const { loaded } = pin;
  const described = `${loaded.name}@${loaded.version}`;
  if (!pin.declared) {
    if (pin.imported === true) return [];
    return [
      {
        message: `the model does not say which knowledge base it uses; it was checked against ${described}`,
        location: context.index.locate("/schema", "key"),
        hint: `Run threat-align kb pin, or add knowledgeBase: { use: ${described}, sha256: ${loaded.sha256} } to the model.`,
        subject: "pin:undeclared"
      }
    ];
  }
  if (pin.pinnedSha256 === void 0) {
    return [
      {
        message: `the knowledge base ${pin.use} is not pinned: the model records no sha256`,
        location: context.index.locate("/knowledgeBase/use"),
        hint: `Run threat-align kb pin, or add sha256: ${loaded.sha256} to knowledgeBase.`,
        subject: "pin:missing"
      }
    ];
  }
  if (pin.pinnedSha256 !== loaded.sha256) {
    return [
      {
        message: `the pinned sha256 does not match ${pin.use} (${described} has ${loaded.sha256.slice(0, 12)}\u2026, the model pins ${pin.pinnedSha256.slice(0, 12)}\u2026): its content changed since it was pinned`,
        location: context.index.locate("/knowledgeBase/sha256"),
        hint: "Review the change with threat-align kb diff, then run threat-align kb pin to record the new hash.",
        subject: "pin:sha256"
      }
    ];
  }
  return [];
}

// src/core/checks/ta105-newer-knowledge-base.ts
var ta105NewerKnowledgeBase = {
  id: "TA105",
  title: "A newer knowledge-base version exists",
  defaultSeverity: "note",
  why: "Newer knowledge-base versions add threats found since and retire wrong ones; staying on an old pin keeps the model blind to them.",
  fix: "Review the change with `threat-align kb diff core@NEW`, then move `knowledgeBase.use` to the new version and run `threat-align kb pin`.",
  run: findNewerKnowledgeBase
};
function findNewerKnowledgeBase(context) {
  const upgrade = context.knowledge?.upgrade;
  if (!upgrade) return [];
  return [
    {
      message: `${upgrade.to} is available (the model uses ${upgrade.from}): moving would add ${upgrade.added.length} threat${upgrade.added.length === 1 ? "" : "s"} and remove ${upgrade.removed.length}`,
      location: context.index.locate("/knowledgeBase/use"),
      hint: `Run threat-align kb diff ${upgrade.to} to see them, then write use: ${upgrade.to} and run threat-align kb pin.`,
      subject: `upgrade:${upgrade.to}`
    }
  ];
}

// src/core/checks/ta106-invalid-knowledge-base.ts
var ta106InvalidKnowledgeBase = {
  id: "TA106",
  title: "The knowledge base does not load",
  defaultSeverity: "error",
  why: "Threats and mitigations come from the knowledge base; one that does not load (a bad rule, a missing entry, a conflict with the one it extends) would leave the model unchecked.",
  fix: "Correct the knowledge-base file at the line and column given; the format is in docs/knowledge-base.md and schema/kb.schema.json."
};

// src/core/checks/ta107-unmapped-import.ts
var ta107UnmappedImport = {
  id: "TA107",
  title: "Part of an imported model could not be mapped",
  defaultSeverity: "warning",
  why: "A threat model read from another tool must not lose elements silently: an element whose type has no knowledge-base counterpart gets no threats, and a construct the native format cannot express is not checked.",
  fix: "Give the element a type the knowledge base knows (see the mapping table in docs/importing.md), or convert the model with threat-align import and complete it by hand."
};

// src/core/link/suggest-threat-types.ts
var stopWords = new Set(
  "a an the my our your their his her its me us them i we you they to of in on at by for from with and or but so that this these those be being been is are was were it as any some other else someone somebody something anyone anybody nobody".split(
    " "
  )
);
function contentWords(text5) {
  const words = /* @__PURE__ */ new Set();
  for (const raw of text5.toLowerCase().split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || stopWords.has(raw)) continue;
    words.add(stem(raw));
  }
  return words;
}
function stem(word) {
  for (const suffix of ["ing", "ed", "es", "s"]) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      const last = base.charAt(base.length - 1);
      return base.length > 3 && last === base.charAt(base.length - 2) && !"aeiou".includes(last) ? base.slice(0, -1) : base;
    }
  }
  return word;
}
var resemblanceThreshold = 0.5;
function suggestThreatTypes(clause, threatTypes) {
  const words = contentWords(clause);
  const ranked = [];
  for (const type of threatTypes) {
    let best;
    for (const phrase of type.withoutPhrases ?? []) {
      const phraseWords = contentWords(phrase);
      if (phraseWords.size === 0) continue;
      let shared = 0;
      for (const word of phraseWords) if (words.has(word)) shared += 1;
      const score = shared / phraseWords.size;
      if (!best || score > best.score || score === best.score && shared > best.shared) {
        best = { typeId: type.id, phrase, score, shared };
      }
    }
    if (best && best.score >= resemblanceThreshold) ranked.push(best);
  }
  ranked.sort((a, b) => b.score - a.score || b.shared - a.shared || compareText(a.typeId, b.typeId));
  return ranked.map(({ typeId, phrase, score }) => ({ typeId, phrase, score }));
}

// src/core/checks/alignment-wording.ts
var maxQuoteLength = 120;
function cutText(text5) {
  const chars = Array.from(text5.replace(/\s+/g, " ").trim());
  return chars.length > maxQuoteLength ? `${chars.slice(0, maxQuoteLength).join("")}\u2026` : chars.join("");
}
function quoteText(text5) {
  return `"${cutText(text5)}"`;
}
function itemLocation(item) {
  return { backlogItem: item.url === void 0 ? { id: item.id } : { id: item.id, url: item.url } };
}
function isWontDo(item) {
  return item.status === "wont-do";
}
function listIds(ids2, conjunction = "and", max = 5) {
  if (ids2.length <= 1) return ids2.join("");
  if (ids2.length > max) {
    const rest = ids2.length - max;
    return `${ids2.slice(0, max).join(", ")} ${conjunction === "and" ? "and" : "or one of"} ${rest} more`;
  }
  return `${ids2.slice(0, -1).join(", ")} ${conjunction} ${ids2.at(-1) ?? ""}`;
}
function withoutKeywordOf(context) {
  return context.alignment?.withoutKeyword ?? "WITHOUT";
}
function threatDecisionHint(model, threat, status) {
  if (threat.pointer.startsWith("/threats/"))
    return `set status: ${status} and reason: \u2026 on its entry under threats:`;
  const entry2 = `{ id: ${threat.id}, status: ${status}, reason: \u2026 }`;
  return model.threats === void 0 ? `write threats: [${entry2}]` : `add - ${entry2} under threats:`;
}

// src/core/checks/ta201-without-story-unmapped.ts
var ta201WithoutStoryUnmapped = {
  id: "TA201",
  title: "A WITHOUT story is linked to no threat",
  defaultSeverity: "warning",
  why: "A WITHOUT clause says what must not happen. Until the story is linked to the threat that would make it happen, nothing checks that the mitigations of that threat are planned with the story.",
  fix: "Link the story to the threat its clause is about: a threat:THREATTYPE@element label on the item, the threat id in its body, or an entry under stories: in the model.",
  run: findUnmappedWithoutStories
};
function findUnmappedWithoutStories(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const known = new Set(knowledge.fullExpansion.threats.map((t) => t.id));
  const keyword = withoutKeywordOf(context);
  const findings = [];
  for (const [itemId, clauses] of links.withoutClauses) {
    const item = links.items.get(itemId);
    const first = clauses[0];
    if (!item || !first || isWontDo(item)) continue;
    const linked = [...links.linkedFrom.get(itemId)?.threat ?? []].filter((id2) => known.has(id2));
    if (linked.length > 0) continue;
    const resemblance = findResemblance(clauses, knowledge, item);
    const clause = resemblance?.clause ?? first;
    const found = `story ${item.id} has a ${keyword} clause in its ${clause.field}, ${quoteText(clause.text)}, but is linked to no threat`;
    findings.push({
      message: resemblance ? `${found}; the clause resembles ${resemblance.typeId} (${resemblance.typeName}: "${resemblance.phrase}")` : found,
      location: itemLocation(item),
      hint: resemblance ? suggestedLinkHint(item, resemblance) : genericLinkHint(item, keyword),
      subject: item.id
    });
  }
  return findings;
}
function findResemblance(clauses, knowledge, item) {
  let best;
  for (const clause of clauses) {
    for (const suggestion of suggestThreatTypes(clause.text, knowledge.kb.threatTypes)) {
      const threats = threatsOfType(suggestion.typeId, knowledge);
      if (threats.length === 0) continue;
      if (!best || suggestion.score > best.score) {
        const typeName = knowledge.kb.threatTypes.find((t) => t.id === suggestion.typeId)?.name ?? "";
        best = { clause, ...suggestion, typeName, threats: namedFirst(threats, item) };
      }
      break;
    }
  }
  return best;
}
function threatsOfType(typeId, knowledge) {
  const inScope = knowledge.expansion.threats.filter((t) => t.typeId === typeId);
  return inScope.length > 0 ? inScope : knowledge.fullExpansion.threats.filter((t) => t.typeId === typeId);
}
function namedFirst(threats, item) {
  const text5 = [item.title, item.body, ...item.labels].join("\n").toLowerCase();
  const words = new Set(text5.split(/[^a-z0-9._-]+/));
  const named2 = threats.filter((t) => words.has(t.element.toLowerCase()));
  return [...named2, ...threats.filter((t) => !named2.includes(t))].map((t) => t.id);
}
function storyEntry(item, threatId3) {
  return `- { backlog: "${item.id}", threats: [${threatId3}] }`;
}
function suggestedLinkHint(item, resemblance) {
  const [threatId3 = "", ...others] = resemblance.threats;
  const hint = `Add the label threat:${threatId3} to ${item.id}, or write ${threatId3} in its body (or list it under stories: in the model: ${storyEntry(item, threatId3)}).`;
  if (others.length === 0) return hint;
  return `${hint} ${resemblance.typeId} also applies elsewhere: write ${listIds(others, "or")} instead if the story is about ${others.length === 1 ? "that element" : "one of those elements"}.`;
}
function genericLinkHint(item, keyword) {
  return `Link ${item.id} to the threat its ${keyword} clause is about: add the label threat:THREATTYPE@element to ${item.id} or write the threat id in its body (or list it under stories: in the model: ${storyEntry(item, "THREATTYPE@element")}); threat-align check lists the model's threats. If none of them is what the clause is about, write that threat by hand under threats: in the model.`;
}

// src/core/checks/ta202-threat-without-story.ts
var ta202ThreatWithoutStory = {
  id: "TA202",
  title: "A TOP or high-severity threat is linked to no story",
  defaultSeverity: "warning",
  why: "A TOP or high-severity threat that no user story mentions is planned with no feature: its mitigations slip out of the sprints that build what it endangers.",
  fix: "Link the user story the threat endangers (a threat:THREATTYPE@element label, the id in its body, or stories: in the model), write such a story with a WITHOUT clause, or mark the threat not-applicable with a reason.",
  run: findThreatsWithoutStory
};
function findThreatsWithoutStory(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const kbTypes = new Map(knowledge.kb.threatTypes.map((t) => [t.id, t]));
  const findings = [];
  for (const threat of knowledge.expansion.threats) {
    if (!isImportant(threat) || threat.status === "not-applicable") continue;
    const linked = [...links.itemsFor.threat.get(threat.id) ?? []];
    const stories = linked.filter((id2) => links.stories.has(id2));
    const abandoned = stories.filter((id2) => isAbandoned(links, id2));
    if (stories.length > abandoned.length) continue;
    const others = linked.filter((id2) => !links.stories.has(id2));
    const phrase = threat.typeId === void 0 ? void 0 : kbTypes.get(threat.typeId)?.withoutPhrases?.[0];
    findings.push({
      message: `threat ${threat.id} (${threat.title}; ${importance(threat)}) is linked to no user story${explain(others, abandoned)}`,
      location: context.index.locate(threat.pointer),
      hint: linkHint(context, threat, phrase),
      subject: threat.id
    });
  }
  return findings;
}
function isImportant(threat) {
  return threat.top || threat.severity === "high" || threat.severity === "critical";
}
function importance(threat) {
  return threat.top ? `TOP, severity ${threat.severity}` : `severity ${threat.severity}`;
}
function isAbandoned(links, itemId) {
  const item = links.items.get(itemId);
  return item !== void 0 && isWontDo(item);
}
function explain(others, abandoned) {
  const parts = [];
  if (others.length === 1) parts.push(`${listIds(others)} links to it but is not a story`);
  if (others.length > 1) parts.push(`${listIds(others)} link to it but none of them is a story`);
  if (abandoned.length === 1) parts.push(`its story ${listIds(abandoned)} is closed as won't do`);
  if (abandoned.length > 1) parts.push(`its stories ${listIds(abandoned)} are closed as won't do`);
  return parts.length === 0 ? "" : `: ${parts.join("; ")}`;
}
function linkHint(context, threat, phrase) {
  const keyword = withoutKeywordOf(context);
  const example = phrase ? `a ${keyword} clause such as "\u2026 ${keyword} ${phrase}."` : `a ${keyword} clause that says what this threat must not achieve`;
  return `Link the user story this threat endangers: add the label threat:${threat.id} to it, or write ${threat.id} in its body, or list it under stories: in the model: - { backlog: "#123", threats: [${threat.id}] } (with the story's id). If no story covers it yet, write one with ${example}; if the threat does not apply, ${threatDecisionHint(context.model, threat, "not-applicable")}.`;
}

// src/core/checks/ta203-story-without-clause.ts
var ta203StoryWithoutClause = {
  id: "TA203",
  title: "A story linked to a threat has no WITHOUT clause",
  defaultSeverity: "warning",
  why: "The WITHOUT clause is how a story tells its team, in their own words, what must not happen; a story linked to a threat without one leaves the threat invisible to whoever builds it.",
  fix: "Add a WITHOUT clause (the keyword in capitals, to the end of its sentence) to the story\u2019s title or body, saying what the linked threat must not achieve.",
  run: findStoriesWithoutClause
};
var maxTitleToExtend = 120;
function findStoriesWithoutClause(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const threats = new Map(knowledge.fullExpansion.threats.map((t) => [t.id, t]));
  const order = new Map(knowledge.fullExpansion.threats.map((t, i) => [t.id, i]));
  const findings = [];
  for (const itemId of links.stories) {
    const item = links.items.get(itemId);
    if (!item || isWontDo(item) || links.withoutClauses.has(itemId)) continue;
    const linked = [...links.linkedFrom.get(itemId)?.threat ?? []].filter((id2) => threats.has(id2)).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    if (linked.length === 0) continue;
    const what = linked.length === 1 ? `threat ${linked[0] ?? ""}` : `threats ${listIds(linked)}`;
    findings.push({
      message: `story ${item.id} is linked to ${what} but has no ${withoutKeywordOf(context)} clause`,
      location: itemLocation(item),
      hint: clauseHint(context, item, linked.map((id2) => threats.get(id2)).filter(isThreat), knowledge),
      subject: item.id
    });
  }
  return findings;
}
function isThreat(threat) {
  return threat !== void 0;
}
function clauseHint(context, item, linked, knowledge) {
  const keyword = withoutKeywordOf(context);
  const rule = `(${keyword} in capitals; the clause runs to the end of its sentence)`;
  for (const threat2 of linked) {
    const type = knowledge.kb.threatTypes.find((t) => t.id === threat2.typeId);
    const phrase = type?.withoutPhrases?.[0];
    if (phrase === void 0) continue;
    const sentence = `"This story must be done ${keyword} ${phrase}."`;
    const title3 = item.title.trim().replace(/[.!?]+$/, "");
    const from = `the phrase ${knowledge.kb.name}@${knowledge.kb.version} gives for ${threat2.typeId ?? ""}, the type of ${threat2.id}`;
    if (/^as an? /i.test(title3) && title3.length <= maxTitleToExtend) {
      return `Say what must not happen ${rule}: change the title of ${item.id} to "${title3}, ${keyword} ${phrase}", or add to its body: ${sentence} This is ${from}; reword it in the story's terms.`;
    }
    return `Say what must not happen ${rule}: add to the body of ${item.id}: ${sentence} This is ${from}; reword it in the story's terms.`;
  }
  const threat = linked[0];
  const about = threat ? ` what threat ${threat.id} (${threat.title}) must not achieve` : " what must not happen";
  return `Add to the body of ${item.id} a sentence that says${about} ${rule}: "This story must be done ${keyword} \u2026".`;
}

// src/core/checks/ta204-unknown-backlog-mention.ts
var ta204UnknownBacklogMention = {
  id: "TA204",
  title: "A backlog item names an id the model does not have",
  defaultSeverity: "warning",
  why: "An id in a backlog item is a link; when the model has no such threat, mitigation, requirement or event, the link is silently lost and the item looks unplanned to every other check.",
  fix: "Correct the id in the item\u2019s title, body or label to one the model or its knowledge base has, or remove it.",
  run: findUnknownMentions
};
var kindNames2 = {
  threat: "threat",
  mitigation: "mitigation type",
  requirement: "requirement",
  event: "security event"
};
function findUnknownMentions(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const findings = [];
  for (const mention of alignment.links.unknownMentions) {
    const item = alignment.links.items.get(mention.itemId);
    if (!item || isWontDo(item)) continue;
    const label2 = mention.where === "label" ? findLabel(item, mention.id) : void 0;
    const kind = label2?.kind ?? kindOfShape(mention.id);
    const known = knownIds(context, knowledge, kind);
    const suggestion = suggestId(mention.id, known);
    const where2 = label2 ? `the label ${label2.text}` : `its ${mention.where}`;
    const shown = { ...mention, id: cutText(mention.id) };
    findings.push({
      message: `${item.id} names ${kindNames2[kind]} ${shown.id} in ${where2}, but ${whyUnknown(context, knowledge, kind, mention.id)}`,
      location: itemLocation(item),
      hint: suggestion ? fixHint(item, shown, label2, suggestion) : noSuggestionHint(context, knowledge, item, shown, kind, label2),
      subject: `${item.id}:${mention.id}`
    });
  }
  return findings;
}
function findLabel(item, id2) {
  for (const text5 of item.labels) {
    const colon = text5.indexOf(":");
    if (colon <= 0 || text5.slice(colon + 1).trim() !== id2) continue;
    const prefix = text5.slice(0, colon).trim();
    const kind = ["threat", "mitigation", "requirement", "event"].find(
      (k) => k === prefix.toLowerCase()
    );
    if (kind) return { text: cutText(text5), prefix: cutText(prefix), kind };
  }
  return void 0;
}
function kindOfShape(id2) {
  if (id2.startsWith("M-")) return "mitigation";
  if (id2.startsWith("EV-")) return "event";
  return "threat";
}
function knownIds(context, knowledge, kind) {
  switch (kind) {
    case "threat":
      return knowledge.fullExpansion.threats.map((t) => t.id);
    case "mitigation":
      return knowledge.kb.mitigationTypes.map((m) => m.id);
    case "event":
      return knowledge.kb.events.map((e) => e.id);
    case "requirement":
      return (context.model.requirements ?? []).map((r) => r.id);
  }
}
function whyUnknown(context, knowledge, kind, id2) {
  const kbName = `${knowledge.kb.name}@${knowledge.kb.version}`;
  if (kind === "mitigation") return `${kbName} has no such mitigation type`;
  if (kind === "event") return `${kbName} has no such security event`;
  if (kind === "requirement") return "the model has no such requirement";
  const element = threatElement(id2);
  if (element === void 0) return "the model has no such threat";
  const typeId = id2.slice(0, id2.indexOf("@"));
  if (!knowledge.kb.threatTypes.some((t) => t.id === typeId))
    return `${kbName} has no threat type ${cutText(typeId)}`;
  const declared = context.ids.byId.get(element);
  if (declared?.kind !== "component" && declared?.kind !== "flow")
    return `the model has no component or flow "${cutText(element)}"`;
  return `threat type ${typeId} does not apply to ${element} in this model`;
}
function fixHint(item, mention, label2, suggestion) {
  if (label2)
    return `Did you mean ${suggestion}? Replace the label ${label2.text} on ${item.id} with ${label2.prefix}:${suggestion}.`;
  return `Did you mean ${suggestion}? Replace ${mention.id} with ${suggestion} in the ${mention.where} of ${item.id}.`;
}
function noSuggestionHint(context, knowledge, item, mention, kind, label2) {
  const remove = label2 ? `remove the label ${label2.text} from ${item.id}` : `remove ${mention.id} from the ${mention.where} of ${item.id}`;
  const kbName = `${knowledge.kb.name}@${knowledge.kb.version}`;
  switch (kind) {
    case "mitigation":
      return `Write a mitigation type of ${kbName} instead (threat-align kb show lists them), or ${remove}.`;
    case "event":
      return `Write a security event of ${kbName} instead (threat-align kb show lists them), or ${remove}.`;
    case "requirement": {
      const ids2 = (context.model.requirements ?? []).map((r) => r.id);
      const existing = ids2.length > 0 ? `write one of ${listIds(ids2, "or")}, ` : "";
      return `Declare it in the model (- { id: ${mention.id}, text: \u2026 } under requirements:), ${existing}or ${remove}.`;
    }
    case "threat": {
      const element = threatElement(mention.id);
      const ofElement = knowledge.fullExpansion.threats.filter((t) => t.element === element).map((t) => t.id);
      const choices = ofElement.length > 0 ? `write one of the threats of ${element ?? ""}: ${listIds(ofElement, "or")}` : "write the id of a threat of the model (threat-align check lists them)";
      return `${capitalize(choices)}, or ${remove}; if the threat is real and the model lacks it, write it by hand under threats: in the model.`;
    }
  }
}
function capitalize(text5) {
  return text5.charAt(0).toUpperCase() + text5.slice(1);
}

// src/core/checks/ta205-threat-unmitigated.ts
var ta205ThreatUnmitigated = {
  id: "TA205",
  title: "A threat has no mitigation in place or planned",
  defaultSeverity: "warning",
  why: "A threat in scope with no mitigation implemented, planned or in progress, and no decision to accept the risk, is a known weakness that nobody has decided anything about.",
  fix: "Give one of its mitigations the status planned (with its backlog item), in progress or implemented under mitigations:, or record an accepted-risk decision with a reason under threats:.",
  run: findUnmitigatedThreats
};
var acting = ["implemented", "planned", "in-progress"];
var strengthOrder = { strong: 0, medium: 1, weak: 2 };
function findUnmitigatedThreats(context) {
  const knowledge = context.knowledge;
  if (!knowledge) return [];
  const full = new Map(knowledge.fullExpansion.threats.map((t) => [t.id, t]));
  const findings = [];
  for (const threat of knowledge.expansion.threats) {
    if (threat.status === "not-applicable" || threat.status === "accepted-risk") continue;
    const everyMitigation = full.get(threat.id)?.mitigations ?? threat.mitigations;
    if ([...threat.mitigations, ...everyMitigation].some((m) => acting.includes(m.status))) continue;
    const mitigations = strongestFirst(threat.mitigations.length > 0 ? threat.mitigations : everyMitigation);
    findings.push({
      message: describe(threat, mitigations),
      location: context.index.locate(threat.pointer),
      hint: `${planHint(context, threat, mitigations)}; or record that the risk is accepted: ${threatDecisionHint(context.model, threat, "accepted-risk")}.`,
      subject: threat.id
    });
  }
  return findings;
}
function strongestFirst(mitigations) {
  return [...mitigations].sort((a, b) => strengthOrder[a.strength] - strengthOrder[b.strength]);
}
function describe(threat, mitigations) {
  const subject = `threat ${threat.id} (${threat.title})`;
  const marked = threat.status === "mitigated" ? " is marked mitigated, but" : "";
  if (mitigations.length === 0) return `${subject}${marked} has no mitigation: none is listed for it`;
  const statuses = mitigations.map((m) => `${m.id} ${m.status}`).join(", ");
  return `${subject}${marked} has no mitigation implemented, planned or in progress (${statuses})`;
}
function planHint(context, threat, mitigations) {
  if (mitigations.length === 0) {
    const where2 = threat.origin === "model" ? "list its mitigation types on its entry under threats: (mitigations: [M-\u2026]; threat-align kb show lists them), then " : "";
    return `Name how it is mitigated: ${where2}write mitigations: { M-\u2026: { status: planned, backlog: ["#123"] } } in the model, with the id of the backlog item that does it`;
  }
  const chosen = mitigations.find((m) => m.status !== "not-applicable") ?? mitigations[0];
  const id2 = chosen?.id ?? "";
  const plan = '{ status: planned, backlog: ["#123"] }';
  const decisions = context.model.mitigations;
  const yaml = decisions?.[id2]?.except?.[threat.element] !== void 0 ? `set its exception to ${threat.element}: ${plan} under mitigations: ${id2}: except:` : decisions?.[id2] !== void 0 ? `set ${id2}: ${plan} under mitigations:` : decisions !== void 0 ? `add ${id2}: ${plan} under mitigations:` : `write mitigations: { ${id2}: ${plan} }`;
  const its = mitigations.map((m) => `${m.id} (${m.strength})`).join(", ");
  const which = mitigations.length === 1 ? `its mitigation ${its}` : `one of its mitigations (strongest first: ${its})`;
  return `Plan ${which}: ${yaml} in the model, with the id of the backlog item that does it`;
}

// src/core/checks/backlog-work.ts
var settledStatuses = /* @__PURE__ */ new Set([
  "implemented",
  "not-applicable",
  "accepted-risk"
]);
function isSettled(status) {
  return settledStatuses.has(status);
}
function describeItem(item) {
  return `${item.id} ${quoteText(item.title)}`;
}
function listSome(parts, max = 6) {
  const shown = parts.slice(0, max);
  const rest = parts.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1) ?? ""}`;
}
function compareItems(a, b) {
  const na = /(\d+)$/.exec(a.id)?.[1];
  const nb = /(\d+)$/.exec(b.id)?.[1];
  const byNumber = na !== void 0 && nb !== void 0 ? Number(na) - Number(nb) : 0;
  return byNumber || compareText(a.id, b.id);
}
function refExample(context) {
  return context.alignment?.items.some((item) => item.id.startsWith("AB#")) === true ? "AB#N" : "#N";
}
function mitigationItems(links, mitigation, element) {
  const linked = links.itemsFor.mitigation.get(mitigation) ?? /* @__PURE__ */ new Set();
  const carried = /* @__PURE__ */ new Set();
  const elsewhere = /* @__PURE__ */ new Set();
  for (const reference2 of links.modelReferences) {
    if (reference2.kind !== "mitigation" || reference2.owner !== mitigation) continue;
    const here = reference2.element === void 0 || reference2.element === element;
    (here ? carried : elsewhere).add(reference2.itemId);
  }
  const items = [];
  for (const id2 of linked) {
    const item = links.items.get(id2);
    if (item && (carried.has(id2) || !elsewhere.has(id2))) items.push(item);
  }
  return items.sort(compareItems);
}

// src/core/checks/ta301-mitigation-without-backlog.ts
var ta301MitigationWithoutBacklog = {
  id: "TA301",
  title: "A mitigation that is not in place has no backlog item",
  defaultSeverity: "warning",
  why: "A mitigation that is not in place and not in the backlog is work nobody plans: the threats it answers stay open release after release.",
  fix: "Open a backlog item for the mitigation and link it, from the model (`backlog:` on the mitigation) or from the item (the label `mitigation:M-\u2026`, or the id in its title or body); or record in the model that it is implemented, not applicable or an accepted risk.",
  run: findMitigationsWithoutBacklog
};
function findMitigationsWithoutBacklog(context) {
  const expansion = context.knowledge?.expansion;
  if (!expansion) return [];
  const pending = pendingPlaces(expansion);
  const findings = [];
  for (const rollup of expansion.mitigations) {
    const places = pending.get(rollup.id);
    if (!places) continue;
    const linked = linkedItems(context, rollup);
    if (linked.live > 0) continue;
    const wontDo = linked.wontDo.map(describeItem);
    const carried = wontDo.length === 0 ? "no backlog item carries it" : `its only backlog item${wontDo.length === 1 ? " was" : "s were"} closed as won't do: ${listSome(wontDo)}`;
    findings.push({
      message: `mitigation ${named(rollup)} is ${describePlaces(places)}, and ${carried}`,
      location: context.index.locate(rollup.pointer, rollup.decided ? "key" : "value"),
      hint: hintFor(context, rollup),
      subject: rollup.id
    });
  }
  return findings;
}
function pendingPlaces(expansion) {
  const pending = /* @__PURE__ */ new Map();
  for (const threat of expansion.threats) {
    if (threat.status !== "open") continue;
    for (const applied of threat.mitigations) {
      if (isSettled(applied.status)) continue;
      const places = pending.get(applied.id) ?? /* @__PURE__ */ new Map();
      places.set(threat.element, applied.status);
      pending.set(applied.id, places);
    }
  }
  return pending;
}
function linkedItems(context, rollup) {
  const alignment = context.alignment;
  if (!alignment) {
    const refs = rollup.backlog.length + rollup.places.reduce((n, place) => n + place.backlog.length, 0);
    return { live: refs, wontDo: [] };
  }
  const { links } = alignment;
  const wontDo = [];
  let live = 0;
  for (const id2 of links.itemsFor.mitigation.get(rollup.id) ?? []) {
    const item = links.items.get(id2);
    if (item?.status === "wont-do") wontDo.push(item);
    else live += 1;
  }
  return { live, wontDo };
}
function named(rollup) {
  return rollup.name === rollup.id ? rollup.id : `${rollup.id} (${rollup.name})`;
}
function describePlaces(places) {
  const byStatus = /* @__PURE__ */ new Map();
  for (const [element, status] of places) byStatus.set(status, [...byStatus.get(status) ?? [], element]);
  return listSome([...byStatus].map(([status, elements]) => `${status} at ${listSome(elements)}`));
}
function hintFor(context, rollup) {
  const id2 = rollup.id;
  const ref = refExample(context);
  const model = rollup.decided ? `add backlog: ["${ref}"] to ${id2} under mitigations:` : `under mitigations: write ${id2}: { status: planned, backlog: ["${ref}"] }`;
  const noBacklog = context.alignment ? "" : " No backlog was read in this run, so only backlog: references in the model count.";
  return `Open a backlog item for ${id2} and link it: ${model} (N: the item's number), or give the item the label mitigation:${id2}. If it is already in place, write status: implemented instead; if it is not needed, status: not-applicable or accepted-risk with a reason:.${noBacklog}`;
}

// src/core/checks/ta302-implemented-with-open-items.ts
var ta302ImplementedWithOpenItems = {
  id: "TA302",
  title: "A mitigation is marked implemented but its backlog items are all open",
  defaultSeverity: "warning",
  why: "A status of implemented tells reviewers and auditors that the control is in place; when every item that carries the work is still open, the model claims protection the system does not have yet.",
  fix: "Close the items if the work is done, or set the mitigation back to in-progress (or planned) until it is.",
  run: findImplementedWithOpenItems
};
function findImplementedWithOpenItems(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const names = new Map(knowledge.kb.mitigationTypes.map((m) => [m.id, m.name]));
  const findings = [];
  for (const [id2, decision] of Object.entries(context.model.mitigations ?? {})) {
    if (decision.status !== "implemented") continue;
    const items = mitigationItems(alignment.links, id2);
    if (items.length === 0 || items.some((item) => item.status !== "open")) continue;
    const name = names.get(id2);
    const listed = listSome(items.map(describeItem));
    const ids2 = listSome(items.map((item) => item.id));
    findings.push({
      message: `mitigation ${name === void 0 ? id2 : `${id2} (${name})`} is marked implemented, but ` + (items.length === 1 ? `its backlog item is still open: ${listed}` : `its backlog items are all still open: ${listed}`),
      location: context.index.locate(childPointer(childPointer("/mitigations", id2), "status")),
      hint: `If the work is done, close ${ids2} as completed; if it is not, write status: in-progress for ${id2} under mitigations: until it is.`,
      subject: id2
    });
  }
  return findings;
}

// src/core/checks/ta303-done-items-still-planned.ts
var ta303DoneItemsStillPlanned = {
  id: "TA303",
  title: "All backlog items of a mitigation are done but the model still says planned or in progress",
  defaultSeverity: "note",
  why: "When the work is finished but the model still calls the mitigation planned, reports understate the protection in place and keep asking for work that is done.",
  fix: "Write status: implemented for the mitigation, or open (or link) an item for the work that remains.",
  run: findDoneItemsStillPlanned
};
function findDoneItemsStillPlanned(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const names = new Map(knowledge.kb.mitigationTypes.map((m) => [m.id, m.name]));
  const findings = [];
  for (const [id2, decision] of Object.entries(context.model.mitigations ?? {})) {
    if (decision.status !== "planned" && decision.status !== "in-progress") continue;
    const items = mitigationItems(alignment.links, id2);
    const worked = items.filter((item) => item.status !== "wont-do");
    if (worked.length === 0 || worked.some((item) => item.status !== "done")) continue;
    const dropped = items.filter((item) => item.status === "wont-do").map((item) => item.id);
    const name = names.get(id2);
    const done = listSome(worked.map(describeItem));
    findings.push({
      message: `mitigation ${name === void 0 ? id2 : `${id2} (${name})`} is still ${decision.status} in the model, but ` + (worked.length === 1 ? `its backlog item is done: ${done}` : `its backlog items are all done: ${done}`) + (dropped.length === 0 ? "" : ` (${listSome(dropped)} closed as won't do)`),
      location: context.index.locate(childPointer(childPointer("/mitigations", id2), "status")),
      hint: `If ${id2} is in place, write status: implemented for it under mitigations:; if work remains, open an item for it and add it to backlog:.`,
      subject: id2
    });
  }
  return findings;
}

// src/core/checks/ta304-missing-backlog-item.ts
var ta304MissingBacklogItem = {
  id: "TA304",
  title: "The model links to a backlog item that does not exist",
  defaultSeverity: "error",
  why: "A backlog reference to an item that does not exist makes work look planned that nobody can find: a typo, a deleted item, or an item moved to another tracker.",
  fix: "Write the reference of an item that exists, or remove it; an item of another repository is written owner/repo#N.",
  run: findMissingBacklogItems
};
var ownReference = /^(.*)#\d+$/;
function findMissingBacklogItems(context) {
  const alignment = context.alignment;
  if (!alignment) return [];
  const { links } = alignment;
  const ours = backlogNamespaces(alignment.items);
  const example = refExample(context);
  const findings = [];
  for (const reference2 of links.modelReferences) {
    if (links.items.has(reference2.itemId)) continue;
    const namespace = ownReference.exec(reference2.itemId)?.[1];
    if (namespace === void 0 || !ours.has(namespace.toLowerCase())) continue;
    const written = reference2.ref === reference2.itemId ? `"${reference2.ref}"` : `"${reference2.ref}" (${reference2.itemId})`;
    findings.push({
      message: `${describePointer(reference2.pointer)}: ${written} is not an item of the backlog read from ${alignment.source}`,
      location: context.index.locate(reference2.pointer),
      hint: `Write the reference of an item that exists (${example}), or remove this one if the item was deleted; an item of another repository is written owner/repo#N.`,
      subject: `${subjectOwner(reference2)}:${reference2.ref}`
    });
  }
  return findings;
}
function backlogNamespaces(items) {
  const namespaces = /* @__PURE__ */ new Set();
  for (const item of items) {
    const namespace = ownReference.exec(item.id)?.[1];
    if (namespace !== void 0) namespaces.add(namespace.toLowerCase());
  }
  if (!namespaces.has("ab")) namespaces.add("");
  return namespaces;
}
function subjectOwner(reference2) {
  return reference2.kind === "story" ? "story" : reference2.owner;
}

// src/core/checks/ta305-requirement-unlinked.ts
var ta305RequirementUnlinked = {
  id: "TA305",
  title: "A security requirement is linked to no mitigation and no backlog item",
  defaultSeverity: "warning",
  why: "A requirement that maps to no mitigation and no backlog item is not realised by anything: nobody can tell whether the system meets it, and nobody is working on it.",
  fix: "Name the mitigation types that realise the requirement (`mitigations:`) and the items that carry its work (`backlog:`, or the requirement id in an item).",
  run: findUnlinkedRequirements
};
function findUnlinkedRequirements(context) {
  const findings = [];
  for (const [i, requirement] of (context.model.requirements ?? []).entries()) {
    if ((requirement.mitigations ?? []).length > 0 || hasBacklogItem(context, requirement)) continue;
    const id2 = requirement.id;
    const noBacklog = context.alignment ? "" : " No backlog was read in this run, so only backlog: references in the model count.";
    findings.push({
      message: `requirement ${id2} "${cutText(requirement.text)}" is linked to no mitigation and no backlog item`,
      location: context.index.locate(`/requirements/${i}/id`),
      hint: `On ${id2} under requirements, write mitigations: [M-\u2026] (the mitigation types that realise it) and backlog: ["${refExample(context)}"] (the item that carries its work), or write ${id2} in that item's title or body.${noBacklog}`,
      subject: id2
    });
  }
  return findings;
}
function hasBacklogItem(context, requirement) {
  if (context.alignment)
    return (context.alignment.links.itemsFor.requirement.get(requirement.id)?.size ?? 0) > 0;
  if ((requirement.backlog ?? []).length > 0) return true;
  return (context.model.stories ?? []).some((story) => story.requirements?.includes(requirement.id) === true);
}

// src/core/checks/ta401-story-mitigations-unplanned.ts
var ta401StoryMitigationsUnplanned = {
  id: "TA401",
  title: "A planned story\u2019s mitigation items are not planned with it",
  defaultSeverity: "warning",
  why: "The cheapest moment to build a mitigation is with the feature it protects; when a story is planned without the open mitigation items of its threats, the feature ships unprotected and security becomes late, reactive work.",
  fix: "Plan the open mitigation items in the same milestone (or iteration) as the story, or an earlier one, or plan the story later.",
  run: findUnplannedStoryMitigations
};
function findUnplannedStoryMitigations(context) {
  const { knowledge, alignment } = context;
  if (!knowledge || !alignment) return [];
  const { links } = alignment;
  const threats = new Map(knowledge.expansion.threats.map((t) => [t.id, t]));
  const findings = [];
  for (const story of alignment.items) {
    const milestone = story.milestone;
    if (!links.stories.has(story.id) || story.status !== "open" || milestone === void 0 || milestone === "")
      continue;
    const storyThreats = [...links.linkedFrom.get(story.id)?.threat ?? []].map((id2) => threats.get(id2)).filter((threat) => threat !== void 0);
    const { toMove, via } = itemsToMove(links, story, storyThreats);
    if (toMove.length === 0) continue;
    const listed = toMove.map(
      ({ item, mitigations }) => `${describeItem(item)} (${[...mitigations].join(", ")}; ${item.milestone === void 0 ? "no milestone" : `in ${item.milestone}`})`
    );
    findings.push({
      message: `story ${describeItem(story)} is planned in ${milestone}, but open items of the mitigations of its threat${via.length === 1 ? "" : "s"} ${listSome(via)} are not planned by then: ${listSome(listed)}`,
      location: itemLocation(story),
      hint: `Plan the mitigations with the story: set the milestone (in Azure Boards, the iteration) of ${listSome(
        toMove.map(({ item }) => item.id),
        12
      )} to ${milestone}, or plan the story in a later milestone.`,
      subject: story.id
    });
  }
  return findings;
}
function itemsToMove(links, story, threats) {
  const toMove = /* @__PURE__ */ new Map();
  const via = /* @__PURE__ */ new Set();
  for (const threat of threats) {
    for (const applied of threat.mitigations) {
      if (isSettled(applied.status)) continue;
      for (const item of mitigationItems(links, applied.id, threat.element)) {
        if (item.id === story.id || item.status !== "open" || isPlannedBy(item.milestone, story.milestone))
          continue;
        const entry2 = toMove.get(item.id) ?? { item, mitigations: /* @__PURE__ */ new Set() };
        entry2.mitigations.add(applied.id);
        toMove.set(item.id, entry2);
        via.add(threat.id);
      }
    }
  }
  return { toMove: [...toMove.values()].sort((a, b) => compareItems(a.item, b.item)), via: [...via] };
}
function isPlannedBy(milestone, storyMilestone) {
  if (milestone === void 0 || storyMilestone === void 0) return false;
  if (milestone === storyMilestone) return true;
  const item = splitNumber(milestone);
  const story = splitNumber(storyMilestone);
  return item !== void 0 && story !== void 0 && item.series === story.series && item.number < story.number;
}
function splitNumber(milestone) {
  let start = milestone.length;
  while (start > 0 && /\d/.test(milestone.charAt(start - 1))) start -= 1;
  if (start === milestone.length) return void 0;
  return { series: milestone.slice(0, start), number: Number(milestone.slice(start)) };
}

// src/core/checks/ta501-threat-events-unplanned.ts
var ta501ThreatEventsUnplanned = {
  id: "TA501",
  title: "A TOP threat\u2019s security events are neither implemented nor in the backlog",
  defaultSeverity: "warning",
  why: "Attacks fail several times before one succeeds; the events the application raises on those failures are what lets the SOC notice an attack in progress. Infrastructure monitoring does not see them, so the team must build them, and that is backlog work.",
  fix: "Record the events the application raises (`events:` with status implemented), or plan them: `events:` with status planned and a `backlog:` reference, or the event id in a backlog item.",
  run: findThreatEventsUnplanned
};
function findThreatEventsUnplanned(context) {
  const knowledge = context.knowledge;
  if (!knowledge) return [];
  const events = new Map(knowledge.kb.events.map((e) => [e.id, e]));
  const findings = [];
  for (const threat of knowledge.expansion.threats) {
    if (!threat.top || threat.events.length === 0 || threat.status === "not-applicable") continue;
    if (threat.events.some((id2) => isCovered(context, id2))) continue;
    const named2 = threat.events.map((id2) => describeEvent(id2, events.get(id2)));
    const ref = refExample(context);
    const yaml = threat.events.map((id2) => `${id2}: { status: planned, backlog: ["${ref}"] }`);
    const noBacklog = context.alignment ? "" : " No backlog was read in this run, so only backlog: references in the model count.";
    findings.push({
      message: `TOP threat ${threat.id} (${threat.title}) has security events to raise, but none is implemented or in the backlog: ${listSome(named2.map((e) => e.name))}`,
      location: context.index.locate(threat.pointer),
      hint: `Plan the events the SOC can alert on: ${named2.map((e) => e.detail).join("; ")}. Under events: write ${listSome(yaml, yaml.length)} (N: the item that implements it), or write the event id in that item's title or body; write status: implemented if the application raises it already.${noBacklog}`,
      subject: threat.id
    });
  }
  return findings;
}
function isCovered(context, id2) {
  const events = context.model.events;
  const decision = events !== void 0 && Object.hasOwn(events, id2) ? events[id2] : void 0;
  if (decision?.status === "implemented" || decision?.status === "not-applicable") return true;
  if ((decision?.backlog ?? []).length > 0) return true;
  return (context.alignment?.links.itemsFor.event.get(id2)?.size ?? 0) > 0;
}
function describeEvent(id2, event2) {
  if (!event2) return { name: id2, detail: id2 };
  const { count, window, per } = event2.threshold;
  return {
    name: `${id2} (${event2.name})`,
    detail: `${id2} (${event2.name}, ${event2.level}: alert at ${count} in ${window} per ${per})`
  };
}

// src/core/checks/ta601-unanswered-questions.ts
var ta601UnansweredQuestions = {
  id: "TA601",
  title: "A component has unanswered knowledge-base questions",
  defaultSeverity: "note",
  why: "The knowledge base asks, per component, the STRIDE questions whose answers decide which threats are real (how callers authenticate, what a store holds\u2026); an unanswered question is a part of the analysis nobody has done yet.",
  fix: "Answer the questions under `answers:`, per component, in a sentence each; `threat-align kb show --format json` gives each question\u2019s rationale.",
  run: findUnansweredQuestions
};
function findUnansweredQuestions(context) {
  const expansion = context.knowledge?.expansion;
  if (!expansion) return [];
  const byComponent = /* @__PURE__ */ new Map();
  for (const question of expansion.questions) {
    if (question.answered) continue;
    byComponent.set(question.component, [...byComponent.get(question.component) ?? [], question]);
  }
  return [...byComponent].map(([component, questions]) => {
    const listed = questions.map(({ question }) => `${question.id} "${cutText(question.text)}"`);
    const answers = questions.map(({ question }) => `${question.id}: "\u2026"`).join(", ");
    const where2 = context.model.answers === void 0 || !Object.hasOwn(context.model.answers, component) ? `under answers: write ${component}: { ${answers} }` : `add ${answers} to ${component} under answers:`;
    const count = questions.length === 1 ? "1 unanswered question" : `${questions.length} unanswered questions`;
    return {
      message: `component ${component} has ${count} of the knowledge base: ${listSome(listed)}`,
      location: context.index.locate(questions[0]?.pointer ?? ""),
      hint: `Answer them in the model: ${where2}, replacing \u2026 with your answer (threat-align kb show --format json gives each question's rationale).`,
      subject: component
    };
  });
}

// src/core/checks/registry.ts
var checks = [
  ta102UnknownReference,
  ta103DuplicateId,
  ta104PinMismatch,
  ta105NewerKnowledgeBase,
  ta201WithoutStoryUnmapped,
  ta202ThreatWithoutStory,
  ta203StoryWithoutClause,
  ta204UnknownBacklogMention,
  ta205ThreatUnmitigated,
  ta301MitigationWithoutBacklog,
  ta302ImplementedWithOpenItems,
  ta303DoneItemsStillPlanned,
  ta304MissingBacklogItem,
  ta305RequirementUnlinked,
  ta401StoryMitigationsUnplanned,
  ta501ThreatEventsUnplanned,
  ta601UnansweredQuestions
];
var catalogue = [
  ta101InvalidModel,
  ...checks,
  ta106InvalidKnowledgeBase,
  ta107UnmappedImport
].sort((a, b) => a.id < b.id ? -1 : 1);
function findCheckInfo(id2) {
  return catalogue.find((check) => check.id === id2);
}

// src/core/report/neutralize.ts
var wordJoiner = "\u2060";
var defaultMaxLength = 1e3;
var references = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "[": "&#91;",
  "]": "&#93;",
  "|": "&#124;",
  "#": "&#35;",
  "\\": "&#92;",
  $: "&#36;"
};
var specials = /[&<>`*_~[\]|#\\$]/g;
var invisibles = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;
var lineBreaks = /\r\n|[\n\r\f\v\u0085\u2028\u2029]/g;
var leadingBlockMarker = /^(?:[-+=]|\d{1,9}[.)](?= |$))/;
function neutralizeMarkdown(text5, limit = {}) {
  const line = oneLine(truncateText(text5, limit.maxLength ?? defaultMaxLength));
  const escaped = line.replace(specials, (c) => references[c] ?? c).replaceAll("@", `@${wordJoiner}`).replace(
    leadingBlockMarker,
    (marker) => `${marker.slice(0, -1)}&#${marker.charCodeAt(marker.length - 1)};`
  );
  return escaped;
}
function codeSpan(text5, options = {}) {
  let code3 = oneLine(truncateText(text5, options.maxLength ?? defaultMaxLength)).replaceAll(
    "<!--",
    `<${wordJoiner}!--`
  );
  if (options.inTable === true) code3 = code3.replaceAll("|", "\\|");
  if (code3 === "") return "` `";
  const fence = "`".repeat(longestRun(code3, "`") + 1);
  const pad = code3.startsWith("`") || code3.endsWith("`") || code3.startsWith(" ") && code3.endsWith(" ");
  return pad ? `${fence} ${code3} ${fence}` : `${fence}${code3}${fence}`;
}
function safeUrl(url) {
  if (url === void 0 || url.length > 2e3) return void 0;
  return /^https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+$/.test(url) ? url : void 0;
}
function truncateText(text5, maxLength) {
  if (text5.length <= maxLength) return text5;
  let end = Math.max(0, maxLength - 1);
  const last = text5.charCodeAt(end - 1);
  if (last >= 55296 && last <= 56319) end -= 1;
  return `${text5.slice(0, end)}\u2026`;
}
function oneLine(text5) {
  return text5.replace(lineBreaks, " ").replace(invisibles, "").replaceAll("	", " ").trim();
}
function longestRun(text5, char) {
  let longest = 0;
  let current = 0;
  for (const c of text5) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

// src/core/report/markdown-entries.ts
var limits = { title: 200, message: 1e3, hint: 1e3, question: 500, id: 200 };
var severityIcons = { error: "\u274C", warning: "\u26A0\uFE0F", note: "\u2139\uFE0F" };
var mitigationIcons = {
  implemented: "\u2705",
  "not-applicable": "\u2796",
  "accepted-risk": "\u2796",
  proposed: "\u26A0\uFE0F",
  planned: "\u26A0\uFE0F",
  "in-progress": "\u26A0\uFE0F"
};
var text = (value, maxLength = limits.message) => neutralizeMarkdown(value, { maxLength });
var code = (value) => codeSpan(value, { maxLength: limits.id });
function checkTitle(check) {
  return findCheckInfo(check)?.title ?? check;
}
function checkLink(check, options) {
  return `[${text(check, limits.id)}](${linkDestination(checkDocsUrl(options, check))})`;
}
function linkDestination(url) {
  return url.replace(
    /[\s()<>[\]`"'\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function findingPlace(finding) {
  const location = finding.location;
  if (isFileLocation(location)) return code(`${location.file}:${location.line}:${location.column}`);
  return itemReference(location.backlogItem.id, location.backlogItem.url);
}
function itemReference(id2, url) {
  const shown = text(id2, limits.id);
  const target = safeUrl(url);
  return target === void 0 ? shown : `[${shown}](${target})`;
}
function findingEntry(finding, options, show) {
  const check = show.check ? `${checkLink(finding.check, options)} ` : "";
  const line = `- ${severityIcons[finding.severity]} ${check}${findingPlace(finding)} ${text(finding.message)}`;
  return show.hint ? `${line}
  - Fix: ${text(finding.hint, limits.hint)}` : line;
}
function threatEntry(threat, show) {
  const facts = [threat.severity, ...threat.top ? ["TOP"] : [], threat.status].join(" \xB7 ");
  const line = `- ${code(threat.id)} ${text(threat.title, limits.title)} \xB7 ${facts}`;
  if (!show.mitigations || threat.mitigations.length === 0) return line;
  return `${line}
  - mitigations: ${threat.mitigations.map((m) => mitigationState(m)).join(" \xB7 ")}`;
}
function mitigationState(mitigation, items = []) {
  const shown = items.slice(0, 5).map((item) => `${itemReference(item.id, item.url)} ${item.status}`);
  if (items.length > 5) shown.push(`${items.length - 5} more`);
  const backlog = shown.length > 0 ? ` (${shown.join(", ")})` : "";
  return `${mitigationIcons[mitigation.status]} ${code(mitigation.id)} ${mitigation.status}${backlog}`;
}
function countOf(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

// src/core/report/markdown-change.ts
function changeBlocks(input, detail) {
  const { delta, closingStories } = input;
  if (!delta && closingStories.length === 0) return [];
  const blocks = [heading("### What this change brings")];
  if (delta) {
    if (!delta.hasBase)
      blocks.push(
        note("The base branch has no analysis of this model: every threat and finding counts as new.")
      );
    blocks.push(note(deltaTally(delta, input.analysis.model !== void 0)));
    if (!delta.threatsCompared)
      blocks.push(note("Threats could not be compared: the model does not load on this branch."));
    pushList(
      blocks,
      `**${countOf(delta.threatsAdded.length, "threat")} added**`,
      delta.threatsAdded,
      (t) => entry(threatEntry(t, { mitigations: detail.hints }))
    );
    pushList(
      blocks,
      `**${countOf(delta.threatsRemoved.length, "threat")} removed**`,
      delta.threatsRemoved,
      (t) => entry(threatEntry(t, { mitigations: false }))
    );
    pushList(
      blocks,
      `**${countOf(delta.findingsNew.length, "new finding")}** compared with the base branch`,
      delta.findingsNew,
      (f) => entry(findingEntry(f, input.options, { check: true, hint: detail.hints }), 1)
    );
    pushList(
      blocks,
      `**${countOf(delta.findingsFixed.length, "finding")} fixed**`,
      delta.findingsFixed,
      (f) => entry(`- \u2705 ${text(f.check, limits.id)} ${text(f.message)}`)
    );
  }
  pushList(
    blocks,
    "**Stories this pull request closes**",
    closingStories,
    (id2) => entry(storyEntry2(input, id2))
  );
  return blocks;
}
function deltaTally(delta, modelLoaded) {
  return [
    delta.threatsCompared ? `Threats: ${delta.threatsAdded.length} added, ${delta.threatsRemoved.length} removed` : "Threats: not compared",
    `findings: ${delta.findingsNew.length} new, ${delta.findingsFixed.length} fixed`,
    modelLoaded ? `components: ${delta.componentsAdded.length} new, ${delta.componentsChanged.length} changed, ${delta.componentsRemoved.length} removed` : "components: not compared"
  ].join(" \xB7 ");
}
function pushList(blocks, title3, list, toBlock) {
  if (list.length === 0) return;
  blocks.push(heading(title3), ...list.map(toBlock));
}
function storyEntry2(input, id2) {
  const links = input.analysis.links;
  const item = links?.items.get(id2);
  if (!item) return `- ${text(id2, limits.id)}: not in the backlog that was read`;
  const line = `- ${itemReference(item.id, item.url)} ${text(item.title, limits.title)} (${item.status})`;
  const threatIds = [...links?.linkedFrom.get(id2)?.threat ?? []].sort(compareText);
  if (threatIds.length === 0) return `${line}: linked to no threat`;
  const threats = new Map((input.analysis.expansion?.threats ?? []).map((t) => [t.id, t]));
  const lines = threatIds.map((threatId3) => {
    const threat = threats.get(threatId3);
    if (!threat) return `  - ${code(threatId3)}: not in scope`;
    const mitigations = threat.mitigations.map((m) => mitigationState(m, mitigationItems2(input, m.id)));
    return `  - ${code(threat.id)} ${text(threat.title, limits.title)} (${threat.status})${mitigations.length > 0 ? `: ${mitigations.join(" \xB7 ")}` : ": no mitigation"}`;
  });
  return [line, ...lines].join("\n");
}
function mitigationItems2(input, mitigation) {
  const links = input.analysis.links;
  const ids2 = [...links?.itemsFor.mitigation.get(mitigation) ?? []];
  return ids2.flatMap((id2) => links?.items.get(id2) ?? []);
}

// src/core/report/markdown-sections.ts
function headerBlocks(input, marker, title3) {
  const { counts, expansion, kb, links } = input.analysis;
  const worst = counts.error > 0 ? "error" : counts.warning > 0 ? "warning" : void 0;
  const icon = worst ? severityIcons[worst] : "\u2705";
  const tally = counts.total === 0 ? "no findings" : [
    countOf(counts.error, "error"),
    countOf(counts.warning, "warning"),
    countOf(counts.note, "note")
  ].join(" \xB7 ");
  const context = [];
  if (kb && expansion) {
    const open = expansion.threats.filter((t) => t.status === "open").length;
    context.push(
      `Knowledge base ${code(`${kb.name}@${kb.version}`)}, profile ${expansion.profile}`,
      `${countOf(expansion.threats.length, "threat")} in scope, ${open} open`
    );
  } else {
    context.push(input.analysis.model ? "No knowledge base loaded" : "The model did not load");
  }
  if (links) context.push(`${countOf(links.items.size, "backlog item")} read`);
  const suppressed = input.analysis.suppressed.length;
  if (suppressed > 0) context.push(`${countOf(suppressed, "finding")} suppressed by configuration`);
  context.push(`threat-align ${text(input.options.toolVersion, limits.id)}`);
  return [
    note(`<!-- threat-align:${marker} -->
## ${icon} ${text(title3, limits.title)}: ${tally}`),
    note(context.join(" \xB7 "))
  ];
}
function findingGroupBlocks(input, detail) {
  const shown = new Set((input.delta?.findingsNew ?? []).map(fingerprintFinding));
  const rest = input.analysis.findings.filter((f) => !shown.has(fingerprintFinding(f)));
  if (rest.length === 0) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const finding of rest) {
    const group = groups.get(finding.check);
    if (group) group.push(finding);
    else groups.set(finding.check, [finding]);
  }
  const title3 = input.delta ? "Findings also on the base branch" : "Findings";
  const blocks = [heading(`### ${title3} (${rest.length})`)];
  for (const check of [...groups.keys()].sort(compareText)) {
    const findings = groups.get(check) ?? [];
    const worst = findings.reduce(
      (w, f) => severityRank(f.severity) < severityRank(w) ? f.severity : w,
      "note"
    );
    const name = `${text(check, limits.id)} \xB7 ${text(checkTitle(check), limits.title)}`;
    if (detail.groups) {
      const list = findings.map((f) => findingEntry(f, input.options, { check: false, hint: detail.hints }));
      const docs = `${checkLink(check, input.options)}: what it means and how to fix it`;
      blocks.push({
        text: `<details><summary>${severityIcons[worst]} ${name} (${findings.length})</summary>

${docs}

${list.join("\n")}

</details>`,
        kind: "entry",
        findings: findings.length
      });
    } else {
      const tally = countOf(findings.length, "finding");
      const line = `- ${severityIcons[worst]} ${checkLink(check, input.options)} ${text(checkTitle(check), limits.title)}`;
      blocks.push(entry(`${line}: ${tally}`, findings.length));
    }
  }
  return blocks;
}
function questionBlocks(input, detail) {
  const questions = input.analysis.expansion?.questions ?? [];
  const wanted = input.components ? new Set(input.components) : void 0;
  const byComponent = /* @__PURE__ */ new Map();
  for (const question of questions) {
    if (wanted && !wanted.has(question.component)) continue;
    let entryOf = byComponent.get(question.component);
    if (!entryOf) {
      entryOf = { open: [], answered: 0 };
      byComponent.set(question.component, entryOf);
    }
    if (question.answered) entryOf.answered += 1;
    else entryOf.open.push(question);
  }
  const open = [...byComponent].filter(([, q]) => q.open.length > 0);
  if (open.length === 0) return [];
  const blocks = [
    heading(wanted ? "### Questions for new or changed components" : "### Unanswered questions"),
    note(`Answer them in the model, under ${code("answers: { <component>: { <question id>: \u2026 } }")}.`)
  ];
  for (const [component, { open: list, answered }] of open) {
    const tally = `${countOf(list.length, "unanswered question")}${answered > 0 ? `, ${answered} answered` : ""}`;
    if (!detail.groups) {
      blocks.push(
        entry(`- ${code(component)}: ${tally} (${list.map((q) => code(q.question.id)).join(", ")})`)
      );
      continue;
    }
    const lines = list.map((q) => {
      const line = `- ${code(q.question.id)} ${text(q.question.text, limits.question)} (${q.question.stride})`;
      return detail.hints ? `${line}
  - Why: ${text(q.question.rationale, limits.question)}` : line;
    });
    blocks.push({
      text: `**${code(component)}**: ${tally}

${lines.join("\n")}`,
      kind: "entry",
      findings: 0
    });
  }
  return blocks;
}
function diagramBlocks(input, detail) {
  const mermaid = input.mermaid?.trim();
  if (mermaid === void 0 || mermaid === "" || !detail.diagram) return [];
  const body = mermaid.replaceAll("<!--", `<${wordJoiner}!--`);
  const fence = "`".repeat(Math.max(3, longestRun(body, "`") + 1));
  const title3 = input.delta ? "### Changed part of the system" : "### The system";
  return [heading(title3), { text: `${fence}mermaid
${body}
${fence}`, kind: "entry", findings: 0 }];
}

// src/core/report/render-markdown.ts
var defaultBudget = 65e3;
var steps = [
  { step: "full", detail: { hints: true, groups: true, diagram: true } },
  { step: "no-hints", detail: { hints: false, groups: true, diagram: true }, left: "fix hints left out" },
  {
    step: "counts",
    detail: { hints: false, groups: false, diagram: true },
    left: "findings counted per check"
  },
  { step: "no-diagram", detail: { hints: false, groups: false, diagram: false }, left: "diagram left out" }
];
function renderMarkdown(input) {
  return renderMarkdownReport(input).markdown;
}
function renderMarkdownReport(input) {
  const { options } = input;
  const budget = options.budget ?? defaultBudget;
  const moreIn = options.moreIn ?? "the job summary / SARIF";
  const sections = {
    analysis: input.analysis,
    delta: input.delta,
    closingStories: input.closingStories ?? [],
    components: input.changedComponents ?? (input.delta ? [...input.delta.componentsAdded, ...input.delta.componentsChanged] : void 0),
    mermaid: input.mermaid,
    options
  };
  const head = headerBlocks(sections, markerName(options.marker), options.title ?? "threat-align");
  const left = [];
  let last = { body: [], tail: [] };
  for (const { step, detail, left: leaves } of steps) {
    const body = bodyBlocks(sections, detail);
    const text5 = joinBlocks(body);
    if (last.text === text5) continue;
    if (leaves !== void 0) left.push(leaves);
    const tail = left.length > 0 ? [note(`Shortened to fit the size limit: ${left.join("; ")}. The whole report: ${moreIn}.`)] : [];
    const markdown = joinBlocks([...head, ...body, ...tail]);
    if (markdown.length <= budget) return { markdown, step };
    last = { body, tail, text: text5 };
  }
  return {
    markdown: trimBlocks({ head, body: last.body, tail: last.tail }, budget, moreIn),
    step: "trimmed"
  };
}
function bodyBlocks(input, detail) {
  return [
    ...changeBlocks(input, detail),
    ...findingGroupBlocks(input, detail),
    ...questionBlocks(input, detail),
    ...diagramBlocks(input, detail)
  ];
}
function markerName(marker) {
  return marker.replace(/[^A-Za-z0-9._:/-]/g, "-").replace(/-{2,}/g, "-");
}

// src/core/report/render-mermaid.ts
var defaultMaxNodes = 50;
var defaultMaxEdges = 200;
var maxLabelLength = 60;
function renderMermaid(model, options = {}) {
  const selection = select(model, options);
  const ids2 = new MermaidIds();
  const kinds2 = elementKinds(options.kb);
  const typeNames = new Map((options.kb?.componentTypes ?? []).map((t) => [t.id, t.name]));
  const lines = ["flowchart LR"];
  const byBoundary = /* @__PURE__ */ new Map();
  const boundaries = new Map((model.boundaries ?? []).map((b) => [b.id, b]));
  for (const component of selection.shown) {
    const key = component.boundary !== void 0 && boundaries.has(component.boundary) ? component.boundary : void 0;
    byBoundary.set(key, [...byBoundary.get(key) ?? [], component]);
  }
  const tree = boundaryTree(model.boundaries ?? [], new Set(byBoundary.keys()));
  const node = (component, indent) => {
    const name = label(component.name?.trim() ? component.name : component.id);
    const type = label(typeNames.get(component.type) ?? component.type);
    const text5 = `"${name}<br/>${type}"`;
    const id2 = ids2.of("c", component.id);
    switch (kinds2.get(component.type)) {
      case "data-store":
        return `${indent}${id2}[(${text5})]`;
      case "external-entity":
        return `${indent}${id2}[${text5}]`;
      default:
        return `${indent}${id2}(${text5})`;
    }
  };
  const writeBoundary = (boundary, depth) => {
    const indent = "  ".repeat(depth);
    const title3 = label(boundary.name?.trim() ? boundary.name : boundary.id);
    lines.push(`${indent}subgraph ${ids2.of("b", boundary.id)}["${title3}"]`);
    for (const child of tree.children.get(boundary.id) ?? []) writeBoundary(child, depth + 1);
    for (const component of byBoundary.get(boundary.id) ?? []) lines.push(node(component, `${indent}  `));
    lines.push(`${indent}end`);
  };
  for (const boundary of tree.roots) writeBoundary(boundary, 1);
  for (const component of byBoundary.get(void 0) ?? []) lines.push(node(component, "  "));
  for (const { flow, dimmed } of selection.flows) {
    const arrow = dimmed ? "-.->" : "-->";
    const protocol = flow.protocol?.trim() ? `|"${label(flow.protocol)}"|` : "";
    lines.push(`  ${ids2.of("c", flow.from)} ${arrow}${protocol} ${ids2.of("c", flow.to)}`);
  }
  if (selection.shown.length === 0) lines.push('  empty["No component to show"]');
  const hidden = notShown(selection);
  if (hidden) lines.push(`  more["${hidden}"]`);
  if (selection.neighbours.size > 0) {
    lines.push("  classDef neighbour fill:#f6f8fa,stroke:#8c959f,color:#6e7781,stroke-dasharray:4 3");
    const dimmed = selection.shown.filter((c) => selection.neighbours.has(c.id)).map((c) => ids2.of("c", c.id));
    lines.push(`  class ${dimmed.join(",")} neighbour`);
  }
  return `${lines.join("\n")}
`;
}
function select(model, options) {
  const components = firstById(model.components);
  const known = new Set(components.map((c) => c.id));
  const flows = (model.flows ?? []).filter((f) => known.has(f.from) && known.has(f.to));
  const only = options.only ? new Set(options.only) : void 0;
  const neighbours = /* @__PURE__ */ new Set();
  if (only) {
    for (const flow of flows) {
      if (only.has(flow.from) && !only.has(flow.to)) neighbours.add(flow.to);
      if (only.has(flow.to) && !only.has(flow.from)) neighbours.add(flow.from);
    }
  }
  const wanted = only ? [...components.filter((c) => only.has(c.id)), ...components.filter((c) => neighbours.has(c.id))] : components;
  const maxNodes = Math.max(0, options.maxNodes ?? defaultMaxNodes);
  const shown = wanted.slice(0, maxNodes);
  const shownIds = new Set(shown.map((c) => c.id));
  const drawn = flows.filter((f) => shownIds.has(f.from) && shownIds.has(f.to)).filter((f) => !only || only.has(f.from) || only.has(f.to)).map((flow) => ({ flow, dimmed: neighbours.has(flow.from) || neighbours.has(flow.to) }));
  const maxEdges = Math.max(0, options.maxEdges ?? defaultMaxEdges);
  return {
    // Sorted back into model order, so that a neighbour stays beside the components it talks to.
    shown: components.filter((c) => shownIds.has(c.id)),
    neighbours: new Set([...neighbours].filter((id2) => shownIds.has(id2))),
    flows: drawn.slice(0, maxEdges),
    hiddenNodes: wanted.length - shown.length,
    hiddenEdges: Math.max(0, drawn.length - maxEdges)
  };
}
function notShown(selection) {
  const parts = [];
  if (selection.hiddenNodes > 0)
    parts.push(`${selection.hiddenNodes} more component${selection.hiddenNodes === 1 ? "" : "s"}`);
  if (selection.hiddenEdges > 0)
    parts.push(`${selection.hiddenEdges} more flow${selection.hiddenEdges === 1 ? "" : "s"}`);
  return parts.length > 0 ? `\u2026 and ${parts.join(" and ")} not shown` : void 0;
}
function firstById(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}
function boundaryTree(all, holding) {
  const boundaries = firstById(all);
  const byId2 = new Map(boundaries.map((b) => [b.id, b]));
  const parentOf = (boundary) => {
    const parent = boundary.parent;
    if (parent === void 0 || !byId2.has(parent)) return void 0;
    const seen = /* @__PURE__ */ new Set([boundary.id]);
    for (let at = parent; at !== void 0; at = byId2.get(at)?.parent) {
      if (seen.has(at)) return void 0;
      seen.add(at);
    }
    return parent;
  };
  const drawn = /* @__PURE__ */ new Set();
  for (const boundary of boundaries) {
    if (!holding.has(boundary.id)) continue;
    let at = boundary;
    while (at && !drawn.has(at.id)) {
      drawn.add(at.id);
      const parent = parentOf(at);
      at = parent === void 0 ? void 0 : byId2.get(parent);
    }
  }
  const roots = [];
  const children = /* @__PURE__ */ new Map();
  for (const boundary of boundaries) {
    if (!drawn.has(boundary.id)) continue;
    const parent = parentOf(boundary);
    if (parent === void 0) roots.push(boundary);
    else children.set(parent, [...children.get(parent) ?? [], boundary]);
  }
  return { roots, children };
}
function elementKinds(kb) {
  const types = new Map((kb?.componentTypes ?? []).map((t) => [t.id, t]));
  const kinds2 = /* @__PURE__ */ new Map();
  for (const type of types.values()) {
    const seen = /* @__PURE__ */ new Set();
    for (let at = types.get(type.id); at && !seen.has(at.id); at = at.extends ? types.get(at.extends) : void 0) {
      seen.add(at.id);
      if (at.element) {
        kinds2.set(type.id, at.element);
        break;
      }
    }
  }
  return kinds2;
}
var MermaidIds = class {
  assigned = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Set();
  of(prefix, id2) {
    const key = `${prefix}:${id2}`;
    const known = this.assigned.get(key);
    if (known !== void 0) return known;
    const base = `${prefix}_${id2.replace(/[^A-Za-z0-9]/g, "_").slice(0, 40)}`;
    let candidate = base;
    for (let n = 2; this.used.has(candidate); n += 1) candidate = `${base}_${n}`;
    this.assigned.set(key, candidate);
    this.used.add(candidate);
    return candidate;
  }
};
var entities = {
  '"': "#quot;",
  "#": "#35;",
  ";": "#59;",
  "|": "#124;",
  "[": "#91;",
  "]": "#93;",
  "(": "#40;",
  ")": "#41;",
  "{": "#123;",
  "}": "#125;",
  "<": "#lt;",
  ">": "#gt;",
  "&": "#amp;",
  "`": "#96;",
  "%": "#37;",
  "\\": "#92;",
  // Mermaid trims the last `;` of any line matching `style.*:\S*#.*;` before parsing, so no
  // literal colon may stand in a label beside the entity codes above.
  ":": "#58;"
};
function label(text5) {
  const flat = text5.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/ {2,}/g, " ").trim();
  const graphemes = Array.from(
    new Intl.Segmenter("en", { granularity: "grapheme" }).segment(flat),
    (g) => g.segment
  );
  const short = graphemes.length > maxLabelLength ? `${graphemes.slice(0, maxLabelLength - 1).join("")}\u2026` : flat;
  return short.replace(/["#;|[\](){}<>&`%\\:]/g, (c) => entities[c] ?? c);
}

// src/core/report/render-sarif.ts
var sarifSchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
var fingerprintName = "threatAlign/v1";
var levels = { error: "error", warning: "warning", note: "note" };
function renderSarif(analysis, options) {
  const rules = describeRules(analysis.findings, options.catalogue ?? catalogue);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const semver = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion);
  const log = {
    $schema: sarifSchemaUri,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "threat-align",
            version: options.toolVersion,
            ...semver ? { semanticVersion: options.toolVersion } : {},
            rules: rules.map((rule) => renderRule(rule, options))
          }
        },
        // Columns count UTF-16 code units, as JavaScript strings do (source/text-position.ts).
        columnKind: "utf16CodeUnits",
        results: analysis.findings.map(
          (finding) => renderResult(finding, ruleIndex.get(finding.check) ?? 0, options.modelFile)
        ),
        ...analysis.kb && analysis.expansion ? {
          properties: {
            knowledgeBase: {
              name: analysis.kb.name,
              version: analysis.kb.version,
              sha256: analysis.kb.sha256,
              profile: analysis.expansion.profile
            }
          }
        } : {}
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function describeRules(findings, catalogue2) {
  const rules = [...catalogue2];
  const known = new Set(catalogue2.map((check) => check.id));
  for (const finding of findings) {
    if (known.has(finding.check)) continue;
    known.add(finding.check);
    rules.push({
      id: finding.check,
      title: finding.check,
      defaultSeverity: finding.severity,
      why: `${finding.check} is not in threat-align's catalogue of checks.`,
      fix: finding.hint
    });
  }
  return rules;
}
function renderRule(check, options) {
  const docs = checkDocsUrl(options, check.id);
  return {
    id: check.id,
    name: pascalCase(check.title),
    shortDescription: { text: check.title },
    fullDescription: { text: check.why },
    help: {
      text: `${check.fix}

Documentation: ${docs}`,
      markdown: `${check.fix}

[${check.id} documentation](${docs})`
    },
    .../^https?:\/\//i.test(docs) ? { helpUri: docs } : {},
    defaultConfiguration: { level: levels[check.defaultSeverity] },
    properties: { tags: ["threat-model"] }
  };
}
function renderResult(finding, ruleIndex, modelFile) {
  const location = finding.location;
  let text5 = finding.message;
  let where2;
  if (isFileLocation(location)) {
    const region = { startLine: location.line, startColumn: location.column };
    if (location.endLine !== void 0) region.endLine = location.endLine;
    if (location.endColumn !== void 0) region.endColumn = location.endColumn;
    where2 = { physicalLocation: { artifactLocation: { uri: pathToUri(location.file) }, region } };
  } else {
    const item = location.backlogItem;
    text5 += item.url === void 0 ? ` (backlog item ${item.id})` : ` (backlog item ${item.id}: ${item.url})`;
    where2 = {
      physicalLocation: {
        artifactLocation: { uri: pathToUri(modelFile) },
        region: { startLine: 1, startColumn: 1 }
      },
      logicalLocations: [{ name: item.id, fullyQualifiedName: `backlog/${item.id}`, kind: "resource" }]
    };
  }
  return {
    ruleId: finding.check,
    ruleIndex,
    level: levels[finding.severity],
    message: { text: escapeEmbeddedLinks(`${text5}

How to fix: ${finding.hint}`) },
    locations: [where2],
    partialFingerprints: { [fingerprintName]: fingerprintFinding(finding) }
  };
}
function pathToUri(path) {
  const slashed = path.replace(/\\/g, "/");
  const drive = /^([A-Za-z]):\//.exec(slashed);
  const encode = (segments) => segments.split("/").map(encodeURIComponent).join("/");
  if (drive) return `file:///${drive[1] ?? ""}:/${encode(slashed.slice(3))}`;
  if (slashed.startsWith("/")) return `file://${encode(slashed)}`;
  return encode(slashed.replace(/^(\.\/)+/, ""));
}
function escapeEmbeddedLinks(text5) {
  if (!/\[[^\]]*\]\(/.test(text5)) return text5;
  return text5.replace(/[[\]]/g, (c) => `\\${c}`);
}
function pascalCase(title3) {
  return title3.split(/[^A-Za-z0-9]+/).filter((word) => word !== "").map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`).join("");
}

// src/core/report/render-text.ts
function renderText(analysis) {
  const lines = [];
  if (analysis.expansion && analysis.kb) {
    lines.push(
      ...renderThreats(
        analysis.expansion.threats,
        `${analysis.kb.name}@${analysis.kb.version}`,
        analysis.expansion.profile
      ),
      ""
    );
  }
  for (const finding of analysis.findings) {
    lines.push(`${where(finding)}: ${finding.severity} ${finding.check}: ${finding.message}`);
    lines.push(`    hint: ${finding.hint}`);
  }
  const { error, warning, note: note2 } = analysis.counts;
  lines.push(`${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(note2, "note")}`);
  return `${lines.join("\n")}
`;
}
function renderThreats(threats, kbName, profile) {
  const elements = new Set(threats.map((t) => t.element));
  const lines = [
    `${plural(threats.length, "threat")} on ${plural(elements.size, "element")} (${kbName}, profile ${profile})`
  ];
  let current;
  for (const threat of threats) {
    if (threat.element !== current) {
      current = threat.element;
      lines.push(`  ${threat.element} (${threat.elementKind})`);
    }
    const mitigations = threat.mitigations.map((m) => `${m.id} ${m.status}`).join(", ");
    lines.push(
      `    ${threat.top ? "TOP " : "    "}${threat.id} \u2014 ${threat.title} [${threat.severity}, ${threat.stride.join("")}] ${threat.status}${mitigations ? `; ${mitigations}` : ""}`
    );
  }
  return lines;
}
function where(finding) {
  const location = finding.location;
  if (isFileLocation(location)) return `${location.file}:${location.line}:${location.column}`;
  return `backlog ${location.backlogItem.id}`;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/adapters/version.ts
var toolVersion = true ? "0.1.0" : "0.0.0-dev";

// src/adapters/cli/analysis-inputs.ts
import { dirname as dirname2 } from "node:path";

// src/core/source/decode-text.ts
var strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
function decodeText(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = placeOfByte(bytes, nul);
    return {
      ok: false,
      line,
      column,
      message: "the file is binary (it contains a NUL byte), not UTF-8 text"
    };
  }
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    const { line, column } = placeOfByte(bytes, bad);
    return {
      ok: false,
      line,
      column,
      message: `the file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).padStart(2, "0")} at offset ${bad}); save it as UTF-8`
    };
  }
}
function placeOfByte(bytes, offset) {
  let line = 1;
  let lineStart2 = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 10) {
      line += 1;
      lineStart2 = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart2, offset));
  return { line, column: prefix.length + 1 };
}
function firstInvalidByte(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}

// src/core/source/parse-document.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/core/source/describe-yaml-errors.ts
var import_yaml = __toESM(require_dist(), 1);
var syntaxHint = "Fix the syntax at this place; the whole file must be valid YAML 1.2 (or JSON) before anything else is checked.";
var nestingHint = "Flatten this part of the file: no threat-align document needs more than a few levels of nesting.";
var indentationHint = 'Check the indentation against the lines above: the keys of one mapping line up exactly, and each list item starts with "- ".';
function describeYamlErrors(document, source, index, maxDepth) {
  const syntax = document.errors.filter((error) => error.code !== "DUPLICATE_KEY");
  const first = syntax.sort((a, b) => a.pos[0] - b.pos[0])[0];
  if (first) {
    const { offset, message, hint } = describeSyntaxError(first, document, source, maxDepth);
    return [
      { check: "TA101", severity: "error", message, location: index.at(offset), hint, subject: "syntax" }
    ];
  }
  const occurrences = /* @__PURE__ */ new Map();
  return document.errors.map((error) => {
    const offset = error.pos[0];
    const { key, firstOffset } = duplicateKeyAt(document, offset);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    const firstAt = firstOffset === void 0 ? void 0 : index.at(firstOffset);
    const where2 = firstAt ? ` (first at line ${firstAt.line}:${firstAt.column})` : "";
    return {
      check: "TA103",
      severity: "error",
      message: `duplicate key ${JSON.stringify(key)}${where2}: a mapping may name each key once`,
      location: index.at(offset),
      hint: "Remove one of the two entries, or merge them into one.",
      // By key and occurrence, never by offset: an edit elsewhere in the file keeps the fingerprint.
      subject: `duplicate-key:${key}:${occurrence}`
    };
  });
}
function describeSyntaxError(error, document, source, maxDepth) {
  const at = error.pos[0];
  const text5 = error.message;
  if (error.code === "MISSING_CHAR" && /closing .?quote/i.test(text5)) {
    const start = nodeEndingAt(document, at, (node) => (0, import_yaml.isScalar)(node) && /^QUOTE_/.test(String(node.type)));
    if (start !== void 0) {
      const quote = source.charAt(start);
      return {
        offset: start,
        message: `invalid YAML: the string that starts here with ${quote} is never closed`,
        hint: `Add the closing ${quote} where the string ends, or write the value without quotes.`
      };
    }
  }
  if (error.code === "BAD_INDENT" && /^Flow (sequence|map)/.test(text5)) {
    const start = nodeEndingAt(document, at, (node) => (0, import_yaml.isCollection)(node) && node.flow === true);
    if (start !== void 0) {
      const open = source.charAt(start);
      const close = open === "{" ? "}" : "]";
      return {
        offset: start,
        message: `invalid YAML: the ${open} opened here is never closed with ${close}`,
        hint: `Add the closing ${close} before the next line, or write one "- item" per line instead.`
      };
    }
  }
  if (error.code === "TAB_AS_INDENT") {
    return {
      offset: at,
      message: "invalid YAML: a tab indents this line; YAML indents with spaces only",
      hint: "Replace the tabs at the start of this line with spaces."
    };
  }
  if (error.code === "MULTIPLE_DOCS") {
    return {
      offset: at,
      message: "invalid YAML: a second document starts here; a file holds one document",
      hint: 'Remove the "---" line and what follows it, or merge the two documents into one.'
    };
  }
  if (/maximum call stack/i.test(text5)) {
    const deep = deepFlowNesting(source, maxDepth);
    if (deep !== void 0)
      return { offset: deep, message: `nesting is deeper than ${maxDepth} levels`, hint: nestingHint };
    return { offset: at, message: "nesting is too deep to read", hint: nestingHint };
  }
  const indentation = ["BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY"].includes(error.code) || /without - indicator/.test(text5);
  const message = /without - indicator/.test(text5) ? 'this line is inside the list above, but neither starts a "- " item nor lines up with the keys of one' : text5.charAt(0).toLowerCase() + text5.slice(1);
  return {
    offset: skipSpaces(source, at),
    message: `invalid YAML: ${message}`,
    hint: indentation ? indentationHint : syntaxHint
  };
}
function nodeEndingAt(document, offset, accept) {
  let start;
  (0, import_yaml.visit)(document, {
    Node(_key, node) {
      if (start === void 0 && node.range?.[1] === offset && accept(node)) start = node.range[0];
    }
  });
  return start;
}
function duplicateKeyAt(document, offset) {
  let found;
  (0, import_yaml.visit)(document, {
    Node(_key, node) {
      if (found || !(0, import_yaml.isMap)(node)) return;
      const keys = node.items.map((pair) => pair.key);
      const repeat = keys.find((key) => key?.range?.[0] === offset);
      if (!repeat) return;
      const name = keyName(repeat);
      const first = keys.find((key) => key !== null && keyName(key) === name);
      found = { key: name, firstOffset: first?.range?.[0] };
    }
  });
  return found ?? { key: "?" };
}
function keyName(key) {
  return (0, import_yaml.isScalar)(key) ? String(key.value) : String(key);
}
function deepFlowNesting(source, maxDepth) {
  let depth = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source.charAt(i);
    if (c === '"' || c === "'") {
      const end = closingQuote(source, i);
      if (end === -1) return void 0;
      i = end;
    } else if (c === "[" || c === "{") {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if ((c === "]" || c === "}") && depth > 0) {
      depth -= 1;
    }
  }
  return void 0;
}
function closingQuote(source, start) {
  const quote = source.charAt(start);
  for (let i = start + 1; i < source.length; i += 1) {
    const c = source.charAt(i);
    if (quote === '"' && c === "\\") i += 1;
    else if (c === quote && !(quote === "'" && source.charAt(i + 1) === "'")) return i;
    else if (c === quote) i += 1;
  }
  return -1;
}
function skipSpaces(source, offset) {
  let i = offset;
  while (source.charAt(i) === " ") i += 1;
  return source.charAt(i) === "\n" || source.charAt(i) === "\r" || i >= source.length ? offset : i;
}

// src/core/source/find-alias-problem.ts
var import_yaml2 = __toESM(require_dist(), 1);
var maxAliasExpansion = 1e5;
function findAliasProblem(root, maxDepth) {
  const anchors = /* @__PURE__ */ new Map();
  const sizes = /* @__PURE__ */ new Map();
  let added = 0;
  let problem;
  const expandedSize = (node, depth) => {
    if (problem || depth > maxDepth || typeof node !== "object" || node === null) return 1;
    if ((0, import_yaml2.isAlias)(node)) {
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      const size2 = target ? sizes.get(target) : void 0;
      if (!target) problem = undefinedAlias(offset, node.source);
      else if (size2 === void 0) problem = recursiveAlias(offset, node.source);
      else added += size2;
      if (added > maxAliasExpansion) problem ??= excessiveAlias(offset, node.source);
      return size2 ?? 1;
    }
    const anchor = node.anchor;
    if (anchor !== void 0) anchors.set(anchor, node);
    let size = 1;
    if ((0, import_yaml2.isMap)(node) || (0, import_yaml2.isSeq)(node)) {
      for (const item of node.items) {
        size += (0, import_yaml2.isPair)(item) ? expandedSize(item.key, depth + 1) + expandedSize(item.value, depth + 1) : expandedSize(item, depth + 1);
      }
    }
    if (anchor !== void 0) sizes.set(node, size);
    return size;
  };
  expandedSize(root, 0);
  return problem;
}
function undefinedAlias(offset, name) {
  return {
    offset,
    message: `alias *${name} refers to no anchor: &${name} is not set before it`,
    hint: `Set the anchor &${name} on an earlier node, or write the value out here.`
  };
}
function recursiveAlias(offset, name) {
  return {
    offset,
    message: `alias *${name} refers to the node that contains it, which would repeat forever`,
    hint: "Write the value out here instead of referring to the node from inside itself."
  };
}
function excessiveAlias(offset, name) {
  return {
    offset,
    message: `aliases repeat more than ${maxAliasExpansion} nodes by this one (*${name}): too many to expand safely`,
    hint: 'Write the repeated content out, or use fewer aliases: aliases of aliases multiply (an "alias bomb").'
  };
}

// src/core/source/find-json-error.ts
var expectations = {
  value: "a value",
  "value-or-close": "a value or ']'",
  key: "a double-quoted property name",
  "key-or-close": "a double-quoted property name or '}'",
  colon: "':' after the property name",
  "comma-or-close": "',' or the closing bracket",
  end: "the end of the file"
};
function findJsonError(text5) {
  const open = [];
  let state = "value";
  let lastComma = -1;
  let i = 0;
  const afterValue = () => open.length === 0 ? "end" : "comma-or-close";
  for (; ; ) {
    while (i < text5.length && " 	\n\r".includes(text5.charAt(i))) i += 1;
    if (i >= text5.length) {
      return state === "end" ? void 0 : { offset: text5.length, message: `unexpected end of the file: expected ${closingOf(state, open)}` };
    }
    const c = text5.charAt(i);
    const top = open[open.length - 1];
    if ((c === "]" || c === "}") && (state === "value" || state === "key") && lastComma !== -1) {
      return { offset: lastComma, message: `trailing comma before '${c}': JSON allows no comma there` };
    }
    if (state === "comma-or-close" || state === "value-or-close" && c === "]" || state === "key-or-close" && c === "}") {
      if (c === "," && state === "comma-or-close") {
        lastComma = i;
        state = top === "{" ? "key" : "value";
        i += 1;
        continue;
      }
      if (c === (top === "{" ? "}" : "]")) {
        open.pop();
        state = afterValue();
        lastComma = -1;
        i += 1;
        continue;
      }
      return unexpected(text5, i, `',' or '${top === "{" ? "}" : "]"}'`);
    }
    if (state === "colon") {
      if (c !== ":") return unexpected(text5, i, expectations.colon);
      state = "value";
      lastComma = -1;
      i += 1;
      continue;
    }
    if (state === "end") return unexpected(text5, i, expectations.end);
    if (state === "key" || state === "key-or-close") {
      if (c !== '"') return unexpected(text5, i, expectations[state]);
      const end2 = scanString(text5, i);
      if (typeof end2 !== "number") return end2;
      state = "colon";
      i = end2;
      continue;
    }
    lastComma = -1;
    if (c === "{" || c === "[") {
      open.push(c);
      state = c === "{" ? "key-or-close" : "value-or-close";
      i += 1;
      continue;
    }
    const end = c === '"' ? scanString(text5, i) : scanWord(text5, i, expectations[state]);
    if (typeof end !== "number") return end;
    state = afterValue();
    i = end;
  }
}
function closingOf(state, open) {
  if (state !== "comma-or-close") return expectations[state];
  return open[open.length - 1] === "{" ? "',' or '}'" : "',' or ']'";
}
function scanString(text5, start) {
  let i = start + 1;
  while (i < text5.length) {
    const c = text5.charAt(i);
    if (c === '"') return i + 1;
    if (c === "\n" || c === "\r") {
      return { offset: start, message: "the string that starts here is not closed on its line" };
    }
    if (c < " ") return { offset: i, message: "a control character in a string must be escaped" };
    if (c === "\\") {
      if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(text5.slice(i + 1, i + 6))) {
        return { offset: i, message: `invalid escape "${text5.slice(i, i + 2)}" in a string` };
      }
      i += text5.charAt(i + 1) === "u" ? 6 : 2;
      continue;
    }
    i += 1;
  }
  return { offset: start, message: "the string that starts here is never closed" };
}
var number = /-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?(?![0-9A-Za-z.+-])/y;
var literal = /(true|false|null)(?![0-9A-Za-z_])/y;
function scanWord(text5, start, expected) {
  for (const pattern of [number, literal]) {
    pattern.lastIndex = start;
    if (pattern.test(text5)) return pattern.lastIndex;
  }
  return unexpected(text5, start, expected);
}
function unexpected(text5, offset, expected) {
  const word = /[A-Za-z0-9_.+-]+/y;
  word.lastIndex = offset;
  const found = word.exec(text5)?.[0] ?? text5.charAt(offset);
  const shown = found.length > 20 ? `${found.slice(0, 20)}\u2026` : found;
  const quote = found.charAt(0) === "'" ? '"' : "'";
  return { offset, message: `expected ${expected}, found ${quote}${shown}${quote}` };
}

// src/core/source/parse-document.ts
var maxNestingDepth = 64;
var emptyHint = "Write the document: a mapping of keys and values (for a threat model, at least schema:, system: and components:).";
function parseSourceDocument(file, text5) {
  const source = text5.startsWith("\uFEFF") ? text5.slice(1) : text5;
  const index = new SourceIndex(file, source);
  const fail2 = (offset, message, hint = syntaxHint, subject = "syntax") => ({
    value: void 0,
    index,
    findings: [{ check: "TA101", severity: "error", message, location: index.at(offset), hint, subject }]
  });
  if (/\.json$/i.test(file) && source.trim() !== "") {
    const jsonError = strictJsonError(source);
    if (jsonError) return fail2(jsonError.offset, `invalid JSON: ${jsonError.message}`);
  }
  let document;
  try {
    document = (0, import_yaml3.parseDocument)(source, { prettyErrors: false, uniqueKeys: true, version: "1.2", strict: true });
  } catch (error) {
    return fail2(0, `the file cannot be parsed: ${describeThrown(error)}`);
  }
  const findings = describeYamlErrors(document, source, index, maxNestingDepth);
  if (findings.length > 0) return { value: void 0, index, findings };
  if (document.contents === null) return fail2(0, "the file is empty: expected a mapping", emptyHint, "empty");
  const tooDeep = indexNodes(document.contents, "", index, 0);
  if (tooDeep) {
    const message = `nesting is deeper than ${maxNestingDepth} levels`;
    return fail2(tooDeep.range?.[0] ?? 0, message, nestingHint, "nesting");
  }
  const aliasProblem = findAliasProblem(document.contents, maxNestingDepth);
  if (aliasProblem) return fail2(aliasProblem.offset, aliasProblem.message, aliasProblem.hint, "alias");
  try {
    return { value: document.toJS({ maxAliasCount: -1 }), index, findings };
  } catch (error) {
    return fail2(0, `the document cannot be read: ${describeThrown(error)}`);
  }
}
function indexNodes(node, pointer, index, depth) {
  if (!isNodeWithRange(node)) return void 0;
  if (depth > maxNestingDepth) return node;
  const [start, end] = node.range;
  if (!index.has(pointer)) index.record(pointer, { start, end });
  if ((0, import_yaml3.isAlias)(node)) return void 0;
  if ((0, import_yaml3.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml3.isPair)(pair)) continue;
      const key = (0, import_yaml3.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = childPointer(pointer, key);
      const keyStart = isNodeWithRange(pair.key) ? pair.key.range[0] : start;
      const value = pair.value;
      if (isNodeWithRange(value)) {
        index.record(child, { keyStart, start: value.range[0], end: value.range[1] });
        const deep = indexNodes(value, child, index, depth + 1);
        if (deep) return deep;
      } else {
        index.record(child, { keyStart, start: keyStart, end: keyStart });
      }
    }
  } else if ((0, import_yaml3.isSeq)(node)) {
    for (const [i, item] of node.items.entries()) {
      const deep = indexNodes(item, childPointer(pointer, i), index, depth + 1);
      if (deep) return deep;
    }
  }
  return void 0;
}
function isNodeWithRange(node) {
  return typeof node === "object" && node !== null && "range" in node && Array.isArray(node.range);
}
function strictJsonError(text5) {
  try {
    JSON.parse(text5);
    return void 0;
  } catch (error) {
    return findJsonError(text5) ?? { offset: 0, message: lowerFirst(describeThrown(error)) };
  }
}
function describeThrown(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function lowerFirst(text5) {
  return text5.charAt(0).toLowerCase() + text5.slice(1);
}

// src/core/source/validate-document.ts
var import_ajv = __toESM(require_ajv(), 1);
var ajv = new import_ajv.Ajv({
  allErrors: true,
  strict: true,
  // if/then blocks require properties declared beside them, not inside them.
  strictRequired: false,
  verbose: true,
  allowUnionTypes: true
});
var compiled = /* @__PURE__ */ new WeakMap();
function validatorFor(schema) {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
function validateDocument(value, schema, index, options) {
  const validate = validatorFor(schema);
  if (validate(value)) return [];
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of validate.errors ?? []) {
    if (isNoise(error)) continue;
    const described = describeError(error);
    const location = index.locate(described.pointer, described.part);
    const key = `${location.line}:${location.column}:${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      check: options.check,
      severity: "error",
      message: described.message,
      location,
      hint: described.hint,
      subject: `${options.what}${stablePath(value, described.pointer)}#${error.keyword}`
    });
  }
  return findings;
}
function isNoise(error) {
  if (error.keyword === "if") return true;
  if (error.schemaPath.includes("/propertyNames/")) return true;
  return /\/anyOf\/\d+\//.test(error.schemaPath);
}
function describeError(error) {
  const pointer = error.instancePath;
  const where2 = describePointer(pointer);
  const parent = error.parentSchema ?? {};
  switch (error.keyword) {
    case "required": {
      const missing = error.params.missingProperty;
      const status = error.data?.status;
      if (error.schemaPath.endsWith("/then/required") && typeof status === "string") {
        return {
          pointer,
          part: "value",
          message: `${where2}: status "${status}" requires "${missing}"`,
          hint: `Add "${missing}:" to ${where2}${missing === "reason" ? ", saying why" : ""}.`
        };
      }
      return {
        pointer,
        part: "value",
        message: `${where2}: missing required property "${missing}"`,
        hint: `Add "${missing}:" to ${where2}.`
      };
    }
    case "additionalProperties": {
      const extra = error.params.additionalProperty;
      const allowed = Object.keys(parent.properties ?? {});
      const suggestion = suggestId(extra, allowed);
      return {
        pointer: childPointer(pointer, extra),
        part: "key",
        message: `${where2}: unknown property "${extra}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
        hint: allowed.length > 0 ? `Remove it, or use one of: ${allowed.join(", ")}.` : "Remove it."
      };
    }
    case "propertyNames": {
      const name = error.params.propertyName;
      const rule = error.schema;
      if (rule?.not?.enum?.includes(name)) {
        return {
          pointer: childPointer(pointer, name),
          part: "key",
          message: `${where2}: ${JSON.stringify(name)} is a reserved name`,
          hint: `Rename this key: ${rule.not.enum.map(String).join(" and ")} are reserved, as every JavaScript object already has them.`
        };
      }
      return {
        pointer: childPointer(pointer, name),
        part: "key",
        message: `${where2}: ${JSON.stringify(name)} is not ${rule?.description ?? "an allowed key here"}`,
        hint: rule?.description ? `Rename this key to ${rule.description}, or remove it.` : "Rename or remove this key."
      };
    }
    case "enum": {
      const allowed = error.params.allowedValues.map(String);
      return {
        pointer,
        part: "value",
        message: `${where2}: ${JSON.stringify(error.data)} is not one of ${allowed.join(", ")}`,
        hint: `Write one of: ${allowed.join(", ")}.`
      };
    }
    case "const": {
      const allowed = JSON.stringify(error.params.allowedValue);
      return {
        pointer,
        part: "value",
        message: `${where2}: expected ${allowed}, found ${kindOf(error.data)}`,
        hint: `Write ${allowed}.`
      };
    }
    case "type": {
      const expected = String(error.params.type).replace(/,/g, " or ");
      return {
        pointer,
        part: "value",
        message: `${where2}: expected ${article(expected)}, found ${kindOf(error.data)}`,
        hint: `Write ${article(expected)} here.`
      };
    }
    case "pattern":
      return {
        pointer,
        part: "value",
        message: `${where2}: ${JSON.stringify(error.data)} is not ${parent.description ?? `of the form ${error.params.pattern}`}`,
        hint: parent.description ? `Write ${parent.description}.` : "Correct the value."
      };
    case "anyOf":
      return {
        pointer,
        part: "value",
        message: `${where2}: expected a string, number, boolean or a list of them, found ${kindOf(error.data)}`,
        hint: "Write a plain value or a list of plain values."
      };
    case "uniqueItems": {
      const { i, j } = error.params;
      return {
        pointer: childPointer(pointer, Math.max(i, j)),
        part: "value",
        message: `${where2}: item ${Math.max(i, j)} repeats item ${Math.min(i, j)}`,
        hint: "Remove the repeated item."
      };
    }
    case "minItems":
    case "maxItems": {
      const limit = error.params.limit;
      const most = error.keyword === "maxItems";
      return {
        pointer,
        part: "value",
        message: `${where2}: expected at ${most ? "most" : "least"} ${plural2(limit, "item")}, found ${plural2(Array.isArray(error.data) ? error.data.length : 0, "item")}`,
        hint: most ? `Remove items from ${where2}.` : `Add ${limit === 1 ? "an item" : "items"} to ${where2}.`
      };
    }
    case "minLength":
    case "maxLength": {
      const limit = error.params.limit;
      const most = error.keyword === "maxLength";
      return {
        pointer,
        part: "value",
        message: most ? `${where2}: longer than ${plural2(limit, "character")}` : `${where2}: expected at least ${plural2(limit, "character")}, found ${error.data === "" ? "an empty string" : kindOf(error.data)}`,
        hint: most ? "Shorten the text." : "Write the text, or remove the key."
      };
    }
    default:
      return {
        pointer,
        part: "value",
        message: `${where2} ${error.message ?? "is invalid"}`,
        hint: "Correct the value."
      };
  }
}
function plural2(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string")
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
}
function article(type) {
  const words = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    integer: "an integer",
    number: "a number",
    boolean: "true or false",
    null: "null"
  };
  return type.split(" or ").map((t) => words[t] ?? t).join(" or ");
}

// src/core/model/model-schema.ts
var idPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
var threatIdPattern = "^[A-Za-z0-9][A-Za-z0-9._-]*(@[A-Za-z0-9][A-Za-z0-9._-]*)?$";
var mitigationIdPattern = "^M-[A-Z0-9][A-Z0-9-]*$";
var eventIdPattern = "^EV-[A-Z0-9][A-Z0-9-]*$";
var questionIdPattern = "^Q-[A-Z0-9][A-Z0-9-]*$";
var componentTypePattern = "^[a-z][a-z0-9-]*$";
var backlogRefPattern = "^(#[0-9]+|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+|AB#[0-9]+|https?://[^\\s]+)$";
var kbUsePattern = "^([a-z0-9][a-z0-9-]*@[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?|\\.{0,2}/.+)$";
var mitigationStatuses = [
  "proposed",
  "planned",
  "in-progress",
  "implemented",
  "not-applicable",
  "accepted-risk"
];
var threatStatuses = ["open", "mitigated", "accepted-risk", "not-applicable"];
var eventStatuses = ["proposed", "planned", "in-progress", "implemented", "not-applicable"];
var classifications = ["public", "internal", "confidential", "restricted"];
var strideCategories = ["S", "T", "R", "I", "D", "E"];
var threatSeverities = ["low", "medium", "high", "critical"];
var id = {
  type: "string",
  pattern: idPattern,
  maxLength: 100,
  description: 'an id: letters, digits, ".", "_" or "-"'
};
var text2 = { type: "string", minLength: 1, maxLength: 1e5 };
var ids = { type: "array", items: id, uniqueItems: true };
var mitigationId = {
  type: "string",
  pattern: mitigationIdPattern,
  description: "a mitigation type id of the knowledge base, such as M-PARAMETERIZED-QUERIES"
};
var eventId = {
  type: "string",
  pattern: eventIdPattern,
  description: "a security event id of the knowledge base, such as EV-AUTHN-LOGIN-FAIL"
};
var threatId = {
  type: "string",
  pattern: threatIdPattern,
  description: "a threat id: THREATTYPE@element for a generated threat, or the id of a threat written by hand"
};
var backlogRef = {
  type: "string",
  pattern: backlogRefPattern,
  description: "a backlog reference: #123, owner/repo#123, AB#123 or a URL"
};
var backlogRefs = {
  type: "array",
  items: backlogRef,
  uniqueItems: true,
  description: "backlog items that carry this work"
};
var reason = { ...text2, description: "why: required for accepted-risk and not-applicable decisions" };
var propertyValue = {
  anyOf: [
    { type: "string" },
    { type: "number" },
    { type: "boolean" },
    { type: "array", items: { type: ["string", "number", "boolean"] } }
  ]
};
var properties = {
  type: "object",
  description: "facts the knowledge base rules read, such as authentication: oidc or internetFacing: true",
  propertyNames: {
    type: "string",
    pattern: "^[A-Za-z][A-Za-z0-9_-]*$",
    not: { enum: ["constructor", "prototype"] },
    description: 'a property name: a letter, then letters, digits, "_" or "-"'
  },
  additionalProperties: propertyValue
};
var requireReasonFor = (statuses) => ({
  if: { properties: { status: { enum: statuses } }, required: ["status"] },
  then: { required: ["reason"] }
});
var modelSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:threat-align:schema:threatmodel:v1",
  title: "threat-align threat model",
  description: "A system, its threats and mitigations, and their links to the backlog (threat-align/v1).",
  type: "object",
  additionalProperties: false,
  required: ["schema", "system", "components"],
  properties: {
    schema: { const: "threat-align/v1", description: "the format version: threat-align/v1" },
    system: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: text2,
        description: text2,
        owner: text2,
        repository: text2,
        version: text2
      }
    },
    knowledgeBase: {
      type: "object",
      additionalProperties: false,
      required: ["use"],
      properties: {
        use: {
          type: "string",
          pattern: kbUsePattern,
          description: "a shipped knowledge base as name@version (core@1.0.0), or a path (./kb/acme)"
        },
        sha256: {
          type: "string",
          pattern: "^[a-f0-9]{64}$",
          description: "the knowledge base content hash, as written by threat-align kb pin"
        },
        profile: { enum: ["top", "full"], description: "top: only TOP threats and mitigations; full: all" }
      }
    },
    boundaries: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id"],
        properties: {
          id,
          name: text2,
          description: text2,
          kind: text2,
          parent: { ...id, description: "the boundary this one sits inside" }
        }
      }
    },
    data: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "classification"],
        properties: {
          id,
          name: text2,
          description: text2,
          classification: {
            enum: classifications,
            description: "public < internal < confidential < restricted"
          }
        }
      }
    },
    components: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type"],
        properties: {
          id,
          name: text2,
          type: {
            type: "string",
            pattern: componentTypePattern,
            description: "a component type of the knowledge base, such as web-app or sql-database"
          },
          boundary: { ...id, description: "the trust boundary the component sits in" },
          description: text2,
          data: { ...ids, description: "the data assets the component stores or handles" },
          properties
        }
      }
    },
    flows: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "from", "to"],
        properties: {
          id,
          name: text2,
          from: { ...id, description: "the component the data leaves" },
          to: { ...id, description: "the component the data reaches" },
          protocol: text2,
          description: text2,
          data: { ...ids, description: "the data assets the flow carries" },
          properties
        }
      }
    },
    requirements: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "text"],
        properties: {
          id,
          text: text2,
          mitigations: { type: "array", items: mitigationId, uniqueItems: true },
          backlog: backlogRefs
        }
      }
    },
    threats: {
      type: "array",
      description: "decisions on generated threats (id THREATTYPE@element), and threats written by hand",
      items: {
        type: "object",
        required: ["id"],
        properties: { id: threatId },
        if: { properties: { id: { type: "string", pattern: "@" } }, required: ["id"] },
        then: {
          additionalProperties: false,
          required: ["status"],
          properties: {
            id: threatId,
            status: { enum: threatStatuses },
            reason,
            backlog: backlogRefs
          },
          ...requireReasonFor(["accepted-risk", "not-applicable"])
        },
        else: {
          additionalProperties: false,
          required: ["title", "stride", "target"],
          properties: {
            id: { ...id, description: "the id of a threat written by hand, such as T-COUPON-ABUSE" },
            title: text2,
            description: text2,
            stride: { type: "array", minItems: 1, uniqueItems: true, items: { enum: strideCategories } },
            target: { ...id, description: "the component or flow the threat applies to" },
            severity: { enum: threatSeverities },
            top: { type: "boolean" },
            mitigations: { type: "array", items: mitigationId, uniqueItems: true },
            events: { type: "array", items: eventId, uniqueItems: true },
            status: { enum: threatStatuses },
            reason,
            backlog: backlogRefs
          },
          ...requireReasonFor(["accepted-risk", "not-applicable"])
        }
      }
    },
    mitigations: {
      type: "object",
      description: "one status per mitigation type, with exceptions per place",
      propertyNames: mitigationId,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["status"],
        properties: {
          status: { enum: mitigationStatuses },
          reason,
          backlog: backlogRefs,
          except: {
            type: "object",
            description: "a different status at some components or flows",
            propertyNames: id,
            additionalProperties: {
              type: "object",
              additionalProperties: false,
              required: ["status"],
              properties: { status: { enum: mitigationStatuses }, reason, backlog: backlogRefs },
              ...requireReasonFor(["accepted-risk", "not-applicable"])
            }
          }
        },
        ...requireReasonFor(["accepted-risk", "not-applicable"])
      }
    },
    events: {
      type: "object",
      description: "the status of security events the application raises",
      propertyNames: eventId,
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["status"],
        properties: { status: { enum: eventStatuses }, reason, backlog: backlogRefs }
      }
    },
    stories: {
      type: "array",
      description: "links written on the model side, from backlog stories to threats and requirements",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["backlog"],
        properties: {
          backlog: backlogRef,
          threats: { type: "array", items: threatId, uniqueItems: true },
          requirements: ids
        }
      }
    },
    answers: {
      type: "object",
      description: "answers to knowledge-base questions, per component",
      propertyNames: id,
      additionalProperties: {
        type: "object",
        propertyNames: {
          type: "string",
          pattern: questionIdPattern,
          description: "a question id of the knowledge base, such as Q-AUTHN-INBOUND"
        },
        additionalProperties: text2
      }
    }
  }
};

// src/core/backlog/backlog-schema.ts
var backlogSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:threat-align:schema:backlog:v1",
  title: "threat-align backlog file",
  description: "An exported backlog: GitHub issues, Azure Boards work items, or any other tracker.",
  type: "object",
  additionalProperties: false,
  required: ["items"],
  properties: {
    $schema: { type: "string" },
    source: { type: "string", description: "where the items come from, such as github:contoso/shop" },
    items: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "title", "state"],
        properties: {
          id: {
            type: "string",
            pattern: "^(#[0-9]+|[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+#[0-9]+|AB#[0-9]+)$",
            description: "the item reference: #123, owner/repo#123 or AB#123"
          },
          title: { type: "string", minLength: 1 },
          body: { type: "string" },
          state: { enum: ["open", "closed"] },
          stateReason: {
            enum: ["completed", "not-planned", "duplicate"],
            description: "why a closed item closed: done (completed) or won\u2019t do (not-planned, duplicate)"
          },
          labels: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          milestone: {
            type: "string",
            description: "the milestone or iteration path the item is planned in"
          },
          type: {
            enum: ["story", "task", "bug", "feature", "epic", "issue"],
            description: "story for user stories; issue when the tracker does not say"
          },
          url: { type: "string", pattern: "^https?://", description: "where a person opens the item" },
          links: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["type", "target"],
              properties: {
                type: { enum: ["parent", "child", "related", "blocks", "blocked-by", "duplicate-of"] },
                target: { type: "string", pattern: backlogRefPattern }
              }
            }
          }
        }
      }
    }
  }
};

// src/core/backlog/load-backlog-file.ts
function loadBacklogFile(file, content) {
  const decoded = decodeText(content);
  if (!decoded.ok) {
    const location = { file, line: decoded.line, column: decoded.column };
    return {
      findings: [
        {
          check: "TA101",
          severity: "error",
          message: decoded.message,
          location,
          hint: "Save the backlog file as UTF-8 JSON.",
          subject: `backlog-file:${file}`
        }
      ]
    };
  }
  const parsed = parseSourceDocument(file, decoded.text);
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const findings = validateDocument(parsed.value, backlogSchema, parsed.index, {
    check: "TA101",
    what: `backlog:${file}`
  });
  const value = parsed.value;
  const seen = /* @__PURE__ */ new Map();
  for (const [i, item] of (findings.length === 0 ? value.items : []).entries()) {
    const first = seen.get(item.id);
    if (first !== void 0) {
      findings.push({
        check: "TA103",
        severity: "error",
        message: `backlog item ${item.id} is listed twice (first as items[${first}])`,
        location: parsed.index.locate(`/items/${i}/id`),
        hint: "Keep one entry per backlog item.",
        subject: `backlog-duplicate:${item.id}`
      });
    } else seen.set(item.id, i);
  }
  if (findings.length > 0) return { findings };
  const items = value.items.map(fromFile);
  return value.source === void 0 ? { items, findings } : { items, source: value.source, findings };
}
function fromFile(item) {
  const out = {
    id: item.id,
    title: item.title,
    body: item.body ?? "",
    status: item.state === "open" ? "open" : item.stateReason === "not-planned" || item.stateReason === "duplicate" ? "wont-do" : "done",
    labels: item.labels ?? [],
    type: item.type ?? "issue",
    links: item.links ?? []
  };
  if (item.milestone !== void 0) out.milestone = item.milestone;
  if (item.url !== void 0) out.url = item.url;
  return out;
}

// src/core/backlog/memory-backlog-provider.ts
function memoryBacklogProvider(source, items, aliases = []) {
  return {
    source,
    aliases,
    // eslint-disable-next-line @typescript-eslint/require-await
    async *pages() {
      yield [...items];
    }
  };
}
function aliasesOfSource(source) {
  const github = /^github:([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)$/.exec(source ?? "");
  return github?.[1] !== void 0 ? [github[1]] : [];
}

// src/core/config/config-schema.ts
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:threat-align:schema:config:v1",
  title: "threat-align configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    failOn: {
      enum: ["error", "warning", "note", "never"],
      description: "the lowest severity that fails the run (default: error)"
    },
    withoutKeyword: {
      type: "string",
      pattern: "^[A-Za-z][A-Za-z-]*$",
      description: "the word that starts a WITHOUT clause, in its exact case (default: WITHOUT)"
    },
    checks: {
      type: "object",
      description: "per check id: a severity (error, warning, note) or off",
      propertyNames: {
        type: "string",
        pattern: "^TA[1-9][0-9]{2}$",
        description: "a check id such as TA202"
      },
      // A model or knowledge base that does not load cannot be checked: those two stay errors.
      properties: {
        TA101: {
          const: "error",
          description: "TA101 stays an error: nothing is checked when the model does not load"
        },
        TA106: {
          const: "error",
          description: "TA106 stays an error: nothing is checked when the knowledge base does not load"
        }
      },
      additionalProperties: { enum: ["error", "warning", "note", "off"] }
    },
    suppressions: {
      type: "array",
      description: "accepted findings, each with its reason and an optional expiry date",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["check", "target", "reason"],
        properties: {
          check: { type: "string", pattern: "^TA[1-9][0-9]{2}$", description: "a check id such as TA202" },
          target: {
            type: "string",
            minLength: 1,
            description: "what the finding is about: a threat, mitigation, requirement, component or backlog item id"
          },
          reason: { type: "string", minLength: 1, description: "why the finding is accepted" },
          expires: {
            type: "string",
            pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            description: "the day (YYYY-MM-DD) after which the finding shows again"
          }
        }
      }
    }
  }
};

// src/core/config/config.ts
function loadConfig(file, text5) {
  if (/^\s*(#[^\n]*\s*)*$/.test(text5.replace(/^\uFEFF/, ""))) return { config: {}, findings: [] };
  const parsed = parseSourceDocument(file, text5);
  if (parsed.findings.length > 0) return { config: {}, findings: parsed.findings };
  if (parsed.value === null || parsed.value === void 0) return { config: {}, findings: [] };
  const findings = validateDocument(parsed.value, configSchema, parsed.index, {
    check: "TA101",
    what: "config"
  });
  if (findings.length > 0) return { config: {}, findings };
  const config = parsed.value;
  return { config, findings };
}

// src/core/findings/count-findings.ts
function countFindings(findings) {
  const counts = { error: 0, warning: 0, note: 0, total: findings.length };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

// src/core/expand/model-graph.ts
function classificationRank(classification) {
  return classifications.indexOf(classification);
}
function buildModelGraph(model) {
  const parents = new Map((model.boundaries ?? []).map((b) => [b.id, b.parent]));
  const boundaryKinds = new Map((model.boundaries ?? []).map((b) => [b.id, b.kind]));
  const dataRanks = new Map((model.data ?? []).map((d) => [d.id, classificationRank(d.classification)]));
  const rankOf = (ids2) => Math.max(-1, ...(ids2 ?? []).map((id2) => dataRanks.get(id2) ?? -1));
  const byId2 = /* @__PURE__ */ new Map();
  const components = model.components.map((component, index) => {
    const node = {
      kind: "component",
      id: component.id,
      index,
      source: component,
      properties: component.properties ?? {},
      boundary: component.boundary,
      enclosing: enclosingBoundaries(component.boundary, parents),
      dataRank: rankOf(component.data),
      incoming: [],
      outgoing: []
    };
    if (!byId2.has(component.id)) byId2.set(component.id, node);
    return node;
  });
  const flows = [];
  for (const [index, flow] of (model.flows ?? []).entries()) {
    const from = byId2.get(flow.from);
    const to = byId2.get(flow.to);
    if (from?.kind !== "component" || to?.kind !== "component") continue;
    const node = {
      kind: "flow",
      id: flow.id,
      index,
      source: flow,
      properties: flow.properties ?? {},
      from,
      to,
      dataRank: rankOf(flow.data)
    };
    from.outgoing.push(node);
    to.incoming.push(node);
    from.dataRank = Math.max(from.dataRank, node.dataRank);
    to.dataRank = Math.max(to.dataRank, node.dataRank);
    flows.push(node);
    if (!byId2.has(flow.id)) byId2.set(flow.id, node);
  }
  return { components, flows, byId: byId2, boundaryKinds };
}
function enclosingBoundaries(innermost, parents) {
  const chain = [];
  let current = innermost;
  while (current !== void 0 && !chain.includes(current)) {
    chain.push(current);
    current = parents.get(current);
  }
  return chain;
}

// src/core/expand/compile-rule.ts
var RuleCompiler = class {
  constructor(kb, graph) {
    this.kb = kb;
    this.graph = graph;
    const types = new Map(kb.componentTypes.map((t) => [t.id, t]));
    for (const type of kb.componentTypes) {
      const chain = /* @__PURE__ */ new Set();
      let current = type.id;
      while (current !== void 0 && !chain.has(current)) {
        chain.add(current);
        current = types.get(current)?.extends;
      }
      this.ancestors.set(type.id, chain);
    }
  }
  kb;
  graph;
  ancestors = /* @__PURE__ */ new Map();
  /** The component type and every type it extends; empty for a type the knowledge base lacks. */
  typeAncestors(typeId) {
    return this.ancestors.get(typeId) ?? /* @__PURE__ */ new Set();
  }
  compile(predicate2) {
    if ("all" in predicate2) {
      const parts = predicate2.all.map((p) => this.compile(p));
      return (e) => parts.every((part) => part(e));
    }
    if ("any" in predicate2) {
      const parts = predicate2.any.map((p) => this.compile(p));
      return (e) => parts.some((part) => part(e));
    }
    if ("not" in predicate2) {
      const inner2 = this.compile(predicate2.not);
      return (e) => !inner2(e);
    }
    if ("typeIs" in predicate2) {
      const wanted = Array.isArray(predicate2.typeIs) ? predicate2.typeIs : [predicate2.typeIs];
      return (e) => e.kind === "component" && wanted.some((t) => this.typeAncestors(e.source.type).has(t));
    }
    if ("property" in predicate2) return this.compileProperty(predicate2.property);
    if ("data" in predicate2) {
      const test = predicate2.data;
      const [operator, value] = Object.entries(test)[0] ?? ["exists", true];
      if (operator === "exists") return (e) => e.dataRank >= 0 === value;
      const rank = classificationRank(String(value));
      return (e) => e.dataRank >= 0 && compareOrdered(operator, e.dataRank, rank);
    }
    if ("source" in predicate2) {
      const inner2 = this.compile(predicate2.source);
      return (e) => e.kind === "flow" && inner2(e.from);
    }
    if ("target" in predicate2) {
      const inner2 = this.compile(predicate2.target);
      return (e) => e.kind === "flow" && inner2(e.to);
    }
    if ("crossesBoundary" in predicate2) {
      const wanted = predicate2.crossesBoundary;
      return (e) => e.kind === "flow" && e.from.boundary !== e.to.boundary === wanted;
    }
    if ("entersBoundary" in predicate2) {
      const kind = predicate2.entersBoundary.kind;
      return (e) => e.kind === "flow" && this.crossesInto(e.to.enclosing, e.from.enclosing, kind);
    }
    if ("exitsBoundary" in predicate2) {
      const kind = predicate2.exitsBoundary.kind;
      return (e) => e.kind === "flow" && this.crossesInto(e.from.enclosing, e.to.enclosing, kind);
    }
    if ("incoming" in predicate2) {
      const inner2 = this.compile(predicate2.incoming);
      return (e) => e.kind === "component" && e.incoming.some(inner2);
    }
    const inner = this.compile(predicate2.outgoing);
    return (e) => e.kind === "component" && e.outgoing.some(inner);
  }
  /** Some boundary (of the kind, if given) encloses `inside` but not `outside`. */
  crossesInto(inside, outside, kind) {
    return inside.some(
      (b) => !outside.includes(b) && (kind === void 0 || this.graph.boundaryKinds.get(b) === kind)
    );
  }
  compileProperty(test) {
    const name = test.name;
    const read = (e) => readProperty(e, name);
    if (test.exists !== void 0) {
      const wanted = test.exists;
      return (e) => read(e) !== void 0 === wanted;
    }
    if (test.eq !== void 0) {
      const value = test.eq;
      return (e) => matches(read(e), (v) => v === value);
    }
    if (test.ne !== void 0) {
      const value = test.ne;
      return (e) => !matches(read(e), (v) => v === value);
    }
    if (test.in !== void 0) {
      const values = new Set(test.in);
      return (e) => matches(read(e), (v) => values.has(v));
    }
    const [operator, bound] = ["gt", "gte", "lt", "lte"].map((op) => [op, test[op]]).find(([, v]) => v !== void 0) ?? ["gt", void 0];
    const order = this.kb.properties[name]?.values;
    const rankOf = (v) => typeof v === "number" && typeof bound === "number" ? v : order?.indexOf(v) ?? -1;
    const boundRank = bound === void 0 ? -1 : rankOf(bound);
    return (e) => matches(read(e), (v) => rankOf(v) >= 0 && compareOrdered(operator, rankOf(v), boundRank));
  }
};
function readProperty(element, name) {
  if (name === "id") return element.id;
  if (element.kind === "component") {
    if (name === "type") return element.source.type;
    if (name === "boundary") return element.boundary;
  } else if (name === "protocol") {
    return element.source.protocol?.toLowerCase();
  }
  return Object.hasOwn(element.properties, name) ? element.properties[name] : void 0;
}
function matches(value, test) {
  if (value === void 0) return false;
  return Array.isArray(value) ? value.some(test) : test(value);
}
function compareOrdered(operator, a, b) {
  switch (operator) {
    case "gt":
      return a > b;
    case "gte":
      return a >= b;
    case "lt":
      return a < b;
    default:
      return a <= b;
  }
}

// src/core/expand/expand-model.ts
var severityOrder = { critical: 0, high: 1, medium: 2, low: 3 };
function expandModel(model, kb, profile) {
  const graph = buildModelGraph(model);
  const compiler = new RuleCompiler(kb, graph);
  const byType = indexByType(graph, compiler);
  const mitigationTypes = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const inProfile = (top) => profile === "full" || top === true;
  const decisions = /* @__PURE__ */ new Map();
  for (const [i, entry2] of (model.threats ?? []).entries()) {
    if (isThreatDecision(entry2) && !decisions.has(entry2.id))
      decisions.set(entry2.id, { ...entry2, pointer: `/threats/${i}` });
  }
  const applyMitigation = (id2, strength, element) => {
    const decision = own(model.mitigations, id2);
    const place = own(decision?.except, element);
    return {
      id: id2,
      strength,
      top: mitigationTypes.get(id2)?.top === true,
      status: place?.status ?? decision?.status ?? "proposed",
      decided: decision !== void 0
    };
  };
  const threats = [];
  for (const type of kb.threatTypes) {
    if (!inProfile(type.top)) continue;
    const rule = compiler.compile(type.rule);
    for (const element of candidates(type, graph, byType)) {
      if (!rule(element)) continue;
      const id2 = `${type.id}@${element.id}`;
      const decision = decisions.get(id2);
      const threat = {
        id: id2,
        typeId: type.id,
        element: element.id,
        elementKind: element.kind,
        title: type.name,
        stride: type.stride,
        severity: type.severity,
        top: type.top === true,
        origin: "knowledge-base",
        status: decision?.status ?? "open",
        backlog: decision?.backlog ?? [],
        mitigations: type.mitigations.filter((m) => inProfile(mitigationTypes.get(m.id)?.top)).map((m) => applyMitigation(m.id, m.strength, element.id)),
        events: type.events ?? [],
        pointer: decision?.pointer ?? elementPointer(element)
      };
      if (decision?.reason !== void 0) threat.reason = decision.reason;
      threats.push(threat);
    }
  }
  for (const [i, entry2] of (model.threats ?? []).entries()) {
    if (isThreatDecision(entry2)) continue;
    const element = graph.byId.get(entry2.target);
    if (!element) continue;
    const threat = {
      id: entry2.id,
      element: element.id,
      elementKind: element.kind,
      title: entry2.title,
      stride: entry2.stride,
      severity: entry2.severity ?? "medium",
      top: entry2.top === true,
      origin: "model",
      status: entry2.status ?? "open",
      backlog: entry2.backlog ?? [],
      mitigations: (entry2.mitigations ?? []).map((m) => applyMitigation(m, "medium", element.id)),
      events: entry2.events ?? [],
      pointer: `/threats/${i}`
    };
    if (entry2.reason !== void 0) threat.reason = entry2.reason;
    threats.push(threat);
  }
  threats.sort((a, b) => compareThreats(a, b, graph));
  return {
    profile,
    threats,
    mitigations: rollUpMitigations(model, kb, threats),
    questions: applyQuestions(model, kb, graph, compiler, byType, inProfile),
    unknownTypes: graph.components.filter((c) => compiler.typeAncestors(c.source.type).size === 0).map((c) => ({ component: c.id, type: c.source.type, pointer: `/components/${c.index}/type` }))
  };
}
function own(record, key) {
  return record !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}
function elementPointer(element) {
  return element.kind === "component" ? `/components/${element.index}/id` : `/flows/${element.index}/id`;
}
function indexByType(graph, compiler) {
  const index = /* @__PURE__ */ new Map();
  for (const component of graph.components) {
    for (const type of compiler.typeAncestors(component.source.type)) {
      const list = index.get(type);
      if (list) list.push(component);
      else index.set(type, [component]);
    }
  }
  return index;
}
function requiredTypes(predicate2) {
  if ("typeIs" in predicate2) return Array.isArray(predicate2.typeIs) ? predicate2.typeIs : [predicate2.typeIs];
  if ("all" in predicate2) {
    for (const part of predicate2.all) {
      const types = requiredTypes(part);
      if (types) return types;
    }
  }
  if ("any" in predicate2) {
    const each = predicate2.any.map(requiredTypes);
    if (each.every((t) => t !== void 0)) return [...new Set(each.flat())];
  }
  return void 0;
}
function requiredEnd(predicate2) {
  if ("target" in predicate2) {
    const types = requiredTypes(predicate2.target);
    return types ? { end: "target", types } : void 0;
  }
  if ("source" in predicate2) {
    const types = requiredTypes(predicate2.source);
    return types ? { end: "source", types } : void 0;
  }
  if ("all" in predicate2) {
    for (const part of predicate2.all) {
      const end = requiredEnd(part);
      if (end) return end;
    }
  }
  return void 0;
}
function candidates(type, graph, byType) {
  if (type.appliesTo === "component") {
    const types = requiredTypes(type.rule);
    return types ? unionInOrder(types.map((t) => byType.get(t) ?? [])) : graph.components;
  }
  const end = requiredEnd(type.rule);
  if (!end) return graph.flows;
  const components = unionInOrder(end.types.map((t) => byType.get(t) ?? []));
  return unionInOrder(components.map((c) => end.end === "target" ? c.incoming : c.outgoing));
}
function unionInOrder(lists2) {
  if (lists2.length === 1) return lists2[0] ?? [];
  const seen = /* @__PURE__ */ new Set();
  for (const list of lists2) for (const item of list) seen.add(item);
  return [...seen].sort((a, b) => a.index - b.index);
}
function compareThreats(a, b, graph) {
  const ea = graph.byId.get(a.element);
  const eb = graph.byId.get(b.element);
  const kindA = a.elementKind === "component" ? 0 : 1;
  const kindB = b.elementKind === "component" ? 0 : 1;
  return kindA - kindB || (ea?.index ?? 0) - (eb?.index ?? 0) || Number(b.top) - Number(a.top) || severityOrder[a.severity] - severityOrder[b.severity] || compareText(a.id, b.id);
}
function rollUpMitigations(model, kb, threats) {
  const types = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  const rollups = /* @__PURE__ */ new Map();
  const placed = /* @__PURE__ */ new Set();
  for (const threat of threats) {
    for (const applied of threat.mitigations) {
      let rollup = rollups.get(applied.id);
      if (!rollup) {
        const decision = own(model.mitigations, applied.id);
        rollup = {
          id: applied.id,
          name: types.get(applied.id)?.name ?? applied.id,
          top: applied.top,
          status: decision?.status ?? "proposed",
          decided: decision !== void 0,
          backlog: decision?.backlog ?? [],
          places: [],
          threats: [],
          pointer: decision ? childPointer("/mitigations", applied.id) : threat.pointer
        };
        if (decision?.reason !== void 0) rollup.reason = decision.reason;
        rollups.set(applied.id, rollup);
      }
      rollup.threats.push(threat.id);
      const placeKey = `${applied.id}\0${threat.element}`;
      if (!placed.has(placeKey)) {
        placed.add(placeKey);
        const place = own(own(model.mitigations, applied.id)?.except, threat.element);
        rollup.places.push({
          element: threat.element,
          status: applied.status,
          backlog: place?.backlog ?? []
        });
      }
    }
  }
  return [...rollups.values()].sort((a, b) => compareText(a.id, b.id));
}
function applyQuestions(model, kb, graph, compiler, byType, inProfile) {
  const out = [];
  for (const question of kb.questions) {
    if (!inProfile(question.top)) continue;
    const rule = compiler.compile(question.rule);
    const types = requiredTypes(question.rule);
    const components = types ? unionInOrder(types.map((t) => byType.get(t) ?? [])) : graph.components;
    for (const component of components) {
      if (!rule(component)) continue;
      out.push({
        component: component.id,
        question,
        answered: own(own(model.answers, component.id), question.id) !== void 0,
        pointer: `/components/${component.index}/id`
      });
    }
  }
  return out.sort((a, b) => {
    const ia = graph.byId.get(a.component)?.index ?? 0;
    const ib = graph.byId.get(b.component)?.index ?? 0;
    return ia - ib || compareText(a.question.id, b.question.id);
  });
}

// src/core/findings/apply-config.ts
function applyConfig(findings, config, catalogue2, today2) {
  const defaults = new Map(catalogue2.map((check) => [check.id, check.defaultSeverity]));
  const active = (config.suppressions ?? []).filter(
    (s) => s.expires === void 0 || today2 === void 0 || s.expires >= today2
  );
  const out = { findings: [], suppressed: [] };
  for (const finding of findings) {
    const configured = config.checks?.[finding.check];
    if (configured === "off") continue;
    const severity = configured ?? defaults.get(finding.check) ?? finding.severity;
    const configuredFinding = { ...finding, severity };
    const suppression = active.find((s) => s.check === finding.check && s.target === finding.subject);
    if (suppression) out.suppressed.push({ finding: configuredFinding, suppression });
    else out.findings.push(configuredFinding);
  }
  return out;
}

// src/core/source/parse-xml.ts
var import_saxes = __toESM(require_saxes(), 1);
var maxXmlDepth = 128;
var xsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
var XmlStop = class extends Error {
  constructor(offset, message, hint, subject) {
    super(message);
    this.offset = offset;
    this.hint = hint;
    this.subject = subject;
  }
  offset;
  hint;
  subject;
};
var syntaxHint2 = "The file is not well-formed XML: open it in the tool that wrote it and save it again, or restore it from version control.";
function parseXml(text5) {
  const base = text5.startsWith("\uFEFF") ? 1 : 0;
  const parser = new import_saxes.SaxesParser({ xmlns: true, position: true });
  const stack = [];
  let root;
  const here = () => base + parser.position;
  parser.on("doctype", () => {
    const at = text5.search(/<!DOCTYPE/i);
    throw new XmlStop(
      at === -1 ? here() : at,
      "the file has a <!DOCTYPE> declaration, which threat-align refuses: a DTD can pull in external entities or expand entities without bound",
      "Remove the <!DOCTYPE \u2026> declaration: files written by threat-modeling tools never need one.",
      "doctype"
    );
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= maxXmlDepth) {
      throw new XmlStop(
        here(),
        `elements nest deeper than ${maxXmlDepth} levels`,
        "Check that the file is the one the tool wrote: no real model nests this deeply.",
        "nesting"
      );
    }
    const element = {
      name: tag.local,
      uri: tag.uri,
      attributes: readAttributes(tag),
      children: [],
      text: "",
      start: startOfTag(text5, here(), tag.name),
      end: here()
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    const element = stack.pop();
    if (element) element.end = here();
  });
  const addText = (data) => {
    const current = stack.at(-1);
    if (current) current.text += data;
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (error) => {
    throw new XmlStop(here(), describeSaxesError(error), syntaxHint2, "syntax");
  });
  try {
    parser.write(base === 0 ? text5 : text5.slice(base)).close();
  } catch (error) {
    if (error instanceof XmlStop)
      return {
        ok: false,
        offset: error.offset,
        message: error.message,
        hint: error.hint,
        subject: error.subject
      };
    throw error;
  }
  if (!root)
    return {
      ok: false,
      offset: 0,
      message: "the file holds no XML element",
      hint: syntaxHint2,
      subject: "empty"
    };
  return { ok: true, root };
}
function startOfTag(text5, position, qualifiedName) {
  const at = text5.lastIndexOf(`<${qualifiedName}`, position);
  return at === -1 ? position : at;
}
function readAttributes(tag) {
  const attributes = /* @__PURE__ */ new Map();
  for (const attribute of Object.values(tag.attributes)) {
    attributes.set(
      attribute.uri === "" ? attribute.local : `{${attribute.uri}}${attribute.local}`,
      attribute.value
    );
  }
  return attributes;
}
function describeSaxesError(error) {
  const message = error.message.replace(/^(?:[^:\s]+:)?\d+:\d+: /, "").replace(/\.$/, "");
  return `invalid XML: ${message}`;
}
function xmlChild(element, name) {
  return element?.children.find((child) => child.name === name);
}
function xmlChildren(element, name) {
  return element ? element.children.filter((child) => child.name === name) : [];
}
function xsiAttribute(element, name) {
  return element.attributes.get(`{${xsiNamespace}}${name}`);
}
function xmlText(element) {
  if (!element || xsiAttribute(element, "nil") === "true") return void 0;
  const text5 = element.text.trim();
  return text5 === "" ? void 0 : text5;
}

// src/core/import/import-findings.ts
function unmappedFinding(index, span, what) {
  return {
    check: "TA107",
    severity: "warning",
    message: what.message,
    location: index.at(span.start, span.end),
    hint: what.hint,
    subject: what.subject
  };
}
function unreadableFinding(index, offset, what) {
  return {
    check: "TA101",
    severity: "error",
    message: what.message,
    location: index.at(offset),
    hint: what.hint,
    subject: what.subject
  };
}

// src/core/import/import-text.ts
var maxTextLength = 1e5;
function clipText(text5) {
  if (text5 === void 0) return void 0;
  const trimmed = text5.trim();
  if (trimmed === "") return void 0;
  return trimmed.length > maxTextLength ? `${trimmed.slice(0, maxTextLength - 1)}\u2026` : trimmed;
}

// src/core/import/native-ids.ts
var idPattern2 = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var maxBaseLength = 80;
function kebabCase(name, maxLength = 60) {
  const ascii = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const dash = cut.lastIndexOf("-");
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, "");
}
function sanitizeId(raw) {
  return raw.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, maxBaseLength).replace(/[-._]+$/, "");
}
var NativeIds = class {
  taken = /* @__PURE__ */ new Set();
  /** `wanted` when it is free, else `wanted-2`, `wanted-3`…; `fallback` when `wanted` is no valid id. */
  claim(wanted, fallback) {
    const base = [wanted, fallback].find((id3) => idPattern2.test(id3))?.slice(0, maxBaseLength) ?? "element";
    let id2 = base;
    for (let n = 2; this.taken.has(id2.toLowerCase()); n += 1) id2 = `${base}-${n}`;
    this.taken.add(id2.toLowerCase());
    return id2;
  }
};

// src/core/import/ms-tmt/tmt-geometry.ts
function innermostBox(point, boxes) {
  let best;
  for (const box of boxes) {
    if (!containsPoint(box.rect, point)) continue;
    if (!best || area(box.rect) < area(best.rect)) best = box;
  }
  return best;
}
function parentBoxes(boxes) {
  return boxes.map((box, i) => {
    let parent;
    boxes.forEach((other, j) => {
      if (j === i || !containsRect(other.rect, box.rect)) return;
      const larger = area(other.rect) > area(box.rect) || area(other.rect) === area(box.rect) && j < i;
      if (!larger) return;
      const current = parent === void 0 ? void 0 : boxes[parent];
      if (!current || area(other.rect) < area(current.rect)) parent = j;
    });
    return parent;
  });
}
function centre(rect) {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
function linesCross(a, b) {
  const segmentsOf = (points) => points.slice(1).map((p, i) => [points[i] ?? p, p]);
  const sa = segmentsOf(polyline(a));
  const sb = segmentsOf(polyline(b));
  return sa.some(([p1, p2]) => sb.some(([q1, q2]) => segmentsIntersect(p1, p2, q1, q2)));
}
var steps2 = 16;
function polyline({ source, handle, target }) {
  const control = {
    x: 2 * handle.x - (source.x + target.x) / 2,
    y: 2 * handle.y - (source.y + target.y) / 2
  };
  const points = [];
  for (let k = 0; k <= steps2; k += 1) {
    const t = k / steps2;
    const u = 1 - t;
    points.push({
      x: u * u * source.x + 2 * u * t * control.x + t * t * target.x,
      y: u * u * source.y + 2 * u * t * control.y + t * t * target.y
    });
  }
  return points;
}
function segmentsIntersect(p1, p2, q1, q2) {
  const d1 = orientation(q1, q2, p1);
  const d2 = orientation(q1, q2, p2);
  const d3 = orientation(p1, p2, q1);
  const d4 = orientation(p1, p2, q2);
  if ((d1 > 0 && d2 < 0 || d1 < 0 && d2 > 0) && (d3 > 0 && d4 < 0 || d3 < 0 && d4 > 0)) return true;
  return d1 === 0 && onSegment(q1, q2, p1) || d2 === 0 && onSegment(q1, q2, p2) || d3 === 0 && onSegment(p1, p2, q1) || d4 === 0 && onSegment(p1, p2, q2);
}
function onSegment(a, b, p) {
  return Math.min(a.x, b.x) <= p.x && p.x <= Math.max(a.x, b.x) && Math.min(a.y, b.y) <= p.y && p.y <= Math.max(a.y, b.y);
}
function orientation(a, b, c) {
  return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}
function containsPoint(rect, point) {
  return point.x >= rect.left && point.x <= rect.left + rect.width && point.y >= rect.top && point.y <= rect.top + rect.height;
}
function containsRect(outer, inner) {
  return inner.left >= outer.left && inner.top >= outer.top && inner.left + inner.width <= outer.left + outer.width && inner.top + inner.height <= outer.top + outer.height;
}
function area(rect) {
  return rect.width * rect.height;
}

// src/core/import/ms-tmt/tmt-threats.ts
var stateMap = /* @__PURE__ */ new Map([
  ["AutoGenerated", "open"],
  ["NotStarted", "open"],
  ["NeedsInvestigation", "open"],
  ["NotApplicable", "not-applicable"],
  ["Mitigated", "mitigated"]
]);
var priorityMap = /* @__PURE__ */ new Map([
  ["critical", "critical"],
  ["highest", "critical"],
  ["very high", "critical"],
  ["high", "high"],
  ["medium", "medium"],
  ["moderate", "medium"],
  ["low", "low"],
  ["lowest", "low"]
]);
var strideNames = /* @__PURE__ */ new Map([
  ["spoofing", "S"],
  ["tampering", "T"],
  ["repudiation", "R"],
  ["information disclosure", "I"],
  ["denial of service", "D"],
  ["elevation of privilege", "E"]
]);
var flowStride = ["T", "I", "D"];
function convertThreat(threat, doc) {
  const field2 = (name) => threat.properties.get(name) ?? threat.fields.get(name);
  const type = threat.fields.get("TypeId");
  const template = type === void 0 ? void 0 : doc.threatTypes.get(type);
  const category = field2("UserThreatCategory") ?? (template?.category === void 0 ? void 0 : doc.threatCategories.get(template.category));
  const letter = category === void 0 ? void 0 : strideOf(category);
  const state = threat.fields.get("State");
  const status = state === void 0 ? "open" : stateMap.get(state) ?? "open";
  const justification = clipText(field2("StateInformation"));
  const severity = priorityOf(field2("Priority"));
  const description = describe2(field2("UserThreatDescription"), mitigationText(threat, doc));
  const converted = {
    title: clipText(field2("Title") ?? template?.title) ?? `Threat ${threat.id ?? threat.key}`.slice(0, 200),
    stride: letter ? [letter] : flowStride,
    status
  };
  if (description !== void 0) converted.description = description;
  if (severity !== void 0) converted.severity = severity;
  if (status === "not-applicable") {
    converted.reason = justification ?? "Marked Not Applicable in the Microsoft Threat Modeling Tool, with no justification.";
  } else if (justification !== void 0) {
    converted.reason = justification;
  }
  return {
    threat: converted,
    category,
    unknownCategory: letter === void 0,
    unknownState: state !== void 0 && !stateMap.has(state) ? state : void 0
  };
}
function strideOf(category) {
  const name = category.trim().toLowerCase().replace(/\s+/g, " ");
  return strideNames.get(name) ?? (/^[strideSTRIDE]$/.test(name) ? name.toUpperCase() : void 0);
}
function priorityOf(priority) {
  return priority === void 0 ? void 0 : priorityMap.get(priority.trim().toLowerCase());
}
function mitigationText(threat, doc) {
  for (const [key, value] of threat.properties) {
    const label2 = doc.propertyLabels.get(key) ?? key;
    if (/mitigation/i.test(label2)) return value;
  }
  return void 0;
}
function describe2(description, mitigation) {
  const parts = [
    description?.trim(),
    mitigation === void 0 ? void 0 : `Mitigation (from the .tm7 file): ${mitigation.trim()}`
  ];
  return clipText(parts.filter((p) => p !== void 0 && p !== "").join("\n\n"));
}

// src/core/import/ms-tmt/tmt-types.ts
var genericKinds = /* @__PURE__ */ new Map([
  ["GE.P", "process"],
  ["GE.DS", "data-store"],
  ["GE.EI", "external-entity"],
  ["GE.TB.B", "border-boundary"],
  ["GE.TB.L", "line-boundary"],
  ["GE.DF", "flow"],
  ["GE.A", "annotation"]
]);
var representationKinds = /* @__PURE__ */ new Map([
  ["Ellipse", "process"],
  ["ParallelLines", "data-store"],
  ["Rectangle", "external-entity"],
  ["BorderBoundary", "border-boundary"],
  ["LineBoundary", "line-boundary"],
  ["Line", "flow"],
  ["Annotation", "annotation"]
]);
var shapeKinds = /* @__PURE__ */ new Map([
  ["StencilEllipse", "process"],
  ["StencilParallelLines", "data-store"],
  ["StencilRectangle", "external-entity"],
  ["BorderBoundary", "border-boundary"],
  ["LineBoundary", "line-boundary"],
  ["Connector", "flow"],
  ["Annotation", "annotation"],
  ["StencilAnnotation", "annotation"]
]);
var baseTypes = {
  process: "process",
  "data-store": "data-store",
  "external-entity": "external-entity"
};
var typeIdMap = /* @__PURE__ */ new Map([
  ["GE.P", "process"],
  ["GE.DS", "data-store"],
  ["GE.EI", "external-entity"],
  ["SE.P.TMCore.OSProcess", "process"],
  ["SE.P.TMCore.Thread", "process"],
  ["SE.P.TMCore.KernelThread", "process"],
  ["SE.P.TMCore.WinApp", "process"],
  ["SE.P.TMCore.NetApp", "process"],
  ["SE.P.TMCore.NonMS", "process"],
  ["SE.P.TMCore.VM", "process"],
  ["SE.P.TMCore.Win32Service", "server-app"],
  ["SE.P.TMCore.WebServer", "web-app"],
  ["SE.P.TMCore.WebApp", "web-app"],
  ["SE.P.TMCore.WebSvc", "api"],
  ["SE.P.TMCore.WebAPI", "api"],
  ["SE.P.TMCore.ThickClient", "client-app"],
  ["SE.P.TMCore.Modern", "client-app"],
  ["SE.P.TMCore.PlugIn", "client-app"],
  ["SE.P.TMCore.BrowserClient", "single-page-app"],
  ["SE.EI.TMCore.Browser", "external-user"],
  ["SE.EI.TMCore.User", "external-user"],
  ["SE.EI.TMCore.AuthProvider", "identity-provider"],
  ["SE.EI.TMCore.WebApp", "third-party-api"],
  ["SE.EI.TMCore.WebSvc", "third-party-api"],
  ["SE.EI.TMCore.Megaservice", "third-party-api"],
  ["SE.EI.TMCore.CRT", "external-entity"],
  ["SE.EI.TMCore.NFX", "external-entity"],
  ["SE.EI.TMCore.WinRT", "external-entity"],
  ["SE.DS.TMCore.SQL", "sql-database"],
  ["SE.DS.TMCore.NoSQL", "nosql-database"],
  ["SE.DS.TMCore.CloudStorage", "object-storage"],
  ["SE.DS.TMCore.Cache", "cache"],
  ["SE.DS.TMCore.FS", "data-store"],
  ["SE.DS.TMCore.Registry", "data-store"],
  ["SE.DS.TMCore.ConfigFile", "data-store"],
  ["SE.DS.TMCore.HTML5LS", "data-store"],
  ["SE.DS.TMCore.Cookie", "data-store"],
  ["SE.DS.TMCore.Device", "data-store"]
]);
var typeNameMap = /* @__PURE__ */ new Map([
  ["web application", "web-app"],
  ["web server", "web-app"],
  ["web api", "api"],
  ["web service", "api"],
  ["browser client", "single-page-app"],
  ["thick client", "client-app"],
  ["mobile client", "mobile-app"],
  ["mobile app", "mobile-app"],
  ["mobile device", "mobile-app"],
  ["phone", "mobile-app"],
  ["smartphone", "mobile-app"],
  ["browser", "external-user"],
  ["human user", "external-user"],
  ["user", "external-user"],
  ["administrator", "administrator"],
  ["server", "server-app"],
  ["attacker", "external-entity"],
  ["threat agent", "external-entity"],
  ["adversary", "external-entity"],
  ["authorization provider", "identity-provider"],
  ["identity server", "identity-provider"],
  ["identity provider", "identity-provider"],
  ["adfs", "identity-provider"],
  ["external web application", "third-party-api"],
  ["external web service", "third-party-api"],
  ["iot device", "iot-device"],
  ["iot field gateway", "api-gateway"],
  ["iot cloud gateway", "api-gateway"],
  ["sql database", "sql-database"],
  ["sql server", "sql-database"],
  ["database", "database"],
  ["non relational database", "nosql-database"],
  ["nosql database", "nosql-database"],
  ["cloud storage", "object-storage"],
  ["cache", "cache"],
  ["azure app service web app", "web-app"],
  ["azure app service api app", "api"],
  ["azure app service mobile app", "api"],
  ["azure function", "serverless-function"],
  ["azure functions", "serverless-function"],
  ["azure sql database", "sql-database"],
  ["azure sql data warehouse database", "sql-database"],
  ["azure database for mysql", "sql-database"],
  ["azure database for postgresql", "sql-database"],
  ["azure cosmos db", "nosql-database"],
  ["azure storage", "object-storage"],
  ["azure data lake storage", "object-storage"],
  ["azure key vault", "secrets-vault"],
  ["azure event hub", "event-stream"],
  ["azure service bus", "message-queue"],
  ["azure redis cache", "cache"],
  ["azure search", "search-index"],
  ["azure ad", "identity-provider"],
  ["azure active directory", "identity-provider"],
  ["azure api management", "api-gateway"],
  ["azure traffic manager", "load-balancer"],
  ["azure load balancer", "load-balancer"],
  ["azure application gateway", "load-balancer"],
  ["azure front door", "cdn-waf"],
  ["azure cdn", "cdn-waf"],
  ["azure kubernetes service", "container-workload"],
  ["azure devops", "ci-cd-pipeline"],
  ["azure monitor", "logging-monitoring"],
  ["log analytics", "logging-monitoring"],
  ["azure openai", "llm-service"]
]);
var boundaryKindMap = /* @__PURE__ */ new Map([
  ["SE.TB.B.TMCore.CorpNet", "private"],
  ["SE.TB.L.TMCore.Internet", "internet"]
]);
var flowProtocolMap = /* @__PURE__ */ new Map([
  ["SE.DF.TMCore.HTTP", "http"],
  ["SE.DF.TMCore.HTTPS", "https"]
]);
function classifyShape(shape, types) {
  for (const id2 of [shape.genericTypeId, shape.typeId]) {
    if (id2 === void 0) continue;
    const kind = genericKinds.get(id2) ?? kindFromTemplate(id2, types);
    if (kind) return kind;
  }
  return shape.shapeType === void 0 ? void 0 : shapeKinds.get(shape.shapeType);
}
function kindFromTemplate(id2, types) {
  const seen = /* @__PURE__ */ new Set();
  for (let current = id2; current !== void 0 && !seen.has(current); ) {
    seen.add(current);
    const generic = genericKinds.get(current);
    if (generic) return generic;
    const type = types.get(current);
    const drawn = type?.representation === void 0 ? void 0 : representationKinds.get(type.representation);
    if (drawn) return drawn;
    current = type?.parentId;
  }
  return void 0;
}
function typeNameOf(shape, types) {
  return (shape.typeId === void 0 ? void 0 : types.get(shape.typeId)?.name) ?? shape.typeLabel;
}
function isGenericShape(shape) {
  return shape.typeId === void 0 || shape.typeId === shape.genericTypeId || genericKinds.has(shape.typeId);
}
function mapComponentType(shape, types) {
  const byId2 = shape.typeId === void 0 ? void 0 : typeIdMap.get(shape.typeId);
  if (byId2) return byId2;
  const name = typeNameOf(shape, types);
  return name === void 0 ? void 0 : typeNameMap.get(name.trim().toLowerCase().replace(/\s+/g, " "));
}

// src/core/import/ms-tmt/convert-tm7.ts
var mappingDoc = "docs/import-mappings/ms-tmt.md";
function convertTm7(doc, index, fallbackName) {
  const run = new Conversion(doc, index);
  for (const surface of doc.surfaces) run.readSurface(surface);
  for (const surface of doc.surfaces) run.readFlows(surface);
  run.readThreats();
  const model = {
    schema: "threat-align/v1",
    system: { name: clipText(doc.name) ?? fallbackName },
    components: run.components
  };
  const description = clipText(doc.description);
  const owner = clipText(doc.owner);
  if (description !== void 0) model.system.description = description;
  if (owner !== void 0) model.system.owner = owner;
  if (run.boundaries.length > 0) model.boundaries = run.boundaries;
  if (run.flows.length > 0) model.flows = run.flows;
  if (run.threats.length > 0) model.threats = run.threats;
  return { model, findings: run.findings, notes: run.notes };
}
var Conversion = class {
  constructor(doc, index) {
    this.doc = doc;
    this.index = index;
  }
  doc;
  index;
  findings = [];
  notes = [];
  boundaries = [];
  components = [];
  flows = [];
  threats = [];
  ids = new NativeIds();
  seen = /* @__PURE__ */ new Set();
  componentIds = /* @__PURE__ */ new Map();
  flowIds = /* @__PURE__ */ new Map();
  readSurface(surface) {
    const boxes = [];
    const shapes = [];
    for (const shape of surface.borders) {
      if (!this.firstSight(shape)) continue;
      const kind = classifyShape(shape, this.doc.elementTypes);
      if (kind === "border-boundary") {
        const at = this.addBoundary(shape);
        const name = this.boundaries[at]?.id ?? "";
        if (shape.rect) boxes.push({ id: name, name: shape.name ?? name, rect: shape.rect, at });
      } else if (kind === "process" || kind === "data-store" || kind === "external-entity") {
        shapes.push({ shape, kind });
      } else if (kind !== "annotation") {
        this.misplaced(shape, kind, "Borders");
      }
    }
    parentBoxes(boxes).forEach((parent, i) => {
      const box = boxes[i];
      const outer = parent === void 0 ? void 0 : boxes[parent];
      const boundary = box && this.boundaries[box.at];
      if (!boundary || !outer) return;
      boundary.parent = outer.id;
      this.note(`/boundaries/${box.at}/parent`, `drawn inside the border boundary "${outer.name}"`);
    });
    for (const { shape, kind } of shapes) this.addComponent(shape, kind, boxes);
  }
  readFlows(surface) {
    const lineBoundaries = [];
    const drawn = [];
    for (const shape of surface.lines) {
      if (!this.firstSight(shape)) continue;
      const kind = classifyShape(shape, this.doc.elementTypes);
      if (kind === "line-boundary") lineBoundaries.push(shape);
      else if (kind === "flow") {
        const flow = this.addFlow(shape);
        if (flow) drawn.push({ flow, shape });
      } else this.misplaced(shape, kind, "Lines");
    }
    for (const boundary of lineBoundaries) this.markCrossings(boundary, drawn);
  }
  readThreats() {
    for (const source of this.doc.threats) {
      const label2 = source.id ?? source.key;
      const flowGuid = source.fields.get("FlowGuid");
      const target = flowGuid === void 0 ? void 0 : this.flowIds.get(flowGuid);
      if (target === void 0) {
        this.unmapped(source.span, `tmt-threat:${label2}`, {
          message: `threat ${label2} is about the flow ${flowGuid ?? "(none)"}, which is not in the imported model: the threat is left out`,
          hint: "Open the model in the Microsoft Threat Modeling Tool, regenerate its threats, and save it again; or write the threat by hand in a native model."
        });
        continue;
      }
      const converted = convertThreat(source, this.doc);
      const id2 = this.ids.claim(`TMT-${kebabCase(source.id ?? "")}`, "TMT-threat");
      const at = this.threats.length;
      this.threats.push({ id: id2, ...converted.threat, target });
      this.index.record(`/threats/${at}`, source.span);
      if (converted.unknownCategory) {
        this.unmapped(source.span, `tmt-threat-category:${label2}`, {
          message: `threat ${label2} has the category "${converted.category ?? "(none)"}", which is no STRIDE category: it is imported as T, I, D (a data flow's STRIDE)`,
          hint: "Give the threat one of the six STRIDE categories in the Microsoft Threat Modeling Tool."
        });
      }
      if (converted.unknownState !== void 0) {
        this.unmapped(source.span, `tmt-threat-state:${label2}`, {
          message: `threat ${label2} has the state "${converted.unknownState}", which threat-align does not know: it is imported as open`,
          hint: "Set the state to Not Started, Needs Investigation, Not Applicable or Mitigated."
        });
      }
    }
  }
  addBoundary(shape) {
    const at = this.boundaries.length;
    const boundary = { id: this.ids.claim(kebabCase(shape.name ?? ""), "boundary") };
    const name = clipText(shape.name);
    const kind = shape.typeId === void 0 ? void 0 : boundaryKindMap.get(shape.typeId);
    if (name !== void 0) boundary.name = name;
    if (kind !== void 0) boundary.kind = kind;
    this.boundaries.push(boundary);
    this.index.record(`/boundaries/${at}`, shape.span);
    return at;
  }
  addComponent(shape, kind, boxes) {
    const at = this.components.length;
    const pointer = `/components/${at}`;
    const typeName = typeNameOf(shape, this.doc.elementTypes);
    const mapped = mapComponentType(shape, this.doc.elementTypes);
    const component = {
      id: this.ids.claim(kebabCase(shape.name ?? typeName ?? ""), kind),
      type: mapped ?? baseTypes[kind]
    };
    const name = clipText(shape.name);
    if (name !== void 0) component.name = name;
    const box = shape.rect && innermostBox(centre(shape.rect), boxes);
    if (box) {
      component.boundary = box.id;
      this.note(`${pointer}/boundary`, `drawn inside the border boundary "${box.name}"`);
    }
    this.components.push(component);
    this.componentIds.set(shape.guid, component.id);
    this.index.record(pointer, shape.span);
    this.index.record(`${pointer}/type`, shape.typeSpan ?? shape.keySpan);
    if (mapped === void 0 && !isGenericShape(shape)) {
      this.unmapped(shape.keySpan, shape.guid, {
        message: `the stencil type "${typeName ?? shape.typeId ?? "(unnamed)"}" of "${shape.name ?? shape.guid}" has no knowledge-base counterpart: imported as the generic ${baseTypes[kind]}`,
        hint: `Use a stencil from Microsoft's templates, or convert the model with threat-align import and set a component type (mapping table: ${mappingDoc}).`
      });
    } else if (mapped !== void 0 && shape.typeId !== void 0 && !shape.typeId.startsWith("SE.") && !shape.typeId.startsWith("GE.")) {
      this.note(`${pointer}/type`, `the stencil type "${typeName ?? ""}" read as ${mapped} by its name`);
    }
    if (shape.properties.get("Out Of Scope") === "true") {
      this.unmapped(shape.keySpan, `out-of-scope:${shape.guid}`, {
        message: `"${shape.name ?? shape.guid}" is marked out of scope, which the native model cannot say: its threats are generated like any other's`,
        hint: "Remove the element from the diagram if it is really out of scope, or convert the model and record decisions on its threats."
      });
    }
  }
  addFlow(shape) {
    const from = shape.sourceGuid === void 0 ? void 0 : this.componentIds.get(shape.sourceGuid);
    const to = shape.targetGuid === void 0 ? void 0 : this.componentIds.get(shape.targetGuid);
    if (from === void 0 || to === void 0) {
      const missing = from === void 0 ? shape.sourceGuid : shape.targetGuid;
      this.unmapped(shape.keySpan, shape.guid, {
        message: `the data flow "${shape.name ?? shape.guid}" connects to ${missing ?? "nothing"}, which is no process, data store or external interactor of the file: the flow is left out`,
        hint: "Connect both ends of the flow to elements in the Microsoft Threat Modeling Tool and save the model again."
      });
      return void 0;
    }
    const at = this.flows.length;
    const flow = { id: this.ids.claim(kebabCase(shape.name ?? ""), "flow"), from, to };
    const name = clipText(shape.name);
    const protocol = shape.typeId === void 0 ? void 0 : flowProtocolMap.get(shape.typeId);
    if (name !== void 0) flow.name = name;
    if (protocol !== void 0) flow.protocol = protocol;
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
  markCrossings(boundary, drawn) {
    const name = boundary.name ?? typeNameOf(boundary, this.doc.elementTypes) ?? boundary.guid;
    const stroke = boundary.line;
    const crossing = stroke ? drawn.filter(({ shape }) => shape.line !== void 0 && linesCross(shape.line, stroke)) : [];
    for (const { flow } of crossing) {
      flow.properties = { ...flow.properties, crossesLineBoundary: true };
      const at = this.flows.indexOf(flow);
      this.note(
        `/flows/${at}/properties/crossesLineBoundary`,
        `crosses the line boundary "${name}" on the diagram`
      );
    }
    const crossed = crossing.map(({ flow }) => flow.id).join(", ");
    this.unmapped(boundary.keySpan, boundary.guid, {
      message: `the line boundary "${name}" is a stroke, not a zone the native model can express: ${crossing.length === 0 ? "it crosses no flow" : `the flows it crosses (${crossed}) are marked crossesLineBoundary: true`}, and no component is put inside it`,
      hint: `Draw the trust boundary as a border boundary (a box around its elements) so that its members are known, or convert the model and give the components a boundary (${mappingDoc}).`
    });
  }
  misplaced(shape, kind, list) {
    this.unmapped(shape.keySpan, shape.guid, {
      message: `"${shape.name ?? shape.guid}" (${shape.shapeType ?? "unknown shape"}${kind === void 0 ? "" : `, a ${kind}`}) is not an element threat-align can read from ${list}: it is left out`,
      hint: `Check that the file was saved by the Microsoft Threat Modeling Tool; the shapes it reads are listed in ${mappingDoc}.`
    });
  }
  /** A GUID drawn twice is read once: the second is reported. */
  firstSight(shape) {
    if (!this.seen.has(shape.guid)) {
      this.seen.add(shape.guid);
      return true;
    }
    this.unmapped(shape.keySpan, `duplicate:${shape.guid}`, {
      message: `the GUID ${shape.guid} is used by more than one shape: only the first is imported`,
      hint: "Give each shape its own GUID (copy and paste in the Microsoft Threat Modeling Tool does so)."
    });
    return false;
  }
  unmapped(span, subject, what) {
    this.findings.push(unmappedFinding(this.index, span, { ...what, subject }));
  }
  note(pointer, text5) {
    this.notes.push({ pointer, text: text5 });
  }
};

// src/core/import/ms-tmt/read-tm7.ts
function readTm7(root) {
  const meta = xmlChild(root, "MetaInformation");
  const knowledge = xmlChild(root, "KnowledgeBase");
  return {
    name: xmlText(xmlChild(meta, "ThreatModelName")),
    description: xmlText(xmlChild(meta, "HighLevelSystemDescription")),
    owner: xmlText(xmlChild(meta, "Owner")),
    surfaces: xmlChildren(xmlChild(root, "DrawingSurfaceList"), "DrawingSurfaceModel").map(readSurface),
    threats: (xmlChild(root, "ThreatInstances")?.children ?? []).map(readThreat).filter(isDefined),
    elementTypes: readElementTypes(knowledge),
    threatCategories: new Map(
      xmlChildren(xmlChild(knowledge, "ThreatCategories"), "ThreatCategory").flatMap((category) => {
        const id2 = xmlText(xmlChild(category, "Id"));
        const name = xmlText(xmlChild(category, "Name"));
        return id2 !== void 0 && name !== void 0 ? [[id2, name]] : [];
      })
    ),
    threatTypes: new Map(
      xmlChildren(xmlChild(knowledge, "ThreatTypes"), "ThreatType").flatMap((type) => {
        const id2 = xmlText(xmlChild(type, "Id"));
        if (id2 === void 0) return [];
        const title3 = xmlText(xmlChild(type, "ShortTitle"));
        return [[id2, { title: title3, category: xmlText(xmlChild(type, "Category")) }]];
      })
    ),
    propertyLabels: readPropertyLabels(knowledge)
  };
}
function readSurface(surface) {
  const lines = xmlChild(surface, "Lines");
  return {
    guid: xmlText(xmlChild(surface, "Guid")) ?? "",
    name: readProperties(xmlChild(surface, "Properties")).get("Name"),
    borders: xmlChildren(xmlChild(surface, "Borders"), "KeyValueOfguidanyType").map(readShape).filter(isDefined),
    lines: xmlChildren(lines, "KeyValueOfguidanyType").map(readShape).filter(isDefined),
    hasLines: lines !== void 0
  };
}
function readShape(entry2) {
  const key = xmlChild(entry2, "Key");
  const value = xmlChild(entry2, "Value");
  const guid = xmlText(key) ?? xmlText(xmlChild(value, "Guid"));
  if (!value || guid === void 0) return void 0;
  const headers = xmlChildren(xmlChild(value, "Properties"), "anyType");
  const properties2 = readProperties(xmlChild(value, "Properties"));
  const typeElement = xmlChild(value, "TypeId");
  const source = xmlChild(value, "SourceGuid");
  const target = xmlChild(value, "TargetGuid");
  return {
    guid,
    shapeType: localName(xsiAttribute(value, "type")),
    genericTypeId: xmlText(xmlChild(value, "GenericTypeId")),
    typeId: xmlText(typeElement),
    typeLabel: headers.filter((header) => localName(xsiAttribute(header, "type")) === "HeaderDisplayAttribute").map((header) => xmlText(xmlChild(header, "DisplayName"))).find(isDefined),
    name: properties2.get("Name"),
    properties: properties2,
    keySpan: spanOf(key ?? entry2),
    span: spanOf(entry2),
    typeSpan: typeElement && spanOf(typeElement),
    rect: readRect(value),
    line: readLine(value),
    sourceGuid: xmlText(source),
    targetGuid: xmlText(target),
    sourceSpan: source && spanOf(source),
    targetSpan: target && spanOf(target)
  };
}
function readProperties(properties2) {
  const map = /* @__PURE__ */ new Map();
  for (const attribute of xmlChildren(properties2, "anyType")) {
    const name = xmlText(xmlChild(attribute, "DisplayName"));
    const value = xmlText(xmlChild(attribute, "Value"));
    if (name !== void 0 && value !== void 0 && !map.has(name)) map.set(name, value);
  }
  return map;
}
function readRect(value) {
  const [left, top, width2, height] = ["Left", "Top", "Width", "Height"].map((n) => readNumber(value, n));
  if (left === void 0 || top === void 0 || width2 === void 0 || height === void 0)
    return void 0;
  return { left, top, width: width2, height };
}
function readLine(value) {
  const point = (x, y) => {
    const px = readNumber(value, x);
    const py = readNumber(value, y);
    return px === void 0 || py === void 0 ? void 0 : { x: px, y: py };
  };
  const source = point("SourceX", "SourceY");
  const target = point("TargetX", "TargetY");
  if (!source || !target) return void 0;
  const handle = point("HandleX", "HandleY") ?? {
    x: (source.x + target.x) / 2,
    y: (source.y + target.y) / 2
  };
  return { source, handle, target };
}
function readNumber(element, name) {
  const text5 = xmlText(xmlChild(element, name));
  const number2 = text5 === void 0 ? Number.NaN : Number(text5);
  return Number.isFinite(number2) ? number2 : void 0;
}
function readThreat(entry2) {
  const value = xmlChild(entry2, "Value");
  if (!value) return void 0;
  const fields = /* @__PURE__ */ new Map();
  for (const child of value.children) {
    const text5 = xmlText(child);
    if (child.name !== "Properties" && text5 !== void 0) fields.set(child.name, text5);
  }
  const properties2 = /* @__PURE__ */ new Map();
  for (const pair of xmlChildren(xmlChild(value, "Properties"), "KeyValueOfstringstring")) {
    const key = xmlText(xmlChild(pair, "Key"));
    const text5 = xmlText(xmlChild(pair, "Value"));
    if (key !== void 0 && text5 !== void 0 && !properties2.has(key)) properties2.set(key, text5);
  }
  return {
    key: xmlText(xmlChild(entry2, "Key")) ?? "",
    id: fields.get("Id"),
    span: spanOf(entry2),
    fields,
    properties: properties2
  };
}
function readElementTypes(knowledge) {
  const types = /* @__PURE__ */ new Map();
  for (const section of ["GenericElements", "StandardElements"]) {
    for (const type of xmlChildren(xmlChild(knowledge, section), "ElementType")) {
      const id2 = xmlText(xmlChild(type, "Id"));
      if (id2 === void 0 || types.has(id2)) continue;
      types.set(id2, {
        id: id2,
        name: xmlText(xmlChild(type, "Name")),
        parentId: xmlText(xmlChild(type, "ParentId")),
        representation: xmlText(xmlChild(type, "Representation"))
      });
    }
  }
  return types;
}
function readPropertyLabels(knowledge) {
  const labels = /* @__PURE__ */ new Map();
  const data = [
    xmlChild(xmlChild(knowledge, "ThreatMetaData"), "PropertiesMetaData"),
    ...xmlChildren(xmlChild(knowledge, "ThreatTypes"), "ThreatType").map(
      (t) => xmlChild(t, "PropertiesMetaData")
    )
  ];
  for (const datum of data.flatMap((d) => xmlChildren(d, "ThreatMetaDatum"))) {
    const name = xmlText(xmlChild(datum, "Name"));
    const label2 = xmlText(xmlChild(datum, "Label"));
    if (name !== void 0 && label2 !== void 0 && !labels.has(name)) labels.set(name, label2);
  }
  return labels;
}
function localName(qualified) {
  return qualified?.slice(qualified.indexOf(":") + 1);
}
function spanOf(element) {
  return { start: element.start, end: element.end };
}
function isDefined(value) {
  return value !== void 0;
}

// src/core/import/ms-tmt.ts
var tm7Namespace = "http://schemas.datacontract.org/2004/07/ThreatModeling.Model";
var title = "Microsoft Threat Modeling Tool";
var mappingDoc2 = "docs/import-mappings/ms-tmt.md";
var msTmtReader = {
  format: "ms-tmt",
  title,
  detect: detectTm7,
  read: readTm7File
};
function detectTm7(text5, file) {
  const head = text5.slice(0, 65536);
  const root = rootStartTag(head);
  if (root === void 0)
    return /\.tm7$/i.test(file) && head.trimStart().replace(/^\uFEFF/, "").startsWith("<");
  const match = /^<(?:([A-Za-z_][\w.-]*):)?ThreatModel(?=[\s/>]|$)/.exec(root);
  if (!match) return /\.tm7$/i.test(file);
  const prefix = match[1];
  const declared = new RegExp(
    `xmlns${prefix === void 0 ? "" : `:${prefix}`}\\s*=\\s*["']([^"']*)["']`
  ).exec(root);
  return declared?.[1] === tm7Namespace || /\.tm7$/i.test(file);
}
function rootStartTag(head) {
  let i = head.startsWith("\uFEFF") ? 1 : 0;
  for (; ; ) {
    while (i < head.length && /\s/.test(head.charAt(i))) i += 1;
    if (head.startsWith("<?", i)) i = after(head, "?>", i);
    else if (head.startsWith("<!--", i)) i = after(head, "-->", i);
    else if (head.startsWith("<!", i)) i = afterDoctype(head, i);
    else break;
    if (i < 0) return void 0;
  }
  if (head.charAt(i) !== "<") return void 0;
  const end = head.indexOf(">", i);
  return head.slice(i, end === -1 ? head.length : end + 1);
}
function after(text5, terminator, from) {
  const at = text5.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}
function afterDoctype(text5, from) {
  let depth = 0;
  for (let i = from + 2; i < text5.length; i += 1) {
    const c = text5.charAt(i);
    if (c === "[") depth += 1;
    else if (c === "]") depth -= 1;
    else if (c === ">" && depth <= 0) return i + 1;
  }
  return -1;
}
function readTm7File(file, text5) {
  const index = new SourceIndex(file, text5);
  const fail2 = (offset, what) => ({
    format: "ms-tmt",
    index,
    findings: [unreadableFinding(index, offset, what)],
    notes: []
  });
  const parsed = parseXml(text5);
  if (!parsed.ok) return fail2(parsed.offset, parsed);
  const root = parsed.root;
  if (root.name !== "ThreatModel") {
    return fail2(root.start, {
      message: `the root element is <${root.name}>, not the <ThreatModel> of a ${title} file`,
      hint: `Open the file in the ${title} and save it as a .tm7 model.`,
      subject: "root"
    });
  }
  const converted = convertTm7(readTm7(root), index, `Imported from ${baseName(file)}`);
  if (converted.model.components.length === 0) {
    const empty = unreadableFinding(index, root.start, {
      message: `the ${title} file has no process, data store or external interactor that threat-align can read, and a model needs at least one component`,
      hint: `Draw the system's elements in the ${title}, or check the shapes it reads (${mappingDoc2}).`,
      subject: "no-components"
    });
    return { format: "ms-tmt", index, findings: [...converted.findings, empty], notes: converted.notes };
  }
  index.record("", { start: root.start, end: root.end });
  return {
    format: "ms-tmt",
    model: converted.model,
    index,
    findings: converted.findings,
    notes: converted.notes
  };
}
function baseName(file) {
  return file.split(/[\\/]/).pop() ?? file;
}

// src/core/import/json-import-source.ts
function readJsonImportSource(file, text5) {
  const parsed = parseSourceDocument(file, text5);
  if (parsed.findings.length > 0) return { index: parsed.index, findings: parsed.findings };
  const stripped = text5.startsWith("\uFEFF") ? text5.slice(1) : text5;
  return { source: { file, text: stripped, root: parsed.value, index: parsed.index }, findings: [] };
}
var lastParsed;
function parseJsonForDetection(text5) {
  if (lastParsed?.text === text5) return lastParsed.value;
  let value;
  try {
    value = JSON.parse(text5.startsWith("\uFEFF") ? text5.slice(1) : text5);
  } catch {
    value = void 0;
  }
  lastParsed = { text: text5, value };
  return value;
}
function isJsonObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function field(value, key) {
  return isJsonObject(value) && Object.hasOwn(value, key) ? value[key] : void 0;
}
function dig(value, ...keys) {
  let current = value;
  for (const key of keys) {
    if (typeof key === "number") current = Array.isArray(current) ? current[key] : void 0;
    else current = field(current, key);
  }
  return current;
}
function textOf(value) {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return void 0;
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function oneLine2(value) {
  return value.replace(/\s+/g, " ").trim();
}
function clip(value, max) {
  if (value.length <= max) return value;
  const cut = value.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}
var SourceSpans = class {
  constructor(source) {
    this.source = source;
    const { text: body } = source;
    for (let i = 0; i < body.length; i += 1) {
      const c = body.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && body.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  source;
  lineStarts = [0];
  span(pointer) {
    const location = this.source.index.locate(pointer);
    const start = this.offset(location.line, location.column);
    const end = location.endLine === void 0 || location.endColumn === void 0 ? start : this.offset(location.endLine, location.endColumn);
    return { start, end };
  }
  offset(line, column) {
    return (this.lineStarts[line - 1] ?? 0) + column - 1;
  }
};

// src/core/import/native-model-builder.ts
var importDocs = "docs/importing.md";
var NativeModelBuilder = class {
  constructor(format, source) {
    this.format = format;
    this.source = source;
    this.index = new SourceIndex(source.file, source.text);
    this.spans = new SourceSpans(source);
  }
  format;
  source;
  ids = new NativeIds();
  index;
  findings = [];
  notes = [];
  spans;
  /** The native node at `pointer` came from the source node at `from` (a source JSON Pointer). */
  trace(pointer, from) {
    this.index.record(pointer, this.spans.span(from));
  }
  /** Something inferred rather than read, shown as a comment by `threat-align import`. */
  note(pointer, text5) {
    this.notes.push({ pointer, text: text5 });
  }
  /** TA107: a part of the source that the native model cannot hold, at its place in the source. */
  unmapped(from, subject, message, hint) {
    this.findings.push({
      check: "TA107",
      severity: "warning",
      message,
      location: this.source.index.locate(from),
      hint,
      subject
    });
  }
  /** TA101: the source cannot yield a model at all. */
  unreadable(from, subject, message, hint) {
    this.findings.push({
      check: "TA101",
      severity: "error",
      message,
      location: this.source.index.locate(from),
      hint,
      subject
    });
    return this.result();
  }
  result(model) {
    return {
      format: this.format,
      ...model ? { model } : {},
      index: this.index,
      findings: this.findings,
      notes: this.notes
    };
  }
};

// src/core/import/threagile/threagile-builder.ts
var ThreagileBuilder = class extends NativeModelBuilder {
  lineStarts = [0];
  constructor(source) {
    super("threagile", source);
    const text5 = source.text;
    for (let i = 0; i < text5.length; i += 1) {
      const c = text5.charCodeAt(i);
      if (c === 10) this.lineStarts.push(i + 1);
      else if (c === 13 && text5.charCodeAt(i + 1) !== 10) this.lineStarts.push(i + 1);
    }
  }
  /** The native `pointer` shows the source entry at `from`, from its key to the end of its value. */
  traceEntry(pointer, from) {
    const key = this.source.index.locate(from, "key");
    const value = this.source.index.locate(from);
    const start = this.offset(key.line, key.column);
    const end = value.endLine === void 0 ? start : this.offset(value.endLine, value.endColumn ?? 1);
    this.index.record(pointer, { start, end: Math.max(start, end) });
  }
  /** TA107 at the key of the entry at `from`. */
  unmappedEntry(from, subject, message, hint) {
    this.findings.push({
      check: "TA107",
      severity: "warning",
      message,
      location: this.source.index.locate(from, "key"),
      hint,
      subject
    });
  }
  offset(line, column) {
    return (this.lineStarts[line - 1] ?? 0) + column - 1;
  }
};

// src/core/import/threagile/native-parts.ts
function emptyParts() {
  return { boundaries: [], data: [], components: [], flows: [], requirements: [], threats: [] };
}

// src/core/import/threagile/threagile-tables.ts
var technologyMap = /* @__PURE__ */ new Map([
  ["web-server", "web-app"],
  ["web-application", "web-app"],
  ["application-server", "web-app"],
  ["cms", "web-app"],
  ["erp", "web-app"],
  ["report-engine", "web-app"],
  ["web-service-rest", "api"],
  ["web-service-soap", "api"],
  ["ejb", "api"],
  ["function", "serverless-function"],
  ["container-platform", "container-workload"],
  ["batch-processing", "batch-job"],
  ["scheduler", "batch-job"],
  ["task", "batch-job"],
  ["event-listener", "server-app"],
  ["stream-processing", "server-app"],
  ["mainframe", "server-app"],
  ["service-registry", "server-app"],
  ["identity-provider", "identity-provider"],
  ["ai", "llm-service"],
  ["llm", "llm-service"],
  ["build-pipeline", "ci-cd-pipeline"],
  ["code-inspection-platform", "ci-cd-pipeline"],
  ["reverse-proxy", "api-gateway"],
  ["load-balancer", "load-balancer"],
  ["waf", "cdn-waf"],
  ["gateway", "network-edge"],
  ["service-mesh", "network-edge"],
  ["ips", "network-edge"],
  ["database", "sql-database"],
  ["identity-store-database", "sql-database"],
  ["identity-store-ldap", "database"],
  ["ldap-server", "database"],
  ["operational-historian", "database"],
  ["big-data-platform", "database"],
  ["search-index", "search-index"],
  ["search-engine", "search-index"],
  ["message-queue", "message-queue"],
  ["file-server", "object-storage"],
  ["block-storage", "object-storage"],
  ["data-lake", "object-storage"],
  ["artifact-registry", "object-storage"],
  ["local-file-system", "data-store"],
  ["sourcecode-repository", "data-store"],
  ["vault", "secrets-vault"],
  ["hsm", "secrets-vault"],
  ["monitoring", "logging-monitoring"],
  ["ids", "logging-monitoring"],
  ["mail-server", "email-service"],
  ["browser", "single-page-app"],
  ["mobile-app", "mobile-app"],
  ["iot-device", "iot-device"],
  ["plc", "iot-device"],
  ["industrial-control-actor", "iot-device"],
  ["industrial-control-sensor", "iot-device"],
  ["cli", "client-app"]
]);
var clientTechnologies = /* @__PURE__ */ new Map([
  ["client-system", { human: "external-user", otherwise: "client-app" }],
  ["desktop", { human: "external-user", otherwise: "client-app" }],
  ["devops-client", { human: "administrator", otherwise: "client-app" }]
]);
var technologyAliases = /* @__PURE__ */ new Map([
  ["web-app", "web-application"],
  ["app-server", "application-server"],
  ["rest-api", "web-service-rest"],
  ["soap-api", "web-service-soap"],
  ["enterprise-java-beans", "ejb"],
  ["content-management-system", "cms"],
  ["enterprise-resource-planning", "erp"],
  ["reporting", "report-engine"],
  ["db", "database"],
  ["idp", "identity-provider"],
  ["identity-store", "identity-store-database"],
  ["ldap", "ldap-server"],
  ["historian", "operational-historian"],
  ["big-data", "big-data-platform"],
  ["lb", "load-balancer"],
  ["mq", "message-queue"],
  ["siem", "monitoring"],
  ["git", "sourcecode-repository"],
  ["ci", "build-pipeline"],
  ["continuous-integration", "build-pipeline"],
  ["code-inspection", "code-inspection-platform"],
  ["code-analysis", "code-inspection-platform"],
  ["container", "container-platform"],
  ["docker", "container-platform"],
  ["kubernetes", "container-platform"],
  ["file-storage", "file-server"],
  ["san", "block-storage"],
  ["local-storage", "local-file-system"],
  ["web-browser", "browser"],
  ["client", "client-system"],
  ["desktop-system", "desktop"],
  ["command-line", "cli"],
  ["command-line-tool", "cli"],
  ["command-line-interface", "cli"],
  ["cron", "scheduler"],
  ["job", "task"],
  ["hashicorp-vault", "vault"],
  ["hardware-security-module", "hsm"],
  ["web-application-firewall", "waf"],
  ["intrusion-detection-system", "ids"],
  ["intrusion-prevention-system", "ips"],
  ["jump-host", "gateway"],
  ["jump-server", "gateway"],
  ["jump-box", "gateway"],
  ["iot", "iot-device"],
  ["email-server", "mail-server"],
  ["service-discovery", "service-registry"],
  ["programmable-logic-controller", "plc"],
  ["artificial-intelligence", "ai"],
  ["machine-learning", "ai"],
  ["deep-learning", "ai"],
  ["neural-network", "ai"],
  ["ml", "ai"],
  ["dl", "ai"]
]);
var nosqlHint = /\b(?:nosql|mongo(?:db)?|cosmos(?:db)?|dynamo(?:db)?|cassandra|couch(?:db|base)?|firestore|documentdb|neo4j|hbase|redis)\b/i;
var assetBaseTypes = /* @__PURE__ */ new Map([
  ["external-entity", "external-entity"],
  ["process", "process"],
  ["datastore", "data-store"]
]);
var machineTypes = /* @__PURE__ */ new Map([
  ["container", "container-workload"],
  ["serverless", "serverless-function"]
]);
var protocolMap = /* @__PURE__ */ new Map([
  ["http", "http"],
  ["https", "https"],
  ["ws", "websocket"],
  ["wss", "wss"],
  ["reverse-proxy-web-protocol", "http"],
  ["reverse-proxy-web-protocol-encrypted", "https"],
  ["mqtt", "mqtt"],
  ["jdbc", "sql"],
  ["odbc", "sql"],
  ["sql-access-protocol", "sql"],
  ["jdbc-encrypted", "sql"],
  ["odbc-encrypted", "sql"],
  ["sql-access-protocol-encrypted", "sql"],
  ["ssh", "ssh"],
  ["ssh-tunnel", "ssh"],
  ["scp", "ssh"],
  ["sftp", "sftp"],
  ["smtp", "smtp"],
  ["smtp-encrypted", "smtps"],
  ["ftp", "ftp"],
  ["ldap", "ldap"],
  ["ldaps", "ldaps"]
]);
var encryptedProtocols = /* @__PURE__ */ new Set([
  "https",
  "wss",
  "jdbc-encrypted",
  "odbc-encrypted",
  "nosql-access-protocol-encrypted",
  "sql-access-protocol-encrypted",
  "binary-encrypted",
  "text-encrypted",
  "ssh",
  "ssh-tunnel",
  "ftps",
  "sftp",
  "scp",
  "ldaps",
  "reverse-proxy-web-protocol-encrypted",
  "iiop-encrypted",
  "jrmp-encrypted",
  "smb-encrypted",
  "smtp-encrypted",
  "pop3-encrypted",
  "imap-encrypted"
]);
var authenticationMap = /* @__PURE__ */ new Map([
  ["none", "none"],
  ["credentials", "password"],
  ["session-id", "token"],
  ["token", "token"],
  ["client-certificate", "certificate"],
  ["two-factor", "password"]
]);
var classificationMap = /* @__PURE__ */ new Map([
  ["public", "public"],
  ["internal", "internal"],
  ["restricted", "confidential"],
  ["confidential", "confidential"],
  ["strictly-confidential", "restricted"]
]);
var boundaryKindMap2 = /* @__PURE__ */ new Map([
  ["network-on-prem", "private"],
  ["network-dedicated-hoster", "private"],
  ["network-virtual-lan", "private"],
  ["network-cloud-provider", "private"],
  ["network-cloud-security-group", "private"],
  ["network-policy-namespace-isolation", "private"],
  ["execution-environment", "execution-environment"]
]);
var trackingStatusMap = /* @__PURE__ */ new Map([
  ["unchecked", "open"],
  ["in-discussion", "open"],
  ["in-progress", "open"],
  ["accepted", "accepted-risk"],
  ["mitigated", "mitigated"],
  ["false-positive", "not-applicable"]
]);
var severityMap = /* @__PURE__ */ new Map([
  ["low", "low"],
  ["medium", "medium"],
  ["elevated", "high"],
  ["high", "high"],
  ["critical", "critical"]
]);
var strideMap = /* @__PURE__ */ new Map([
  ["spoofing", "S"],
  ["tampering", "T"],
  ["repudiation", "R"],
  ["information-disclosure", "I"],
  ["denial-of-service", "D"],
  ["elevation-of-privilege", "E"]
]);
var builtInCategories = /* @__PURE__ */ new Map([
  ["accidental-secret-leak", "I"],
  ["code-backdooring", "T"],
  ["container-baseimage-backdooring", "T"],
  ["container-platform-escape", "E"],
  ["cross-site-request-forgery", "S"],
  ["cross-site-scripting", "T"],
  ["dos-risky-access-across-trust-boundary", "D"],
  ["incomplete-model", "I"],
  ["ldap-injection", "T"],
  ["missing-authentication", "E"],
  ["missing-authentication-second-factor", "E"],
  ["missing-build-infrastructure", "T"],
  ["missing-cloud-hardening", "T"],
  ["missing-file-validation", "S"],
  ["missing-hardening", "T"],
  ["missing-identity-propagation", "E"],
  ["missing-identity-provider-isolation", "E"],
  ["missing-identity-store", "S"],
  ["missing-network-segmentation", "E"],
  ["missing-vault", "I"],
  ["missing-vault-isolation", "E"],
  ["missing-waf", "T"],
  ["mixed-targets-on-shared-runtime", "E"],
  ["path-traversal", "I"],
  ["push-instead-of-pull-deployment", "T"],
  ["search-query-injection", "T"],
  ["server-side-request-forgery", "I"],
  ["service-registry-poisoning", "S"],
  ["sql-nosql-injection", "T"],
  ["unchecked-deployment", "T"],
  ["unencrypted-asset", "I"],
  ["unencrypted-communication", "I"],
  ["unguarded-access-from-internet", "E"],
  ["unguarded-direct-datastore-access", "E"],
  ["unnecessary-communication-link", "E"],
  ["unnecessary-data-asset", "E"],
  ["unnecessary-data-transfer", "E"],
  ["unnecessary-technical-asset", "E"],
  ["untrusted-deserialization", "T"],
  ["wrong-communication-link-content", "I"],
  ["wrong-trust-boundary-content", "E"],
  ["xml-external-entity", "I"]
]);
var serverApps = ["server-app", "web-app", "api", "serverless-function", "container-workload", "batch-job"];
var clientApps = ["client-app", "single-page-app", "mobile-app"];
var processTypes = /* @__PURE__ */ new Set([
  "process",
  ...serverApps,
  ...clientApps,
  "network-edge",
  "api-gateway",
  "cdn-waf",
  "load-balancer",
  "identity-provider",
  "llm-service",
  "ci-cd-pipeline"
]);
var generatedThreatMap = /* @__PURE__ */ new Map([
  ["cross-site-scripting", [{ threatType: "XSS", types: ["web-app", "single-page-app"] }]],
  ["container-platform-escape", [{ threatType: "CONTAINER-ESCAPE", types: ["container-workload"] }]],
  ["code-backdooring", [{ threatType: "PIPELINE-POISONING", types: ["ci-cd-pipeline"] }]],
  [
    "container-baseimage-backdooring",
    [{ threatType: "SUPPLY-CHAIN", types: [...serverApps, ...clientApps, "ci-cd-pipeline"] }]
  ],
  [
    "sql-nosql-injection",
    [
      { threatType: "SQLI", types: ["sql-database"], incomingFromProcess: true },
      { threatType: "NOSQLI", types: ["nosql-database", "search-index"], incomingFromProcess: true }
    ]
  ],
  ["search-query-injection", [{ threatType: "NOSQLI", types: ["search-index"], incomingFromProcess: true }]]
]);

// src/core/import/threagile/threagile-assets.ts
var mappingDoc3 = "docs/import-mappings/threagile.md";
function fieldPointer(entry2, ...keys) {
  if (entry2.file !== void 0) return entry2.from;
  return keys.reduce((pointer, key) => childPointer(pointer, key), entry2.from);
}
function readDataAssets(builder, parts, entries) {
  const data = parts.data;
  const ids2 = /* @__PURE__ */ new Map();
  for (const entry2 of entries) {
    const raw = textOf(field(entry2.value, "id"));
    const id2 = builder.ids.claim(sanitizeId(raw ?? ""), kebabCase(entry2.title) || "data");
    if (raw !== void 0 && !ids2.has(raw)) ids2.set(raw, id2);
    const confidentiality = textOf(field(entry2.value, "confidentiality"));
    const classification = confidentiality === void 0 ? void 0 : classificationMap.get(confidentiality);
    if (classification === void 0) {
      builder.unmapped(
        fieldPointer(entry2, "confidentiality"),
        `threagile-confidentiality:${entry2.title}`,
        `data asset "${entry2.title}" has the confidentiality "${confidentiality ?? "(none)"}", which Threagile does not define: it is imported as internal`,
        "Write one of public, internal, restricted, confidential or strictly-confidential."
      );
    }
    const asset = {
      id: id2,
      name: clipText(entry2.title) ?? id2,
      classification: classification ?? "internal"
    };
    const description = clipText(textOf(field(entry2.value, "description")));
    if (description !== void 0) asset.description = description;
    builder.traceEntry(`/data/${data.length}`, entry2.from);
    builder.trace(`/data/${data.length}/classification`, fieldPointer(entry2, "confidentiality"));
    data.push(asset);
  }
  return ids2;
}
function readTechnicalAssets(builder, parts, entries, dataIds) {
  const ids2 = /* @__PURE__ */ new Map();
  for (const entry2 of entries) {
    const at = parts.components.length;
    const pointer = `/components/${at}`;
    const raw = textOf(field(entry2.value, "id"));
    const id2 = builder.ids.claim(sanitizeId(raw ?? ""), kebabCase(entry2.title) || "component");
    if (raw !== void 0 && ids2.has(raw)) {
      builder.unmapped(
        fieldPointer(entry2, "id"),
        `threagile-duplicate-id:${raw}`,
        `technical asset "${entry2.title}" repeats the id "${raw}": it is imported as "${id2}", and references to "${raw}" go to the first asset`,
        "Give every technical asset its own id."
      );
    } else if (raw !== void 0) ids2.set(raw, id2);
    const component = {
      id: id2,
      name: clipText(entry2.title) ?? id2,
      type: componentType(builder, entry2)
    };
    const description = clipText(textOf(field(entry2.value, "description")));
    if (description !== void 0) component.description = description;
    const data = assetData(builder, entry2, dataIds);
    if (data.length > 0) component.data = data;
    const properties2 = assetProperties(entry2);
    if (Object.keys(properties2).length > 0) component.properties = properties2;
    builder.traceEntry(pointer, entry2.from);
    builder.trace(`${pointer}/type`, fieldPointer(entry2, "technology"));
    builder.trace(`${pointer}/data`, fieldPointer(entry2, "data_assets_processed"));
    builder.trace(`${pointer}/description`, fieldPointer(entry2, "description"));
    builder.trace(`${pointer}/properties/internetFacing`, fieldPointer(entry2, "internet"));
    builder.trace(`${pointer}/properties/encryptedAtRest`, fieldPointer(entry2, "encryption"));
    builder.trace(`${pointer}/properties/multiTenant`, fieldPointer(entry2, "multi_tenant"));
    parts.components.push(component);
    if (field(entry2.value, "out_of_scope") === true) {
      const why = textOf(field(entry2.value, "justification_out_of_scope"));
      builder.unmapped(
        fieldPointer(entry2, "out_of_scope"),
        `threagile-out-of-scope:${entry2.title}`,
        `technical asset "${entry2.title}" is out of scope${why === void 0 ? "" : ` (${why})`}, which the native model cannot say: its threats are generated like any other's`,
        "Remove the asset if it is not part of the system, or convert the model and record decisions on its threats."
      );
    }
  }
  return ids2;
}
function componentType(builder, entry2) {
  const listed = listOf(field(entry2.value, "technologies")).map(textOf);
  const technology = (textOf(field(entry2.value, "technology")) ?? listed.find((t) => t !== void 0))?.toLowerCase();
  const canonical = technology === void 0 ? void 0 : technologyAliases.get(technology) ?? technology;
  const assetType = textOf(field(entry2.value, "type"));
  const base = assetType === void 0 ? "process" : assetBaseTypes.get(assetType) ?? "process";
  const mapped = canonical === void 0 ? void 0 : mapTechnology(canonical, entry2);
  if (mapped !== void 0) {
    const machine = textOf(field(entry2.value, "machine"));
    const concrete = mapped === "server-app" || mapped === "process" ? machineTypes.get(machine ?? "") : void 0;
    return concrete ?? mapped;
  }
  builder.unmapped(
    fieldPointer(entry2, "technology"),
    `threagile-technology:${entry2.title}`,
    `technical asset "${entry2.title}" has the technology "${technology ?? "(none)"}", which has no knowledge-base counterpart: it is imported as the generic ${base}`,
    `Use a technology of the mapping table (${mappingDoc3}), or convert the model and set a component type.`
  );
  return base;
}
function mapTechnology(technology, entry2) {
  const client = clientTechnologies.get(technology);
  if (client) return field(entry2.value, "used_as_client_by_human") === true ? client.human : client.otherwise;
  const mapped = technologyMap.get(technology);
  if (mapped !== "sql-database" || technology !== "database") return mapped;
  const tags = listOf(field(entry2.value, "tags")).map(textOf).join(" ");
  const words = [
    entry2.title,
    textOf(field(entry2.value, "id")),
    textOf(field(entry2.value, "description")),
    tags
  ];
  return nosqlHint.test(words.join(" ")) ? "nosql-database" : mapped;
}
function assetData(builder, entry2, dataIds) {
  const data = [];
  for (const key of ["data_assets_processed", "data_assets_stored"]) {
    listOf(field(entry2.value, key)).forEach((raw, i) => {
      const ref = textOf(raw);
      if (ref === void 0) return;
      const id2 = dataIds.get(ref);
      if (id2 === void 0) {
        builder.unmapped(
          fieldPointer(entry2, key, i),
          `threagile-data:${entry2.title}/${ref}`,
          `technical asset "${entry2.title}" names the data asset "${ref}", which the model does not define: it is left out`,
          "Define the data asset under data_assets, or correct its id."
        );
      } else if (!data.includes(id2)) data.push(id2);
    });
  }
  return data;
}
function assetProperties(entry2) {
  const properties2 = {};
  if (field(entry2.value, "internet") === true) properties2.internetFacing = true;
  const encryption = textOf(field(entry2.value, "encryption"));
  if (encryption !== void 0 && encryption !== "none") properties2.encryptedAtRest = true;
  if (field(entry2.value, "multi_tenant") === true) properties2.multiTenant = true;
  return properties2;
}

// src/core/import/threagile/threagile-links.ts
function readTrustBoundaries(builder, parts, entries, ids2) {
  const owners = /* @__PURE__ */ new Map();
  for (const entry2 of entries) {
    const raw = textOf(field(entry2.value, "id"));
    const id2 = builder.ids.claim(sanitizeId(raw ?? ""), kebabCase(entry2.title) || "boundary");
    if (raw !== void 0 && !ids2.boundaries.has(raw)) ids2.boundaries.set(raw, id2);
    const boundary = { id: id2, name: clipText(entry2.title) ?? id2 };
    const type = textOf(field(entry2.value, "type"));
    const kind = type === void 0 ? void 0 : boundaryKindMap2.get(type);
    if (kind !== void 0) boundary.kind = kind;
    const description = clipText(textOf(field(entry2.value, "description")));
    if (description !== void 0) boundary.description = description;
    builder.traceEntry(`/boundaries/${parts.boundaries.length}`, entry2.from);
    builder.trace(`/boundaries/${parts.boundaries.length}/kind`, fieldPointer(entry2, "type"));
    parts.boundaries.push(boundary);
  }
  entries.forEach((entry2, i) => {
    const boundary = parts.boundaries[i];
    if (!boundary) return;
    listOf(field(entry2.value, "technical_assets_inside")).forEach((raw, j) => {
      placeAsset(builder, parts, {
        entry: entry2,
        boundary,
        ref: textOf(raw),
        pointer: fieldPointer(entry2, "technical_assets_inside", j),
        ids: ids2,
        owners
      });
    });
  });
  entries.forEach((entry2, i) => {
    const boundary = parts.boundaries[i];
    if (!boundary) return;
    listOf(field(entry2.value, "trust_boundaries_nested")).forEach((raw, j) => {
      nestBoundary(builder, parts, {
        entry: entry2,
        boundary,
        ref: textOf(raw),
        pointer: fieldPointer(entry2, "trust_boundaries_nested", j),
        ids: ids2
      });
    });
  });
}
function placeAsset(builder, parts, placement) {
  const { entry: entry2, boundary, ref, pointer, ids: ids2, owners } = placement;
  if (ref === void 0) return;
  const id2 = ids2.assets.get(ref);
  const at = parts.components.findIndex((c) => c.id === id2);
  const component = parts.components[at];
  if (id2 === void 0 || !component) {
    builder.unmapped(
      pointer,
      `threagile-boundary-asset:${entry2.title}/${ref}`,
      `trust boundary "${entry2.title}" holds "${ref}", which is no technical asset of the model: it is left out`,
      "Write the id of a technical asset, or define the asset."
    );
    return;
  }
  const owner = owners.get(id2);
  if (owner !== void 0) {
    builder.unmapped(
      pointer,
      `threagile-boundary-twice:${ref}`,
      `technical asset "${ref}" is inside both "${owner}" and "${entry2.title}": a component sits in one boundary, so it stays in "${owner}"`,
      "List the asset in one trust boundary only (nest the boundaries instead)."
    );
    return;
  }
  owners.set(id2, entry2.title);
  component.boundary = boundary.id;
  builder.trace(`/components/${at}/boundary`, pointer);
}
function nestBoundary(builder, parts, placement) {
  const { entry: entry2, boundary, ref, pointer, ids: ids2 } = placement;
  if (ref === void 0) return;
  const id2 = ids2.boundaries.get(ref);
  const at = parts.boundaries.findIndex((b) => b.id === id2);
  const nested = parts.boundaries[at];
  if (!nested) {
    builder.unmapped(
      pointer,
      `threagile-nested:${entry2.title}/${ref}`,
      `trust boundary "${entry2.title}" nests "${ref}", which is no trust boundary of the model: it is left out`,
      "Write the id of a trust boundary, or define it."
    );
    return;
  }
  if (nested.parent !== void 0 || encloses(parts.boundaries, nested.id, boundary.id)) {
    const why = nested.parent !== void 0 ? `already sits in "${nested.parent}"` : `would then sit inside itself`;
    builder.unmapped(
      pointer,
      `threagile-nested-cycle:${entry2.title}/${ref}`,
      `trust boundary "${ref}" ${why}: it is not nested in "${entry2.title}"`,
      "Nest each trust boundary in one other boundary, without loops."
    );
    return;
  }
  nested.parent = boundary.id;
  builder.trace(`/boundaries/${at}/parent`, pointer);
}
function encloses(boundaries, outer, inner) {
  let current = inner;
  for (let steps3 = 0; current !== void 0 && steps3 <= boundaries.length; steps3 += 1) {
    if (current === outer) return true;
    current = boundaries.find((b) => b.id === current)?.parent;
  }
  return false;
}
function readCommunicationLinks(builder, parts, assets, ids2) {
  for (const asset of assets) {
    const links = field(asset.value, "communication_links");
    const sourceRaw = textOf(field(asset.value, "id"));
    const from = sourceRaw === void 0 ? void 0 : ids2.assets.get(sourceRaw);
    if (!isJsonObject(links) || from === void 0 || sourceRaw === void 0) continue;
    for (const [title3, link] of Object.entries(links)) {
      const pointer = fieldPointer(asset, "communication_links", title3);
      const targetRaw = textOf(field(link, "target"));
      const to = targetRaw === void 0 ? void 0 : ids2.assets.get(targetRaw);
      if (to === void 0) {
        builder.unmapped(
          asset.file === void 0 ? `${pointer}/target` : pointer,
          `threagile-link-target:${sourceRaw}/${title3}`,
          `communication link "${title3}" of "${asset.title}" goes to "${targetRaw ?? "(no target)"}", which is no technical asset of the model: the flow is left out`,
          "Write the id of a technical asset as the link's target."
        );
        continue;
      }
      const linkId = `${sourceRaw}>${threagileLinkSlug(title3)}`;
      const id2 = builder.ids.claim(`${from}.${kebabCase(title3) || "link"}`, `${from}.link`);
      ids2.links.set(linkId, id2);
      parts.flows.push(
        readFlow(builder, {
          id: id2,
          from,
          to,
          title: title3,
          link,
          asset,
          pointer,
          dataIds: ids2.data,
          at: parts.flows.length
        })
      );
    }
  }
}
function threagileLinkSlug(title3) {
  return title3.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^[- ]+|[- ]+$/g, "");
}
function readFlow(builder, link) {
  const { id: id2, from, to, title: title3, asset, pointer, at } = link;
  const flow = { id: id2, name: clipText(title3) ?? id2, from, to };
  const description = clipText(textOf(field(link.link, "description")));
  if (description !== void 0) flow.description = description;
  const protocol = textOf(field(link.link, "protocol"))?.toLowerCase();
  if (protocol !== void 0 && protocol !== "unknown-protocol")
    flow.protocol = protocolMap.get(protocol) ?? protocol;
  const properties2 = {};
  const authentication = textOf(field(link.link, "authentication"));
  const mapped = authentication === void 0 ? void 0 : authenticationMap.get(authentication);
  if (mapped !== void 0) properties2.authentication = mapped;
  else if (authentication !== void 0)
    builder.note(`/flows/${at}`, `authentication "${authentication}" has no counterpart and is left out`);
  if (protocol !== void 0 && encryptedProtocols.has(protocol) || field(link.link, "vpn") === true)
    properties2.encrypted = true;
  if (Object.keys(properties2).length > 0) flow.properties = properties2;
  const data = [];
  for (const key of ["data_assets_sent", "data_assets_received"]) {
    listOf(field(link.link, key)).forEach((raw, i) => {
      const ref = textOf(raw);
      const dataId = ref === void 0 ? void 0 : link.dataIds.get(ref);
      if (dataId !== void 0 && !data.includes(dataId)) data.push(dataId);
      else if (ref !== void 0 && dataId === void 0) {
        const where2 = asset.file === void 0 ? `${pointer}/${key}/${i}` : pointer;
        builder.unmapped(
          where2,
          `threagile-link-data:${from}/${title3}/${ref}`,
          `communication link "${title3}" of "${asset.title}" carries "${ref}", which is no data asset of the model: it is left out`,
          "Define the data asset under data_assets, or correct its id."
        );
      }
    });
  }
  if (data.length > 0) flow.data = data;
  builder.traceEntry(`/flows/${at}`, pointer);
  builder.traceEntry(`/flows/${at}/from`, pointer);
  const inMain = asset.file === void 0;
  builder.trace(`/flows/${at}/to`, inMain ? `${pointer}/target` : pointer);
  builder.trace(`/flows/${at}/data`, inMain ? `${pointer}/data_assets_sent` : pointer);
  builder.trace(`/flows/${at}/properties/authentication`, inMain ? `${pointer}/authentication` : pointer);
  if (flow.protocol !== void 0)
    builder.trace(`/flows/${at}/protocol`, asset.file === void 0 ? `${pointer}/protocol` : pointer);
  return flow;
}

// src/core/import/threagile/threagile-risks.ts
var mappingDoc4 = "docs/import-mappings/threagile.md";
var backlogReference = /^(#[0-9]+|[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+#[0-9]+|AB#[0-9]+|https?:\/\/[^\s]+)$/;
function readRisks(builder, parts, sections, ids2) {
  const tracking = sections.tracking.map((entry2) => readTracking(builder, entry2));
  const customCategories = /* @__PURE__ */ new Set();
  for (const category of sections.categories) {
    customCategories.add(textOf(field(category.value, "id")) ?? category.title);
    readIndividualRisks(builder, parts, category, { tracking, ids: ids2 });
  }
  const decided = /* @__PURE__ */ new Set();
  for (const item of [...tracking.filter((t) => !t.wildcard), ...tracking.filter((t) => t.wildcard)]) {
    if (item.used) continue;
    if (decideGenerated(builder, parts, item, { ids: ids2, decided })) continue;
    if (!item.wildcard && writeTrackedThreat(builder, parts, item, ids2)) continue;
    const category = item.parts[0] ?? "";
    const why = customCategories.has(category) ? `it matches none of the risks identified in the model` : item.wildcard ? `its wildcard stands for risks that only Threagile's rules compute, and threat-align cannot tell which elements they are` : builtInCategories.has(category) ? `it names no technical asset or communication link of the model` : `"${category}" is neither a built-in Threagile risk category nor one defined in the model`;
    builder.unmappedEntry(
      item.entry.from,
      `threagile-risk:${item.riskId}`,
      `risk tracking "${item.riskId}" is not imported: ${why}`,
      `Write the decision in a native model on the threat it concerns, or track the risk by its exact id (${mappingDoc4}).`
    );
  }
}
function readTracking(builder, entry2) {
  const riskId = entry2.title.trim();
  const statusText = textOf(field(entry2.value, "status")) ?? "unchecked";
  let status = trackingStatusMap.get(statusText);
  if (status === void 0) {
    builder.unmapped(
      fieldPointer(entry2, "status"),
      `threagile-status:${riskId}`,
      `risk tracking "${riskId}" has the status "${statusText}", which Threagile does not define: it is imported as open`,
      "Write one of unchecked, in-discussion, accepted, in-progress, mitigated or false-positive."
    );
    status = "open";
  }
  const justification = textOf(field(entry2.value, "justification"));
  const checkedBy = textOf(field(entry2.value, "checked_by"));
  const date = textOf(field(entry2.value, "date"));
  const by = [
    checkedBy === void 0 ? "" : ` by ${checkedBy}`,
    date === void 0 ? "" : ` on ${date}`
  ].join("");
  const defaultReason = status === "accepted-risk" ? `Accepted in Threagile's risk tracking${by}, with no justification.` : status === "not-applicable" ? `Marked false-positive in Threagile's risk tracking${by}, with no justification.` : void 0;
  const reason2 = clipText(
    justification === void 0 ? defaultReason : `${justification}${by === "" ? "" : ` (checked${by})`}`
  );
  const ticket = textOf(field(entry2.value, "ticket"));
  const parts = riskId.split("@");
  return {
    riskId,
    parts,
    wildcard: parts.includes("*"),
    status,
    reason: reason2,
    backlog: ticket !== void 0 && backlogReference.test(ticket) ? [ticket] : [],
    entry: entry2,
    used: false
  };
}
function matches2(pattern, riskId) {
  const parts = riskId.split("@");
  return parts.length === pattern.length && pattern.every((p, i) => p === "*" || p === parts[i]);
}
function readIndividualRisks(builder, parts, category, context) {
  const categoryId = textOf(field(category.value, "id")) ?? category.title;
  const risks = field(category.value, "risks_identified");
  if (!isJsonObject(risks)) return;
  const strideText = textOf(field(category.value, "stride"));
  const stride2 = strideText === void 0 ? void 0 : strideMap.get(strideText);
  for (const [title3, risk] of Object.entries(risks)) {
    const from = fieldPointer(category, "risks_identified", title3);
    const asset = textOf(field(risk, "most_relevant_technical_asset"));
    const link = textOf(field(risk, "most_relevant_communication_link"));
    const relevant = [
      "technical_asset",
      "communication_link",
      "trust_boundary",
      "shared_runtime",
      "data_asset"
    ].map((kind) => textOf(field(risk, `most_relevant_${kind}`))).filter((part) => part !== void 0);
    const riskId = [categoryId, ...relevant].join("@");
    const breach = listOf(field(risk, "data_breach_technical_assets")).map(textOf).find((a) => a !== void 0);
    const target = (asset === void 0 ? void 0 : context.ids.assets.get(asset)) ?? (link === void 0 ? void 0 : context.ids.links.get(link)) ?? (breach === void 0 ? void 0 : context.ids.assets.get(breach));
    if (target === void 0) {
      builder.unmappedEntry(
        from,
        `threagile-risk:${riskId}`,
        `the identified risk "${plainText(title3)}" names no technical asset or communication link of the model: it is not imported`,
        "Set most_relevant_technical_asset (or most_relevant_communication_link) to an element of the model."
      );
      continue;
    }
    const tracked = context.tracking.find((t) => !t.wildcard && t.riskId === riskId) ?? context.tracking.find((t) => t.wildcard && matches2(t.parts, riskId));
    const threat = {
      id: builder.ids.claim(sanitizeId(riskId.replace(/@/g, ".")), "threagile-risk"),
      title: clipText(plainText(title3)) ?? riskId,
      stride: stride2 ? [stride2] : allStride,
      target
    };
    const description = describeCategory(category);
    if (description !== void 0) threat.description = description;
    const severity = severityMap.get(textOf(field(risk, "severity")) ?? "");
    if (severity !== void 0) threat.severity = severity;
    const at = parts.threats.length;
    builder.traceEntry(`/threats/${at}`, from);
    if (tracked) {
      tracked.used = true;
      applyTracking(threat, tracked);
      builder.trace(`/threats/${at}/status`, fieldPointer(tracked.entry, "status"));
    }
    if (!stride2) {
      builder.unmapped(
        fieldPointer(category, "stride"),
        `threagile-stride:${categoryId}`,
        `risk category "${category.title}" has the STRIDE value "${strideText ?? "(none)"}", which Threagile does not define: its risks are imported with all six categories`,
        "Write one of spoofing, tampering, repudiation, information-disclosure, denial-of-service or elevation-of-privilege."
      );
    }
    parts.threats.push(threat);
  }
}
var allStride = ["S", "T", "R", "I", "D", "E"];
function decideGenerated(builder, parts, item, context) {
  const candidates2 = generatedThreatMap.get(item.parts[0] ?? "");
  const assetPart = item.parts[1];
  if (!candidates2 || assetPart === void 0) return false;
  const components = assetPart === "*" ? parts.components : parts.components.filter((c) => c.id === context.ids.assets.get(assetPart));
  let placed = false;
  for (const component of components) {
    const generated = candidates2.find(
      (c) => c.types.includes(component.type) && (!c.incomingFromProcess || hasIncomingFromProcess(parts, component.id))
    );
    if (!generated) continue;
    const id2 = `${generated.threatType}@${component.id}`;
    placed = true;
    if (context.decided.has(id2)) continue;
    context.decided.add(id2);
    const decision = { id: id2, status: item.status };
    if (item.reason !== void 0) decision.reason = item.reason;
    if (item.backlog.length > 0) decision.backlog = item.backlog;
    builder.traceEntry(`/threats/${parts.threats.length}`, item.entry.from);
    builder.note(
      `/threats/${parts.threats.length}`,
      `Threagile risk "${item.riskId}" read as the generated threat ${id2}`
    );
    parts.threats.push(decision);
  }
  if (placed) item.used = true;
  return placed;
}
function hasIncomingFromProcess(parts, componentId) {
  const types = new Map(parts.components.map((c) => [c.id, c.type]));
  return parts.flows.some((f) => f.to === componentId && processTypes.has(types.get(f.from) ?? ""));
}
function writeTrackedThreat(builder, parts, item, ids2) {
  const category = item.parts[0] ?? "";
  const stride2 = builtInCategories.get(category);
  const target = item.parts.slice(1).map((part) => ids2.assets.get(part) ?? ids2.links.get(part)).find((id2) => id2 !== void 0);
  if (stride2 === void 0 || target === void 0) return false;
  const targetName = parts.components.find((c) => c.id === target)?.name ?? parts.flows.find((f) => f.id === target)?.name ?? target;
  const threat = {
    id: builder.ids.claim(sanitizeId(item.riskId.replace(/@/g, ".")), "threagile-risk"),
    title: `${humanize(category)} at ${targetName}`,
    description: `Threagile risk ${item.riskId}, tracked in the Threagile model.`,
    stride: [stride2],
    target
  };
  applyTracking(threat, item);
  builder.traceEntry(`/threats/${parts.threats.length}`, item.entry.from);
  builder.trace(`/threats/${parts.threats.length}/status`, fieldPointer(item.entry, "status"));
  parts.threats.push(threat);
  item.used = true;
  return true;
}
function applyTracking(threat, item) {
  threat.status = item.status;
  if (item.reason !== void 0) threat.reason = item.reason;
  if (item.backlog.length > 0) threat.backlog = item.backlog;
}
function describeCategory(category) {
  const description = textOf(field(category.value, "description"));
  const mitigation = textOf(field(category.value, "mitigation"));
  const parts = [description, mitigation === void 0 ? void 0 : `Mitigation: ${mitigation}`];
  return clipText(parts.filter((p) => p !== void 0).join("\n\n"));
}
function plainText(text5) {
  return text5.replace(/<[^<>]{0,100}>/g, "").replace(/\s+/g, " ").trim();
}
function humanize(category) {
  const words = category.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// src/core/import/threagile/threagile-sections.ts
var mergedSections = [
  "data_assets",
  "technical_assets",
  "trust_boundaries",
  "shared_runtimes",
  "individual_risk_categories",
  "risk_tracking",
  "security_requirements",
  "abuse_cases",
  "questions"
];
var maxIncludeDepth = 16;
var mappingDoc5 = "docs/import-mappings/threagile.md";
function collectSections(builder, root, includes) {
  const sections = new Map(mergedSections.map((name) => [name, []]));
  addSections(builder, sections, root, (title3, section) => childPointer(childPointer("", section), title3));
  const visited = /* @__PURE__ */ new Set([normalizePath(builder.source.file.split(/[\\/]/).pop() ?? "")]);
  listOf(field(root, "includes")).forEach((raw, i) => {
    const from = `/includes/${i}`;
    const path = textOf(raw);
    if (path === void 0) return;
    includeFile(builder, sections, { path: normalizePath(path), from, includes, visited, depth: 1 });
  });
  return sections;
}
function addSections(builder, sections, document, pointerOf, file) {
  for (const name of mergedSections) {
    const section = field(document, name);
    if (!isJsonObject(section)) continue;
    const entries = sections.get(name) ?? [];
    for (const [title3, value] of Object.entries(section)) {
      const from = pointerOf(title3, name);
      if (entries.some((e) => e.title === title3)) {
        builder.unmappedEntry(
          from,
          `threagile-duplicate:${name}/${title3}`,
          `${name} "${title3}"${file === void 0 ? "" : ` (in ${file})`} is defined twice: the first definition is imported`,
          "Give each entry its own title, or remove the repeated one."
        );
        continue;
      }
      entries.push(file === void 0 ? { title: title3, value, from } : { title: title3, value, from, file });
    }
  }
}
function includeFile(builder, sections, context) {
  const { path, from, includes, visited, depth } = context;
  if (visited.has(path) || depth > maxIncludeDepth) {
    builder.unmapped(
      from,
      `threagile-include-cycle:${path}`,
      `the included file ${path} is included again (a cycle or nesting deeper than ${maxIncludeDepth}): it is read once`,
      "Include each file once."
    );
    return;
  }
  visited.add(path);
  const text5 = includes !== void 0 && Object.hasOwn(includes, path) ? includes[path] : void 0;
  if (text5 === void 0) {
    builder.unmapped(
      from,
      `threagile-include:${path}`,
      `the included file ${path} was not read: the assets, boundaries and risk tracking it holds are missing from the imported model`,
      `Import the model together with ${path} (its path is relative to the model's folder), or copy its content into the model (${mappingDoc5}).`
    );
    return;
  }
  const parsed = parseSourceDocument(path, text5);
  const first = parsed.findings[0];
  if (first || !isJsonObject(parsed.value)) {
    const where2 = first && "line" in first.location ? ` at line ${first.location.line}` : "";
    builder.findings.push({
      check: "TA101",
      severity: "error",
      message: `the included file ${path} cannot be read${where2}: ${first?.message ?? "it is not a mapping of keys and values"}`,
      location: builder.source.index.locate(from),
      hint: first?.hint ?? "Write the included file as a Threagile model: a mapping of sections.",
      subject: `threagile-include:${path}`
    });
    return;
  }
  addSections(builder, sections, parsed.value, () => from, path);
  for (const raw of listOf(field(parsed.value, "includes"))) {
    const nested = textOf(raw);
    if (nested === void 0) continue;
    const nestedPath = normalizePath(`${folderOf(path)}${nested}`);
    includeFile(builder, sections, { path: nestedPath, from, includes, visited, depth: depth + 1 });
  }
}
function folderOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash + 1);
}
function normalizePath(path) {
  const parts = [];
  for (const part of path.replace(/\\/g, "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

// src/core/import/threagile.ts
var title2 = "Threagile";
var mappingDoc6 = "docs/import-mappings/threagile.md";
var threagileReader = {
  format: "threagile",
  title: title2,
  detect: (text5) => topLevelKey(text5, "threagile_version") && topLevelKey(text5, "technical_assets"),
  read: readThreagile
};
function topLevelKey(text5, key) {
  return new RegExp(`^["']?${key}["']?[ \\t]*:|"${key}"\\s*:`, "m").test(text5);
}
function readThreagile(file, text5, options) {
  const read = readJsonImportSource(file, text5);
  if (!read.source) {
    return { format: "threagile", index: new SourceIndex(file, text5), findings: read.findings, notes: [] };
  }
  const builder = new ThreagileBuilder(read.source);
  const root = read.source.root;
  if (!isJsonObject(root)) {
    return builder.unreadable(
      "",
      "threagile-root",
      `the ${title2} file is not a mapping of sections`,
      `Write the model as a ${title2} YAML file: threagile_version, title, technical_assets\u2026`
    );
  }
  const sections = collectSections(builder, root, options?.includes);
  const section = (name) => sections.get(name) ?? [];
  const parts = emptyParts();
  const ids2 = {
    data: readDataAssets(builder, parts, section("data_assets")),
    assets: /* @__PURE__ */ new Map(),
    links: /* @__PURE__ */ new Map(),
    boundaries: /* @__PURE__ */ new Map()
  };
  ids2.assets = readTechnicalAssets(builder, parts, section("technical_assets"), ids2.data);
  if (parts.components.length === 0) {
    return builder.unreadable(
      isJsonObject(field(root, "technical_assets")) ? "/technical_assets" : "",
      "no-components",
      `the ${title2} file has no technical asset, and a model needs at least one component`,
      `Describe the system's technical assets under technical_assets (${mappingDoc6}).`
    );
  }
  readTrustBoundaries(builder, parts, section("trust_boundaries"), ids2);
  readCommunicationLinks(builder, parts, section("technical_assets"), ids2);
  readRequirements(builder, parts, section("security_requirements"));
  readRisks(
    builder,
    parts,
    { categories: section("individual_risk_categories"), tracking: section("risk_tracking") },
    ids2
  );
  reportUnsupported(builder, sections);
  return builder.result(assemble(builder, root, parts, file));
}
function assemble(builder, root, parts, file) {
  const name = clipText(textOf(field(root, "title")));
  const model = {
    schema: "threat-align/v1",
    system: { name: name ?? `Imported from ${file.split(/[\\/]/).pop() ?? file}` },
    components: parts.components
  };
  if (name !== void 0) builder.trace("/system/name", "/title");
  const overview = textOf(dig(root, "application_description", "description")) ?? textOf(dig(root, "business_overview", "description"));
  const description = clipText(overview?.replace(/<[^<>]{0,100}>/g, ""));
  if (description !== void 0) model.system.description = description;
  const owner = clipText(textOf(dig(root, "author", "name")));
  if (owner !== void 0) model.system.owner = owner;
  if (parts.boundaries.length > 0) model.boundaries = parts.boundaries;
  if (parts.data.length > 0) model.data = parts.data;
  if (parts.flows.length > 0) model.flows = parts.flows;
  if (parts.requirements.length > 0) model.requirements = parts.requirements;
  if (parts.threats.length > 0) model.threats = parts.threats;
  return model;
}
function readRequirements(builder, parts, entries) {
  for (const entry2 of entries) {
    const text5 = clipText([entry2.title, textOf(entry2.value)].filter((t) => t !== void 0).join(": "));
    if (text5 === void 0) continue;
    builder.traceEntry(`/requirements/${parts.requirements.length}`, entry2.from);
    parts.requirements.push({ id: builder.ids.claim(`SR-${parts.requirements.length + 1}`, "SR"), text: text5 });
  }
}
function reportUnsupported(builder, sections) {
  const unsupported = [
    ["shared_runtimes", "shared runtimes"],
    ["abuse_cases", "abuse cases"],
    ["questions", "questions"]
  ];
  for (const [name, what] of unsupported) {
    const entries = sections.get(name) ?? [];
    const first = entries[0];
    if (!first) continue;
    const names = entries.slice(0, 5).map((e) => `"${e.title}"`);
    if (entries.length > 5) names.push("\u2026");
    const pointer = first.file === void 0 ? `/${name}` : first.from;
    builder.findings.push({
      check: "TA107",
      severity: "warning",
      message: `${entries.length} ${what} (${names.join(", ")}) cannot be expressed in the native model: not imported`,
      location: builder.source.index.locate(pointer, "key"),
      hint: `Keep them in the ${title2} model or in the team's documentation; the native model has no ${what} (${mappingDoc6}).`,
      subject: `threagile-section:${name}`
    });
  }
}

// src/core/import/threat-composer-links.ts
function readEntries(root, key, prefix) {
  return listOf(field(root, key)).flatMap((value, i) => {
    if (!isJsonObject(value)) return [];
    const id2 = textOf(field(value, "id")) ?? `${key}-${i + 1}`;
    const numeric = field(value, "numericId");
    const label2 = typeof numeric === "number" && Number.isInteger(numeric) && numeric >= 0 ? `${prefix}-${String(numeric).padStart(4, "0")}` : `${prefix}-${i + 1}`;
    return [{ id: id2, label: label2, value, pointer: `/${key}/${i}` }];
  });
}
function resolveLinks(builder, root) {
  const threats = readEntries(root, "threats", "T");
  const mitigations = byId(readEntries(root, "mitigations", "M"));
  const assumptions = byId(readEntries(root, "assumptions", "A"));
  const threatIds = new Set(threats.map((threat) => threat.id));
  const mitigationsOf = /* @__PURE__ */ new Map();
  const assumptionsOf = /* @__PURE__ */ new Map();
  const add = (map, key, entry2) => {
    const list = map.get(key) ?? [];
    if (!list.includes(entry2)) map.set(key, [...list, entry2]);
  };
  const danglingMitigationLinks = [];
  for (const [i, link] of listOf(field(root, "mitigationLinks")).entries()) {
    const mitigation = mitigations.get(textOf(field(link, "mitigationId")) ?? "");
    const threat = textOf(field(link, "linkedId")) ?? "";
    if (mitigation && threatIds.has(threat)) add(mitigationsOf, threat, mitigation);
    else danglingMitigationLinks.push(i);
  }
  const danglingAssumptionLinks = [];
  for (const [i, link] of listOf(field(root, "assumptionLinks")).entries()) {
    const assumption = assumptions.get(textOf(field(link, "assumptionId")) ?? "");
    const target = textOf(field(link, "linkedId")) ?? "";
    if (assumption && (threatIds.has(target) || mitigations.has(target)))
      add(assumptionsOf, target, assumption);
    else danglingAssumptionLinks.push(i);
  }
  reportDangling(builder, root, "mitigationLinks", danglingMitigationLinks, "a mitigation or a threat");
  reportDangling(
    builder,
    root,
    "assumptionLinks",
    danglingAssumptionLinks,
    "an assumption, a threat or a mitigation"
  );
  const reached = new Set([...mitigationsOf.values()].flat());
  reportUnlinked(
    builder,
    [...mitigations.values()].filter((m) => !reached.has(m)),
    "mitigation"
  );
  for (const threat of threatIds) for (const a of assumptionsOf.get(threat) ?? []) reached.add(a);
  for (const mitigation of [...mitigations.values()].filter((m) => reached.has(m))) {
    for (const a of assumptionsOf.get(mitigation.id) ?? []) reached.add(a);
  }
  reportUnlinked(
    builder,
    [...assumptions.values()].filter((a) => !reached.has(a)),
    "assumption"
  );
  return { threats, mitigationsOf, assumptionsOf };
}
function byId(entries) {
  return new Map(entries.map((entry2) => [entry2.id, entry2]));
}
function reportDangling(builder, root, list, indexes, what) {
  const first = indexes[0];
  if (first === void 0) return;
  const shown = indexes.length > 10 ? `${indexes.slice(0, 10).join(", ")}, \u2026` : indexes.join(", ");
  builder.unmapped(
    `/${list}/${first}`,
    `${list}#dangling`,
    `${indexes.length} of the ${listOf(field(root, list)).length} ${list} point to ${what} that the file does not have (at positions ${shown}): they are left out`,
    "Nothing else is lost: such links remain when a threat, mitigation or assumption is deleted. Remove them in Threat Composer to silence this."
  );
}
function reportUnlinked(builder, entries, kind) {
  for (const entry2 of entries) {
    const content = textOf(field(entry2.value, "content")) ?? "";
    const shown = content.length > 80 ? `${content.slice(0, 79)}\u2026` : content;
    builder.unmapped(
      entry2.pointer,
      entry2.id,
      `${kind} ${entry2.label} "${shown}" is linked to no threat: the native format keeps a free-text ${kind} only in the description of the threats it concerns, so it is not imported`,
      `Link it to the threats it concerns in Threat Composer, or write it into the converted model by hand (${importDocs}).`
    );
  }
}

// src/core/import/stride-and-severity.ts
var allStride2 = ["S", "T", "R", "I", "D", "E"];
function severityOf(written) {
  const squeezed = (written ?? "").toLowerCase().replace(/[^a-z]/g, "");
  return squeezed === "critical" || squeezed === "high" || squeezed === "medium" || squeezed === "low" ? squeezed : void 0;
}

// src/core/import/threat-composer-threats.ts
var maxText = 1e5;
var strideOfGoal = /* @__PURE__ */ new Map([
  ["confidentiality", "I"],
  ["integrity", "T"],
  ["availability", "D"]
]);
var mitigationStatusLabels = /* @__PURE__ */ new Map([
  ["mitigationIdentified", "identified"],
  ["mitigationInProgress", "in progress"],
  ["mitigationResolved", "resolved"],
  ["mitigationResolvedWillNotAction", "will not be done"]
]);
function metadata(entry2, key) {
  const items = listOf(field(entry2.value, "metadata"));
  const index = items.findIndex((item) => field(item, "key") === key);
  return index === -1 ? void 0 : { value: field(items[index], "value"), pointer: `${entry2.pointer}/metadata/${index}/value` };
}
function readComposerThreat(builder, links, entry2, index, target) {
  const pointer = `/threats/${index}`;
  const statement = textOf(field(entry2.value, "statement")) ?? composeStatement(entry2);
  const title3 = titleOf(entry2, statement);
  const id2 = builder.ids.claim(entry2.label, `T-${index + 1}`);
  const threat = { id: id2, title: title3, stride: readStride(builder, entry2, pointer, title3), target };
  builder.trace(pointer, entry2.pointer);
  builder.trace(
    `${pointer}/id`,
    Object.hasOwn(entry2.value, "numericId") ? `${entry2.pointer}/numericId` : entry2.pointer
  );
  builder.trace(
    `${pointer}/title`,
    Object.hasOwn(entry2.value, "statement") ? `${entry2.pointer}/statement` : entry2.pointer
  );
  if (id2 !== entry2.label) builder.note(`${pointer}/id`, `Threat Composer ${entry2.label}`);
  const priority = metadata(entry2, "Priority");
  const severity = severityOf(textOf(priority?.value));
  if (severity && priority) {
    threat.severity = severity;
    builder.trace(`${pointer}/severity`, priority.pointer);
  }
  const description = describe3(entry2, statement, links);
  if (description !== "") threat.description = clip(description, maxText);
  applyStatus(builder, threat, entry2, pointer, links);
  return threat;
}
function titleOf(entry2, statement) {
  const source = textOf(field(entry2.value, "threatSource"));
  const action = textOf(field(entry2.value, "threatAction"))?.replace(/^can\s+/i, "");
  if (source !== void 0 && action !== void 0) {
    const article2 = /^[aeiou]/i.test(source) ? "An" : "A";
    return clip(oneLine2(`${article2} ${source} can ${action}`), 120);
  }
  return statement === void 0 ? `Threat ${entry2.label}` : clip(oneLine2(statement), 120);
}
function composeStatement(entry2) {
  const part = (key) => textOf(field(entry2.value, key));
  const [source, prerequisites, action, impact] = [
    "threatSource",
    "prerequisites",
    "threatAction",
    "threatImpact"
  ].map(part);
  if (action === void 0) return void 0;
  const who = [source ?? "threat source", prerequisites].filter((p) => p !== void 0).join(" ");
  return `A ${who} can ${action}${impact === void 0 ? "" : `, which leads to ${impact}`}`;
}
function readStride(builder, entry2, pointer, title3) {
  const written = metadata(entry2, "STRIDE");
  const letters = listOf(written?.value).map((v) => textOf(v)?.toUpperCase() ?? "");
  const stride2 = allStride2.filter((c) => letters.includes(c));
  if (written && stride2.length > 0) {
    builder.trace(`${pointer}/stride`, written.pointer);
    return stride2;
  }
  const goals = listOf(field(entry2.value, "impactedGoal")).map(
    (g) => strideOfGoal.get(textOf(g)?.toLowerCase() ?? "")
  );
  const fromGoals = allStride2.filter((c) => goals.includes(c));
  if (fromGoals.length > 0) {
    builder.trace(`${pointer}/stride`, `${entry2.pointer}/impactedGoal`);
    builder.note(
      `${pointer}/stride`,
      "from the impacted goals (confidentiality \u2192 I, integrity \u2192 T, availability \u2192 D): the threat has no STRIDE metadata"
    );
    return fromGoals;
  }
  builder.note(
    `${pointer}/stride`,
    "the threat has no STRIDE metadata and no impacted goal: all six categories are listed; keep those that apply"
  );
  builder.unmapped(
    entry2.pointer,
    `${entry2.id}#stride`,
    `threat ${entry2.label} "${clip(title3, 80)}" has no STRIDE category; it is imported with all six`,
    `Tag the threat with STRIDE categories in Threat Composer, or keep only those that apply in the converted model (${importDocs}).`
  );
  return [...allStride2];
}
function describe3(entry2, statement, links) {
  const sections = statement === void 0 ? [] : [statement];
  const mitigations = links.mitigationsOf.get(entry2.id) ?? [];
  if (mitigations.length > 0) {
    const lines = mitigations.map((m) => {
      const status = mitigationStatusLabels.get(textOf(field(m.value, "status")) ?? "");
      const assumed = (links.assumptionsOf.get(m.id) ?? []).map((a) => a.label);
      const notes = [status, assumed.length > 0 ? `assumes ${assumed.join(", ")}` : void 0].filter(
        (n) => n !== void 0
      );
      return `- ${m.label} ${oneLine2(textOf(field(m.value, "content")) ?? "")}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}`;
    });
    sections.push(`Mitigations (from Threat Composer):
${lines.join("\n")}`);
  }
  const assumptions = links.assumptionsOf.get(entry2.id) ?? [];
  if (assumptions.length > 0) {
    const lines = assumptions.map((a) => `- ${a.label} ${oneLine2(textOf(field(a.value, "content")) ?? "")}`);
    sections.push(`Assumptions (from Threat Composer):
${lines.join("\n")}`);
  }
  const comments = textOf(metadata(entry2, "Comments")?.value);
  if (comments !== void 0) sections.push(`Comments: ${comments}`);
  const tags = listOf(field(entry2.value, "tags")).map((t) => textOf(t)).filter((t) => t !== void 0);
  if (tags.length > 0) sections.push(`Tags: ${tags.join(", ")}`);
  const assets = listOf(field(entry2.value, "impactedAssets")).map((t) => textOf(t)).filter((t) => t !== void 0);
  if (assets.length > 0) sections.push(`Impacted assets: ${assets.join(", ")}`);
  return sections.join("\n\n");
}
function applyStatus(builder, threat, entry2, pointer, links) {
  const status = textOf(field(entry2.value, "status"));
  if (status !== void 0) builder.trace(`${pointer}/status`, `${entry2.pointer}/status`);
  if (status === void 0 || status === "threatIdentified") threat.status = "open";
  else if (status === "threatResolved") threat.status = "mitigated";
  else if (status === "threatResolvedNotUseful") {
    threat.status = "not-applicable";
    const comments = textOf(metadata(entry2, "Comments")?.value);
    const assumed = (links.assumptionsOf.get(entry2.id) ?? []).map(
      (a) => `${a.label} ${oneLine2(textOf(field(a.value, "content")) ?? "")}`
    );
    const reason2 = comments ?? (assumed.length > 0 ? `assumes ${assumed.join("; ")}` : void 0);
    threat.reason = clip(reason2 ?? "resolved as not useful in Threat Composer", maxText);
    builder.note(
      `${pointer}/reason`,
      `Threat Composer: "not useful"${reason2 === void 0 ? ", with no comment" : ""}`
    );
  } else {
    threat.status = "open";
    builder.unmapped(
      `${entry2.pointer}/status`,
      `${entry2.id}#status`,
      `threat ${entry2.label} has the status "${clip(status, 60)}", which Threat Composer does not define; it is imported as open`,
      "Use threatIdentified, threatResolved or threatResolvedNotUseful in Threat Composer, or set the status in the converted model."
    );
  }
}

// src/core/import/threat-composer.ts
var lists = ["threats", "mitigations", "assumptions"];
function isThreatComposer(text5, file) {
  const claimed = /\.tc\.json$/i.test(file);
  const root = parseJsonForDetection(text5);
  if (root === void 0) return claimed;
  if (!isJsonObject(root)) return false;
  const hasLists = lists.some((key) => Array.isArray(field(root, key)));
  if (typeof field(root, "schema") === "number" && hasLists) return true;
  return claimed && (hasLists || isJsonObject(field(root, "applicationInfo")));
}
var threatComposerReader = {
  format: "threat-composer",
  title: "AWS Threat Composer",
  detect: isThreatComposer,
  read: readThreatComposer
};
function readThreatComposer(file, text5) {
  const read = readJsonImportSource(file, text5);
  if (!read.source)
    return { format: "threat-composer", index: read.index, findings: read.findings, notes: [] };
  const builder = new NativeModelBuilder("threat-composer", read.source);
  const root = read.source.root;
  if (!isJsonObject(root)) {
    return builder.unreadable(
      "",
      "root",
      "expected an AWS Threat Composer export: an object with threats, mitigations and assumptions",
      "Export the workspace from Threat Composer again (Export as JSON)."
    );
  }
  const schema = field(root, "schema");
  if (schema !== 1) {
    const written = schema === void 0 ? "is missing" : `${clip(JSON.stringify(schema), 40)} is not 1`;
    builder.note("", `the Threat Composer schema version ${written}: the file is read as schema 1`);
  }
  const component = applicationComponent(builder, root);
  const links = resolveLinks(builder, root);
  const threats = links.threats.map((entry2, i) => readComposerThreat(builder, links, entry2, i, component.id));
  const name = textOf(dig(root, "applicationInfo", "name"));
  const description = textOf(dig(root, "applicationInfo", "description"));
  const system = {
    name: name === void 0 ? "Threat Composer model" : clip(oneLine2(name), 200)
  };
  if (description !== void 0) system.description = clip(description, 1e5);
  builder.trace("/system", isJsonObject(field(root, "applicationInfo")) ? "/applicationInfo" : "");
  if (name !== void 0) builder.trace("/system/name", "/applicationInfo/name");
  builder.trace("/threats", Array.isArray(field(root, "threats")) ? "/threats" : "");
  return builder.result({
    schema: "threat-align/v1",
    system,
    components: [component],
    ...threats.length > 0 ? { threats } : {}
  });
}
function applicationComponent(builder, root) {
  const name = textOf(dig(root, "applicationInfo", "name"));
  const id2 = builder.ids.claim(kebabCase(name ?? ""), "application");
  const component = {
    id: id2,
    name: name === void 0 ? "Application" : clip(oneLine2(name), 200),
    type: "process"
  };
  const texts = [
    ["Architecture", textOf(dig(root, "architecture", "description"))],
    ["Data flow", textOf(dig(root, "dataflow", "description"))]
  ].filter((pair) => pair[1] !== void 0);
  if (texts.length > 0) {
    component.description = clip(
      texts.map(([title3, body]) => `${title3} (from Threat Composer):
${body}`).join("\n\n"),
      1e5
    );
  }
  const at = isJsonObject(field(root, "applicationInfo")) ? "/applicationInfo" : "";
  builder.trace("/components", at);
  builder.trace("/components/0", at);
  builder.trace("/components/0/id", name === void 0 ? at : "/applicationInfo/name");
  builder.trace("/components/0/name", name === void 0 ? at : "/applicationInfo/name");
  builder.note(
    "/components/0",
    "inferred: Threat Composer has no components, so this one stands for the whole application and every threat applies to it. Split it into the real components (and add flows) to get the knowledge base threats of each."
  );
  builder.note("/components/0/type", "process: the most general type, as nothing says more");
  const images = [
    ["architecture", "architecture"],
    ["dataflow", "data-flow"]
  ].flatMap(([key, shown]) => textOf(dig(root, key ?? "", "image")) === void 0 ? [] : [shown]);
  const pictured = images.length === 0 ? "" : `; the ${images.join(" and ")} diagram${images.length > 1 ? "s are images, which are" : " is an image, which is"} not read`;
  builder.unmapped(
    isJsonObject(field(root, "dataflow")) ? "/dataflow" : at,
    "components-and-flows",
    `AWS Threat Composer files have no components or flows: the model gets one component, ${id2}, for the whole application, and every threat applies to it${pictured}`,
    `Convert the file with threat-align import and replace ${id2} with the real components, their boundaries and flows (${importDocs}).`
  );
  return component;
}

// src/core/import/threat-dragon-cells.ts
var kinds = new Map(
  Object.entries({
    process: "process",
    tmprocess: "process",
    store: "store",
    tmstore: "store",
    actor: "actor",
    tmactor: "actor",
    flow: "flow",
    tmflow: "flow",
    edge: "flow",
    trustboundarybox: "boundary-box",
    tmboundarybox: "boundary-box",
    trustboundarycurve: "boundary-curve",
    // Threat Dragon 2.0 itself writes this misspelling (td.vue registers the shape under it).
    trustbroundarycurve: "boundary-curve",
    tmboundary: "boundary-curve",
    tdtextblock: "text",
    tmtext: "text"
  })
);
function readDiagrams(root) {
  const diagrams = dig(root, "detail", "diagrams");
  if (!Array.isArray(diagrams)) return void 0;
  return diagrams.map((diagram, index) => {
    const pointer = `/detail/diagrams/${index}`;
    const title3 = textOf(field(diagram, "title")) ?? `diagram ${index + 1}`;
    const v2Cells = field(diagram, "cells");
    const cellsPointer = Array.isArray(v2Cells) ? `${pointer}/cells` : `${pointer}/diagramJson/cells`;
    const cells = Array.isArray(v2Cells) ? v2Cells : listOf(dig(diagram, "diagramJson", "cells"));
    return {
      index,
      title: title3,
      pointer,
      cells: cells.flatMap(
        (cell, c) => isJsonObject(cell) ? [readCell(cell, `${cellsPointer}/${c}`, index, c)] : []
      )
    };
  });
}
function readCell(cell, pointer, diagram, position) {
  const data = field(cell, "data");
  const props = isJsonObject(data) ? data : cell;
  const propsPointer = isJsonObject(data) ? `${pointer}/data` : pointer;
  const id2 = textOf(field(cell, "id"));
  const shape = classify(cell, props, pointer, propsPointer);
  const name = readName(cell, props, pointer, propsPointer);
  const description = textOf(field(props, "description"));
  const box = readBox(cell);
  const source = readEnd(field(cell, "source"), `${pointer}/source`);
  const target = readEnd(field(cell, "target"), `${pointer}/target`);
  return {
    pointer,
    diagram,
    id: id2 ?? `diagram-${diagram + 1}-cell-${position + 1}`,
    idPointer: id2 === void 0 ? pointer : `${pointer}/id`,
    ...shape,
    ...name,
    ...description === void 0 ? {} : { description },
    props,
    propsPointer,
    ...box ? { box } : {},
    ...source ? { source } : {},
    ...target ? { target } : {},
    vertices: listOf(field(cell, "vertices")).flatMap((v) => {
      const point = readPoint(v);
      return point ? [point] : [];
    }),
    threats: readThreats(cell, props, pointer, propsPointer)
  };
}
function classify(cell, props, pointer, propsPointer) {
  const candidates2 = [
    { value: textOf(field(cell, "shape")), pointer: `${pointer}/shape` },
    { value: textOf(field(cell, "type")), pointer: `${pointer}/type` },
    { value: props === cell ? void 0 : textOf(field(props, "type")), pointer: `${propsPointer}/type` }
  ].flatMap(({ value, pointer: at }) => value === void 0 ? [] : [{ value, pointer: at }]);
  const squeeze = (value) => value.toLowerCase().replace(/[^a-z]/g, "");
  for (const candidate of candidates2) {
    const kind = kinds.get(squeeze(candidate.value));
    if (kind) return { shape: candidate.value, shapePointer: candidate.pointer, kind, misspelt: false };
  }
  for (const candidate of candidates2) {
    const near = suggestId(squeeze(candidate.value), kinds.keys());
    const kind = near === void 0 ? void 0 : kinds.get(near);
    if (kind) return { shape: candidate.value, shapePointer: candidate.pointer, kind, misspelt: true };
  }
  const first = candidates2[0];
  return { shape: first?.value ?? "", shapePointer: first?.pointer ?? pointer, misspelt: false };
}
function readName(cell, props, pointer, propsPointer) {
  const places = [
    [field(props, "name"), `${propsPointer}/name`],
    [dig(cell, "attrs", "text", "text"), `${pointer}/attrs/text/text`],
    [dig(cell, "attrs", "label", "text"), `${pointer}/attrs/label/text`]
  ];
  for (const label2 of ["label", "text", "labelText"]) {
    places.push([dig(cell, "labels", 0, "attrs", label2, "text"), `${pointer}/labels/0/attrs/${label2}/text`]);
  }
  for (const [value, at] of places) {
    const name = textOf(value);
    if (name !== void 0) return { name: oneLine2(name), namePointer: at };
  }
  return { name: "", namePointer: pointer };
}
function readPoint(value) {
  const x = field(value, "x");
  const y = field(value, "y");
  return typeof x === "number" && typeof y === "number" && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : void 0;
}
function readBox(cell) {
  const point = readPoint(field(cell, "position"));
  const width2 = dig(cell, "size", "width");
  const height = dig(cell, "size", "height");
  if (!point || typeof width2 !== "number" || typeof height !== "number") return void 0;
  if (!Number.isFinite(width2) || !Number.isFinite(height) || width2 < 0 || height < 0) return void 0;
  return { ...point, width: width2, height };
}
function readEnd(value, pointer) {
  if (!isJsonObject(value)) return void 0;
  const cellField = Object.hasOwn(value, "cell") ? "cell" : "id";
  const cell = textOf(field(value, cellField));
  if (cell !== void 0) return { cell, pointer: childPointer(pointer, cellField) };
  const point = readPoint(value);
  return point ? { point, pointer } : { pointer };
}
function readThreats(cell, props, pointer, propsPointer) {
  const keyOf = (value) => JSON.stringify(field(value, "id") ?? field(value, "threatId") ?? value);
  const threats = listOf(field(props, "threats")).flatMap(
    (value, i) => isJsonObject(value) ? [{ value, pointer: `${propsPointer}/threats/${i}` }] : []
  );
  if (props === cell) return threats;
  const seen = new Set(threats.map((threat) => keyOf(threat.value)));
  for (const [i, value] of listOf(field(cell, "threats")).entries()) {
    if (isJsonObject(value) && !seen.has(keyOf(value)))
      threats.push({ value, pointer: `${pointer}/threats/${i}` });
  }
  return threats;
}

// src/core/import/threat-dragon-geometry.ts
var slack = 0.5;
function centre2(box) {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
function area2(box) {
  return box.width * box.height;
}
function containsPoint2(box, point) {
  return point.x >= box.x - slack && point.x <= box.x + box.width + slack && point.y >= box.y - slack && point.y <= box.y + box.height + slack;
}
function containsBox(outer, inner) {
  return containsPoint2(outer, inner) && containsPoint2(outer, { x: inner.x + inner.width, y: inner.y + inner.height });
}
function overlaps(a, b) {
  return a.x + slack < b.x + b.width && b.x + slack < a.x + a.width && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height;
}
function polylinesCross(a, b) {
  for (let i = 1; i < a.length; i += 1) {
    for (let j = 1; j < b.length; j += 1) {
      const [p, q, r, s] = [a[i - 1], a[i], b[j - 1], b[j]];
      if (p && q && r && s && segmentsCross(p, q, r, s)) return true;
    }
  }
  return false;
}
function segmentsCross(p, q, r, s) {
  const d1 = orientation2(r, s, p);
  const d2 = orientation2(r, s, q);
  const d3 = orientation2(p, q, r);
  const d4 = orientation2(p, q, s);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return d1 === 0 && onSegment2(r, s, p) || d2 === 0 && onSegment2(r, s, q) || d3 === 0 && onSegment2(p, q, r) || d4 === 0 && onSegment2(p, q, s);
}
function orientation2(a, b, c) {
  return Math.sign((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}
function onSegment2(a, b, p) {
  return Math.min(a.x, b.x) <= p.x && p.x <= Math.max(a.x, b.x) && Math.min(a.y, b.y) <= p.y && p.y <= Math.max(a.y, b.y);
}

// src/core/import/threat-dragon-parts.ts
function emptyParts2(builder) {
  return {
    builder,
    components: [],
    boundaries: [],
    flows: [],
    threats: [],
    data: [],
    componentOf: /* @__PURE__ */ new Map(),
    boundaryOf: /* @__PURE__ */ new Map(),
    placedFlows: [],
    dataNeeds: /* @__PURE__ */ new Map(),
    texts: []
  };
}
function describeCell(cell, what = cell.kind ?? "cell") {
  const name = cell.name === "" ? "" : ` "${cell.name.length > 60 ? `${cell.name.slice(0, 59)}\u2026` : cell.name}"`;
  return `${what}${name} (cell ${cell.id})`;
}

// src/core/import/threat-dragon-values.ts
var boundaryKindRules = [
  { kind: "dmz", words: /\b(dmz|demilitari[sz]ed|perimeter)\b/ },
  {
    kind: "third-party",
    words: /\b(third party|3rd party|partners?|vendors?|suppliers?|saas|external (services?|providers?|systems?))\b/
  },
  {
    kind: "private",
    words: /\b(cloud|vpc|vnet|private|internal|intranet|corporate|corp|on ?prem\w*|data ?cent(er|re)s?|back ?end|trusted|lan|subnet)\b/
  },
  { kind: "internet", words: /\b(internet|public|www|untrusted|external network)\b/ }
];
function boundaryKind(name) {
  const words = ` ${name.toLowerCase().replace(/[^a-z0-9]+/g, " ")} `;
  for (const rule of boundaryKindRules) {
    const match = rule.words.exec(words);
    if (match) return { kind: rule.kind, word: match[0] };
  }
  return void 0;
}
var protocols = /* @__PURE__ */ new Map([
  ["https", "https"],
  ["http", "http"],
  ["tls", "tls"],
  ["ssl", "tls"],
  ["mtls", "mtls"],
  ["grpc", "grpc"],
  ["grpcs", "grpcs"],
  ["sql", "sql"],
  ["tds", "sql"],
  ["jdbc", "sql"],
  ["odbc", "sql"],
  ["amqp", "amqp"],
  ["amqps", "amqps"],
  ["mqtt", "mqtt"],
  ["mqtts", "mqtts"],
  ["kafka", "kafka"],
  ["smtp", "smtp"],
  ["smtps", "smtps"],
  ["ssh", "ssh"],
  ["sftp", "sftp"],
  ["ftp", "ftp"],
  ["ws", "websocket"],
  ["websocket", "websocket"],
  ["wss", "wss"],
  ["redis", "redis"],
  ["rediss", "rediss"],
  ["ldap", "ldap"],
  ["ldaps", "ldaps"]
]);
function normaliseProtocol(written) {
  const squeezed = written.toLowerCase().replace(/[^a-z0-9]/g, "");
  const exact = protocols.get(squeezed) ?? protocols.get(squeezed.replace(/\d+$/, ""));
  if (exact !== void 0) return exact;
  if (squeezed.startsWith("https")) return "https";
  return written;
}
var strideOfType = /* @__PURE__ */ new Map([
  ["spoofing", "S"],
  ["tampering", "T"],
  ["repudiation", "R"],
  ["informationdisclosure", "I"],
  ["denialofservice", "D"],
  ["elevationofprivilege", "E"],
  ["confidentiality", "I"],
  ["integrity", "T"],
  ["availability", "D"],
  ["linkability", "I"],
  ["identifiability", "I"],
  ["nonrepudiation", "R"],
  ["detectability", "I"],
  ["disclosureofinformation", "I"],
  ["s", "S"],
  ["t", "T"],
  ["r", "R"],
  ["i", "I"],
  ["d", "D"],
  ["e", "E"]
]);
function strideOf2(type) {
  const found = /* @__PURE__ */ new Set();
  for (const part of type.split(/[,;/&+]|\band\b/i)) {
    const category = strideOfType.get(part.toLowerCase().replace(/[^a-z]/g, ""));
    if (category) found.add(category);
  }
  return allStride2.filter((c) => found.has(c));
}
function threatStatusOf(written) {
  const squeezed = (written ?? "open").toLowerCase().replace(/[^a-z]/g, "");
  if (squeezed === "open" || squeezed === "") return "open";
  if (squeezed === "mitigated") return "mitigated";
  if (squeezed === "notapplicable" || squeezed === "na") return "not-applicable";
  return void 0;
}

// src/core/import/threat-dragon-boundaries.ts
function addBoundaries(parts, diagram) {
  const boxes = diagram.cells.filter((cell) => cell.kind === "boundary-box").map((cell) => addBox(parts, cell));
  for (const placed of boxes) nest(parts, placed, boxes);
  reportOverlaps(parts, boxes);
  for (const component of parts.componentOf.values()) {
    const box = component.cell.box;
    if (component.cell.diagram !== diagram.index || !box) continue;
    const around = boxes.filter((placed) => placed.box && containsPoint2(placed.box, centre2(box)));
    const inner = smallest(around);
    if (!inner) continue;
    const pointer = `/components/${component.index}`;
    const native = parts.components[component.index];
    if (native) native.boundary = inner.id;
    parts.builder.trace(`${pointer}/boundary`, `${component.cell.pointer}/position`);
    const straddles = inner.box && !containsBox(inner.box, box) ? ", though it crosses the edge (its centre decided)" : "";
    const loose = around.filter(
      (other) => other !== inner && !(other.box && inner.box && containsBox(other.box, inner.box))
    );
    const overlap = loose.length > 0 ? `; it also lies in ${loose.map((other) => other.id).join(", ")}, which overlaps: the smaller one decided` : "";
    parts.builder.note(
      `${pointer}/boundary`,
      `drawn inside the trust-boundary box ${inner.id}${straddles}${overlap}`
    );
  }
}
function addBox(parts, cell) {
  const { builder } = parts;
  const index = parts.boundaries.length;
  const pointer = `/boundaries/${index}`;
  const id2 = builder.ids.claim(
    kebabCase(cell.name),
    `boundary-${kebabCase(cell.id).slice(0, 8) || String(index + 1)}`
  );
  const boundary = { id: id2, ...cell.name === "" ? {} : { name: clip(cell.name, 200) } };
  if (cell.description !== void 0) boundary.description = clip(cell.description, 1e5);
  const kind = boundaryKind(cell.name);
  if (kind) {
    boundary.kind = kind.kind;
    builder.note(`${pointer}/kind`, `${kind.kind}: from the word "${kind.word.trim()}" in its name`);
  }
  parts.boundaries.push(boundary);
  const placed = { id: id2, index, cell, boundary, ...cell.box ? { box: cell.box } : {} };
  parts.boundaryOf.set(cell.id, placed);
  builder.trace(pointer, cell.pointer);
  builder.trace(`${pointer}/id`, cell.name === "" ? cell.idPointer : cell.namePointer);
  builder.trace(`${pointer}/name`, cell.namePointer);
  builder.note(pointer, `from Threat Dragon ${describeCell(cell, "trust-boundary box")}`);
  if (!cell.box) builder.note(pointer, "the box has no position or size: nothing is placed inside it");
  return placed;
}
function nest(parts, placed, boxes) {
  const { box } = placed;
  if (!box) return;
  const holders = boxes.filter(
    (other) => other !== placed && other.box !== void 0 && containsBox(other.box, box) && (area2(other.box) > area2(box) || area2(other.box) === area2(box) && other.index < placed.index)
  );
  const parent = smallest(holders);
  if (!parent) return;
  placed.boundary.parent = parent.id;
  parts.builder.trace(`/boundaries/${placed.index}/parent`, `${placed.cell.pointer}/position`);
  parts.builder.note(
    `/boundaries/${placed.index}/parent`,
    `drawn inside the trust-boundary box ${parent.id}`
  );
}
function reportOverlaps(parts, boxes) {
  for (const [j, later] of boxes.entries()) {
    for (const earlier of boxes.slice(0, j)) {
      const [a, b] = [earlier.box, later.box];
      if (!a || !b || !overlaps(a, b) || containsBox(a, b) || containsBox(b, a)) continue;
      parts.builder.unmapped(
        `${later.cell.pointer}/position`,
        `${later.cell.id}#overlaps:${earlier.cell.id}`,
        `${describeCell(later.cell, "trust-boundary box")} partly overlaps ${describeCell(earlier.cell, "trust-boundary box")}; native boundaries nest but cannot overlap, so a component in the overlap is placed in the smaller box only`,
        `Draw the boxes nested or apart in Threat Dragon, or check the boundary: of the components near both boxes in the converted model (${importDocs}).`
      );
    }
  }
}
function smallest(boxes) {
  let best;
  for (const candidate of boxes) {
    if (!candidate.box) continue;
    if (!best?.box || area2(candidate.box) < area2(best.box)) best = candidate;
  }
  return best;
}

// src/core/import/threat-dragon-element-types.ts
var process2 = "process";
var store = "store";
var actor = "actor";
var keywordRules = [
  {
    type: "logging-monitoring",
    on: [store, process2],
    words: /\b(logs?|logging|audit (log|trail)s?|siem|monitoring|telemetry|splunk|datadog|cloudwatch)\b/
  },
  {
    type: "secrets-vault",
    on: [store, process2],
    words: /\b(secrets?|vault|key ?vault|kms|hsm|credential stores?|key ?store)\b/
  },
  {
    type: "message-queue",
    on: [store, process2],
    words: /\b(queues?|mq|rabbitmq|activemq|sqs|service ?bus|message broker)\b/
  },
  {
    type: "event-stream",
    on: [store, process2],
    words: /\b(kafka|kinesis|event ?hubs?|event ?streams?|streams?|pub ?sub|eventbridge)\b/
  },
  { type: "cache", on: [store, process2], words: /\b(cache|caches|caching|redis|memcached?|valkey)\b/ },
  { type: "search-index", on: [store, process2], words: /\b(search|elasticsearch|opensearch|solr)\b/ },
  {
    type: "object-storage",
    on: [store, process2],
    words: /\b(buckets?|s3|blobs?|object ?stor(e|age)|file ?stor(e|age)|storage account)\b/
  },
  {
    type: "nosql-database",
    on: [store, process2],
    words: /\b(nosql|mongo\w*|dynamo\w*|cosmos\w*|cassandra|couch\w*|firestore|documentdb|neo4j|document (db|database|store))\b/
  },
  {
    type: "sql-database",
    on: [store, process2],
    words: /\b(sql|postgre\w*|mysql|mariadb|mssql|sql ?server|oracle|sqlite|aurora|rds)\b/
  },
  { type: "database", on: [store, process2], words: /\b(databases?|db|dbs|rdbms|data ?base)\b/ },
  {
    type: "administrator",
    on: [actor],
    words: /\b(admins?|administrators?|operators?|sysadmins?|super ?users?)\b/
  },
  {
    type: "identity-provider",
    on: [actor, process2],
    words: /\b(identity|idp|auth0|okta|keycloak|cognito|entra|azure ad|active directory|ldap|oauth2?|openid|oidc|saml|sso|auth|authentication|login service)\b/
  },
  {
    type: "payment-provider",
    on: [actor],
    words: /\b(payments?|stripe|paypal|adyen|braintree|card processor|psp)\b/
  },
  { type: "email-service", on: [actor], words: /\b(e ?mail|smtp|sendgrid|mailgun|ses|mail ?server)\b/ },
  {
    type: "llm-service",
    on: [actor, process2],
    words: /\b(llms?|gpt\w*|openai|language models?|bedrock|anthropic|claude|gemini)\b/
  },
  {
    type: "external-user",
    on: [actor],
    words: /\b(users?|customers?|browsers?|clients?|person|people|shoppers?|visitors?|employees?|staff|members?|patients?|citizens?|humans?|consumers?|mobile)\b/
  },
  {
    type: "iot-device",
    on: [actor, process2],
    words: /\b(iot|devices?|sensors?|cameras?|thermostats?|plc)\b/
  },
  {
    type: "third-party-api",
    on: [actor],
    words: /\b(apis?|services?|third party|3rd party|external (system|service|api)s?|partners?|vendors?|saas|webhooks?|systems?)\b/
  },
  {
    type: "ci-cd-pipeline",
    on: [process2],
    words: /\b(ci|cd|pipelines?|jenkins|github actions|gitlab|build (server|agent|system)|deploy\w*|azure devops)\b/
  },
  { type: "api-gateway", on: [process2], words: /\b(api ?gateway|gateway|apim|api management|kong|apigee)\b/ },
  {
    type: "cdn-waf",
    on: [process2],
    words: /\b(cdn|waf|cloudfront|front ?door|akamai|cloudflare|fastly|firewall)\b/
  },
  {
    type: "load-balancer",
    on: [process2],
    words: /\b(load ?balancers?|lb|alb|elb|nlb|ingress|reverse proxy|haproxy|nginx|traefik|envoy)\b/
  },
  { type: "serverless-function", on: [process2], words: /\b(lambdas?|functions?|serverless|faas)\b/ },
  {
    type: "container-workload",
    on: [process2],
    words: /\b(containers?|pods?|docker|kubernetes|k8s|ecs|fargate|aks|eks|gke)\b/
  },
  { type: "mobile-app", on: [process2], words: /\b(mobile|android|ios|iphone|ipad)\b/ },
  {
    type: "single-page-app",
    on: [process2],
    words: /\b(spa|single ?page|front ?end|ui|user interface|react|angular|vue|web client)\b/
  },
  {
    type: "batch-job",
    on: [process2],
    words: /\b(workers?|jobs?|batch|cron|scheduler|scheduled|background)\b/
  },
  {
    type: "api",
    on: [process2],
    words: /\b(apis?|rest|graphql|grpc|web ?services?|services?|back ?end|microservices?|endpoints?)\b/
  },
  {
    type: "web-app",
    on: [process2],
    words: /\b(web ?app\w*|web application|web ?site|web ?server|portal|web)\b/
  }
];
var flagRules = [
  { flag: "isALog", on: store, type: "logging-monitoring" },
  { flag: "storesCredentials", on: store, type: "secrets-vault" },
  { flag: "isWebApplication", on: process2, type: "web-app" },
  { flag: "providesAuthentication", on: actor, type: "identity-provider" }
];
var defaultTypes = {
  process: "process",
  store: "data-store",
  actor: "external-entity"
};
function chooseComponentType(cell, shape) {
  const flagged = flagRules.find((rule) => rule.on === shape && field(cell.props, rule.flag) === true);
  for (const [text5, where2] of [
    [cell.name, "name"],
    [cell.description ?? "", "description"]
  ]) {
    const words = ` ${text5.toLowerCase().replace(/[^a-z0-9]+/g, " ")} `;
    for (const rule of keywordRules) {
      if (!rule.on.includes(shape)) continue;
      const match = rule.words.exec(words);
      if (!match) continue;
      const found = match[0].trim();
      const chosen = {
        type: rule.type,
        why: `the word${found.includes(" ") ? "s" : ""} "${found}" in its ${where2}`
      };
      if (flagged && flagged.type !== rule.type) {
        const conflict = `${flagged.flag} is set, which would make it ${flagged.type}; the ${where2} decided. Write type: ${flagged.type} if that is what it is.`;
        return { ...chosen, conflict };
      }
      return chosen;
    }
  }
  if (flagged) return { type: flagged.type, why: `its ${flagged.flag} flag` };
  return { type: defaultTypes[shape], why: `a Threat Dragon ${shape} with no telling name or flag` };
}

// src/core/import/threat-dragon-components.ts
function addComponent(parts, cell, shape) {
  const { builder } = parts;
  const index = parts.components.length;
  const pointer = `/components/${index}`;
  const chosen = chooseComponentType(cell, shape);
  const wanted = kebabCase(cell.name);
  const id2 = builder.ids.claim(wanted, `${shape}-${kebabCase(cell.id).slice(0, 8) || String(index + 1)}`);
  const component = {
    id: id2,
    ...cell.name === "" ? {} : { name: clip(cell.name, 200) },
    type: chosen.type
  };
  if (cell.description !== void 0) component.description = clip(cell.description, 1e5);
  parts.components.push(component);
  parts.componentOf.set(cell.id, { id: id2, index, cell, shape });
  builder.trace(pointer, cell.pointer);
  builder.trace(`${pointer}/id`, cell.name === "" ? cell.idPointer : cell.namePointer);
  builder.trace(`${pointer}/name`, cell.namePointer);
  builder.trace(`${pointer}/type`, cell.shapePointer);
  builder.note(pointer, `from Threat Dragon ${describeCell(cell, shape)}`);
  builder.note(
    `${pointer}/type`,
    `${chosen.type}: from ${chosen.why}${chosen.conflict ? `; ${chosen.conflict}` : ""}`
  );
  if (cell.misspelt) builder.note(`${pointer}/type`, `the shape "${cell.shape}" is read as a ${shape}`);
  if (wanted !== "" && id2 !== wanted) {
    builder.note(`${pointer}/id`, `another element is also called "${cell.name}": ${id2} keeps them apart`);
  }
  mapFlags(parts, cell, shape, component, pointer);
  reportOutOfScope(parts, cell, pointer);
}
function mapFlags(parts, cell, shape, component, pointer) {
  const flag = (name) => field(cell.props, name) === true;
  const index = parts.components.length - 1;
  if (shape === "store" && flag("isEncrypted")) {
    component.properties = { encryptedAtRest: true };
    parts.builder.trace(`${pointer}/properties/encryptedAtRest`, `${cell.propsPointer}/isEncrypted`);
  }
  const need = (kind) => {
    parts.dataNeeds.set(kind, [...parts.dataNeeds.get(kind) ?? [], index]);
  };
  if (shape === "store" && flag("storesCredentials")) need("credentials");
  if (shape === "process" && flag("handlesCardPayment")) need("card-data");
  const unmatched = [
    shape === "store" && flag("isSigned") ? "isSigned" : void 0,
    shape === "process" && flag("handlesGoodsOrServices") ? "handlesGoodsOrServices" : void 0,
    shape === "process" && textOf(field(cell.props, "privilegeLevel")) !== void 0 ? `privilegeLevel "${textOf(field(cell.props, "privilegeLevel")) ?? ""}"` : void 0
  ].filter((text5) => text5 !== void 0);
  if (unmatched.length > 0) {
    parts.builder.note(
      pointer,
      `Threat Dragon also says ${unmatched.join(", ")}, which the native format has no place for`
    );
  }
}
function reportOutOfScope(parts, cell, pointer) {
  if (field(cell.props, "outOfScope") !== true) return;
  const reason2 = textOf(field(cell.props, "reasonOutOfScope"));
  const why = reason2 === void 0 ? "" : ` (${clip(reason2, 200)})`;
  parts.builder.note(
    pointer,
    `out of scope in Threat Dragon${why}: the knowledge base still applies its threats here`
  );
  parts.builder.unmapped(
    `${cell.propsPointer}/outOfScope`,
    `${cell.id}#out-of-scope`,
    `${describeCell(cell)} is out of scope in Threat Dragon${why}; the native format has no out-of-scope elements, so it is imported and gets threats`,
    `Decide the threats the knowledge base applies to it (status: not-applicable, with a reason), or remove it from the converted model (${importDocs}).`
  );
}
function addFlaggedData(parts) {
  const assets = [
    { kind: "credentials", name: "Credentials", flag: "storesCredentials" },
    { kind: "card-data", name: "Payment card data", flag: "handlesCardPayment" }
  ];
  for (const asset of assets) {
    const indexes = parts.dataNeeds.get(asset.kind) ?? [];
    if (indexes.length === 0) continue;
    const id2 = parts.builder.ids.claim(asset.kind, `${asset.kind}-data`);
    const pointer = `/data/${parts.data.length}`;
    parts.data.push({ id: id2, name: asset.name, classification: "restricted" });
    parts.builder.note(pointer, `inferred from Threat Dragon's ${asset.flag} flag`);
    for (const index of indexes) {
      const component = parts.components[index];
      if (component) component.data = [...component.data ?? [], id2];
      const cell = [...parts.componentOf.values()].find((placed) => placed.index === index)?.cell;
      if (cell) parts.builder.trace(`/components/${index}/data`, `${cell.propsPointer}/${asset.flag}`);
    }
  }
}

// src/core/import/threat-dragon-curves.ts
function reportCurves(parts, diagram) {
  for (const cell of diagram.cells) {
    if (cell.kind !== "boundary-curve") continue;
    const line = [pointOf(parts, cell.source), ...cell.vertices, pointOf(parts, cell.target)].filter(
      (point) => point !== void 0
    );
    const crossing = parts.placedFlows.filter(
      (flow) => flow.cell.diagram === diagram.index && line.length > 1 && polylinesCross(flow.course, line)
    );
    const what = describeCell(cell, "trust-boundary line");
    for (const flow of crossing) {
      const native = parts.flows[flow.index];
      const zone = (id2) => parts.components.find((c) => c.id === id2)?.boundary;
      if (!native || zone(native.from) !== zone(native.to)) continue;
      parts.builder.note(
        `/flows/${flow.index}`,
        `crosses the ${what} on the diagram, but both its ends sit in the same boundary here, so rules about crossing boundaries do not see it`
      );
    }
    const crossed = crossing.length === 0 ? "no flow crosses it on the drawing" : `on the drawing, ${crossing.map((flow) => flow.id).join(", ")} cross${crossing.length === 1 ? "es" : ""} it`;
    parts.builder.unmapped(
      cell.pointer,
      cell.id,
      `${what} cannot be represented: native trust boundaries are zones that components sit in, not lines; ${crossed}`,
      `Draw the zones as trust-boundary boxes in Threat Dragon (membership is then read from the drawing), or declare boundaries in the converted model and set boundary: on the components on each side (${importDocs}).`
    );
  }
}
function pointOf(parts, end) {
  if (end?.point) return end.point;
  const attached = end?.cell === void 0 ? void 0 : (parts.componentOf.get(end.cell) ?? parts.boundaryOf.get(end.cell))?.cell;
  return attached?.box ? centre2(attached.box) : void 0;
}

// src/core/import/threat-dragon-flows.ts
function addFlows(parts, diagram) {
  for (const cell of diagram.cells) {
    if (cell.kind !== "flow") continue;
    const from = resolveEnd(parts, cell.source);
    const to = resolveEnd(parts, cell.target);
    if (typeof from === "string" || typeof to === "string") {
      reportLooseFlow(parts, cell, typeof from === "string" ? ["source", from] : ["target", to]);
      continue;
    }
    const forward = addFlow(parts, cell, from, to);
    if (field(cell.props, "isBidirectional") === true) {
      const reverse = addFlow(parts, cell, to, from, forward);
      parts.builder.note(
        `/flows/${reverse}`,
        `the Threat Dragon flow ${parts.flows[forward]?.id ?? ""} goes both ways; this is its way back`
      );
    }
  }
}
function addFlow(parts, cell, from, to, reverseOf) {
  const { builder } = parts;
  const index = parts.flows.length;
  const pointer = `/flows/${index}`;
  const named2 = kebabCase(cell.name);
  const wanted = named2 === "" ? `${from.id}-to-${to.id}` : reverseOf === void 0 ? named2 : `${named2}-reverse`;
  const id2 = builder.ids.claim(wanted, `flow-${index + 1}`);
  const flow = {
    id: id2,
    ...cell.name === "" ? {} : { name: clip(cell.name, 200) },
    from: from.id,
    to: to.id
  };
  const protocol = textOf(field(cell.props, "protocol"));
  if (protocol !== void 0) {
    flow.protocol = normaliseProtocol(protocol);
    builder.trace(`${pointer}/protocol`, `${cell.propsPointer}/protocol`);
    if (flow.protocol !== protocol) builder.note(`${pointer}/protocol`, `Threat Dragon says "${protocol}"`);
  }
  if (cell.description !== void 0) flow.description = clip(cell.description, 1e5);
  if (field(cell.props, "isEncrypted") === true) {
    flow.properties = { encrypted: true };
    builder.trace(`${pointer}/properties/encrypted`, `${cell.propsPointer}/isEncrypted`);
  }
  parts.flows.push(flow);
  builder.trace(pointer, cell.pointer);
  builder.trace(`${pointer}/id`, cell.name === "" ? cell.idPointer : cell.namePointer);
  builder.trace(`${pointer}/name`, cell.namePointer);
  builder.trace(
    `${pointer}/from`,
    (reverseOf === void 0 ? cell.source : cell.target)?.pointer ?? cell.pointer
  );
  builder.trace(
    `${pointer}/to`,
    (reverseOf === void 0 ? cell.target : cell.source)?.pointer ?? cell.pointer
  );
  if (reverseOf === void 0) {
    builder.note(pointer, `from Threat Dragon ${describeCell(cell, "flow")}`);
    if (cell.misspelt) builder.note(pointer, `the shape "${cell.shape}" is read as a flow`);
    parts.placedFlows.push({ id: id2, index, cell, course: course(from, cell.vertices, to) });
    reportOutOfScope(parts, cell, pointer);
  }
  if (field(cell.props, "isPublicNetwork") === true) markPublic(parts, cell, from, to, id2);
  return index;
}
function resolveEnd(parts, end) {
  if (end?.cell === void 0) return end?.point ? "is a loose point on the canvas" : "is missing";
  const component = parts.componentOf.get(end.cell);
  if (component) return component;
  const boundary = parts.boundaryOf.get(end.cell);
  if (boundary) return `is attached to the trust boundary ${boundary.id}, not to a process, store or actor`;
  return `is attached to the cell ${end.cell}, which is no process, store or actor of the file`;
}
function reportLooseFlow(parts, cell, [end, why]) {
  const lost = cell.threats.length === 0 ? "" : ` Its ${cell.threats.length} threat(s) are not imported either.`;
  parts.builder.unmapped(
    (end === "source" ? cell.source : cell.target)?.pointer ?? cell.pointer,
    cell.id,
    `${describeCell(cell, "flow")} cannot be imported: its ${end} ${why}.${lost}`,
    `Attach both ends of the flow to elements in Threat Dragon, or add the flow to the converted model by hand (${importDocs}).`
  );
}
function markPublic(parts, cell, from, to, flow) {
  const { builder } = parts;
  const target = parts.components[to.index];
  if (target && to.shape !== "actor") {
    target.properties = { ...target.properties, internetFacing: true };
    builder.trace(
      `/components/${to.index}/properties/internetFacing`,
      `${cell.propsPointer}/isPublicNetwork`
    );
    builder.note(
      `/components/${to.index}/properties/internetFacing`,
      `the flow ${flow} reaches it over a public network`
    );
  }
  for (const end of [from, to]) {
    const boundaryId = parts.components[end.index]?.boundary;
    const boundary = parts.boundaries.find((b) => b.id === boundaryId);
    if (end.shape !== "actor" || !boundary || boundary.kind !== void 0) continue;
    boundary.kind = "internet";
    const index = parts.boundaries.indexOf(boundary);
    builder.note(
      `/boundaries/${index}/kind`,
      `internet: the actor ${end.id} in it is reached over a public network (flow ${flow})`
    );
  }
}
function course(from, vertices, to) {
  const ends = [from.cell.box, to.cell.box].map((box) => box ? centre2(box) : void 0);
  return [ends[0], ...vertices, ends[1]].filter((point) => point !== void 0);
}

// src/core/import/threat-dragon-threats.ts
var maxText2 = 1e5;
function addCellThreats(builder, threats, cell, target) {
  for (const [k, source] of cell.threats.entries()) {
    threats.push(readThreat2(builder, threats.length, source, cell, target, k));
  }
}
function readThreat2(builder, index, source, cell, target, k) {
  const pointer = `/threats/${index}`;
  const { value } = source;
  const at = (key) => `${source.pointer}/${key}`;
  const type = textOf(field(value, "type")) ?? "";
  const title3 = clip(oneLine2(textOf(field(value, "title")) ?? (type || `Threat ${k + 1} on ${target}`)), 200);
  const id2 = threatId2(builder, pointer, source, title3, target, k);
  const threat = { id: id2, title: title3, stride: strideOf2(type), target };
  builder.trace(pointer, source.pointer);
  builder.trace(`${pointer}/title`, Object.hasOwn(value, "title") ? at("title") : source.pointer);
  builder.trace(`${pointer}/target`, cell.idPointer);
  builder.trace(`${pointer}/stride`, Object.hasOwn(value, "type") ? at("type") : source.pointer);
  if (threat.stride.length === 0) {
    threat.stride = [...allStride2];
    const what = type === "" ? "has no threat type" : `has the type "${type}", which has no STRIDE category`;
    builder.note(
      `${pointer}/stride`,
      `the Threat Dragon threat ${what}: all six categories are listed; keep those that apply`
    );
    builder.unmapped(
      Object.hasOwn(value, "type") ? at("type") : source.pointer,
      `${cell.id}#threat-${k + 1}:stride`,
      `threat "${title3}" on ${target} ${what}; it is imported with all six STRIDE categories`,
      `Give the threat a STRIDE type in Threat Dragon, or keep only the categories that apply in the converted model (${importDocs}).`
    );
  }
  const severity = severityOf(textOf(field(value, "severity")));
  if (severity) {
    threat.severity = severity;
    builder.trace(`${pointer}/severity`, at("severity"));
  }
  const description = textOf(field(value, "description"));
  const mitigation = textOf(field(value, "mitigation"));
  const score = textOf(field(value, "score"));
  const text5 = [
    description,
    mitigation === void 0 ? void 0 : `Mitigation (from Threat Dragon): ${mitigation}`,
    score === void 0 ? void 0 : `Score (from Threat Dragon): ${score}`
  ].filter((part) => part !== void 0);
  if (text5.length > 0) threat.description = clip(text5.join("\n\n"), maxText2);
  applyStatus2(builder, threat, pointer, source, cell, k, mitigation ?? description);
  return threat;
}
function threatId2(builder, pointer, source, title3, target, k) {
  const key = Object.hasOwn(source.value, "id") ? "id" : "threatId";
  const written = textOf(field(source.value, key));
  builder.trace(`${pointer}/id`, written === void 0 ? source.pointer : `${source.pointer}/${key}`);
  const fallback = `T-${target}-${k + 1}`;
  if (written === void 0) {
    builder.note(`${pointer}/id`, "made from the title: the Threat Dragon threat has no id");
    const slug = kebabCase(title3, 50).toUpperCase();
    return builder.ids.claim(slug === "" ? fallback : `T-${slug}`, fallback);
  }
  const wanted = /^\d+$/.test(written) ? `T-${written}` : sanitizeId(written);
  const id2 = builder.ids.claim(wanted, fallback);
  if (id2 !== written) builder.note(`${pointer}/id`, `Threat Dragon ${key} "${clip(written, 120)}"`);
  return id2;
}
function applyStatus2(builder, threat, pointer, source, cell, k, explanation) {
  const written = textOf(field(source.value, "status"));
  const status = threatStatusOf(written);
  if (written !== void 0) builder.trace(`${pointer}/status`, `${source.pointer}/status`);
  if (status === void 0) {
    builder.unmapped(
      `${source.pointer}/status`,
      `${cell.id}#threat-${k + 1}:status`,
      `threat "${threat.title}" has the status "${written ?? ""}", which is not Open, Mitigated or NotApplicable; it is imported as open`,
      "Set the status to Open, Mitigated or NotApplicable in Threat Dragon, or write the status in the converted model."
    );
    threat.status = "open";
    return;
  }
  threat.status = status;
  if (status === "not-applicable") {
    threat.reason = clip(explanation ?? "marked not applicable in Threat Dragon", maxText2);
    if (explanation === void 0) builder.note(`${pointer}/reason`, "Threat Dragon gives no reason");
  }
}

// src/core/import/threat-dragon-read.ts
var drawHint = "Draw at least one process, store or actor in Threat Dragon, or write the model in the native format.";
function readThreatDragon(file, text5, format) {
  const read = readJsonImportSource(file, text5);
  if (!read.source) return { format, index: read.index, findings: read.findings, notes: [] };
  const builder = new NativeModelBuilder(format, read.source);
  const root = read.source.root;
  const diagrams = readDiagrams(root);
  if (!isJsonObject(root) || !diagrams || diagrams.length === 0) {
    const where2 = diagrams ? "/detail/diagrams" : isJsonObject(field(root, "detail")) ? "/detail" : "";
    const what = diagrams ? "its list of diagrams is empty" : "it has no detail.diagrams list";
    return builder.unreadable(where2, "diagrams", `the Threat Dragon file has no elements: ${what}`, drawHint);
  }
  const parts = emptyParts2(builder);
  const cells = diagrams.flatMap((diagram) => diagram.cells);
  for (const cell of cells) {
    if (cell.kind === "process" || cell.kind === "store" || cell.kind === "actor")
      addComponent(parts, cell, cell.kind);
  }
  if (parts.components.length === 0) {
    return builder.unreadable(
      "/detail/diagrams",
      "components",
      "the Threat Dragon file has no process, store or actor, and a threat model needs at least one component",
      drawHint
    );
  }
  addFlaggedData(parts);
  for (const diagram of diagrams) addBoundaries(parts, diagram);
  for (const diagram of diagrams) addFlows(parts, diagram);
  for (const diagram of diagrams) reportCurves(parts, diagram);
  for (const cell of cells) readOtherCell(parts, cell);
  for (const placed of parts.componentOf.values())
    addCellThreats(builder, parts.threats, placed.cell, placed.id);
  for (const placed of parts.placedFlows) addCellThreats(builder, parts.threats, placed.cell, placed.id);
  return builder.result(assemble2(parts, root, diagrams));
}
function readOtherCell(parts, cell) {
  const { builder } = parts;
  if (cell.kind === "text" && cell.name !== "") parts.texts.push(cell.name);
  if (cell.kind === void 0) {
    const shape = cell.shape === "" ? "no shape or type" : `the shape "${clip(cell.shape, 60)}"`;
    builder.unmapped(
      cell.shapePointer,
      cell.id,
      `${describeCell(cell)} has ${shape}, which is no Threat Dragon element: it is not imported${cell.threats.length > 0 ? `, nor are its ${cell.threats.length} threat(s)` : ""}`,
      `Redraw it as a process, store, actor, flow or trust boundary in Threat Dragon, or add it to the converted model by hand (${importDocs}).`
    );
    return;
  }
  const holdsThreats = cell.kind === "boundary-box" || cell.kind === "boundary-curve" || cell.kind === "text";
  if (holdsThreats && cell.threats.length > 0) {
    builder.unmapped(
      cell.threats[0]?.pointer ?? cell.pointer,
      `${cell.id}#threats`,
      `${describeCell(cell)} carries ${cell.threats.length} threat(s), but native threats apply to a component or a flow: they are not imported`,
      "Move the threats to the elements they concern, in Threat Dragon or in the converted model."
    );
  }
}
function assemble2(parts, root, diagrams) {
  const { builder } = parts;
  const summary = field(root, "summary");
  const title3 = textOf(field(summary, "title"));
  const description = [textOf(field(summary, "description")), ...parts.texts].filter((t) => t !== void 0);
  const owner = textOf(field(summary, "owner"));
  const system = {
    name: title3 === void 0 ? "Threat Dragon model" : clip(oneLine2(title3), 200)
  };
  if (description.length > 0) system.description = clip(description.join("\n\n"), 1e5);
  if (owner !== void 0) system.owner = clip(oneLine2(owner), 200);
  builder.trace("/system", isJsonObject(summary) ? "/summary" : "");
  if (title3 !== void 0) builder.trace("/system/name", "/summary/title");
  if (owner !== void 0) builder.trace("/system/owner", "/summary/owner");
  if (parts.texts.length > 0)
    builder.note("/system/description", "ends with the free text drawn on the diagrams");
  const reviewer = textOf(dig(root, "detail", "reviewer"));
  const contributors = listOf(dig(root, "detail", "contributors")).map((c) => textOf(field(c, "name")));
  const people = [reviewer === void 0 ? void 0 : `reviewer ${reviewer}`].concat(contributors.map((name) => name === void 0 ? void 0 : `contributor ${name}`)).filter((person) => person !== void 0);
  if (people.length > 0) builder.note("/system", `Threat Dragon also names: ${people.join(", ")}`);
  if (title3 === void 0) builder.note("/system/name", "the Threat Dragon file has no summary.title");
  builder.trace("/components", diagrams.length === 1 ? diagrams[0]?.pointer ?? "" : "/detail/diagrams");
  return {
    schema: "threat-align/v1",
    system,
    ...parts.boundaries.length > 0 ? { boundaries: parts.boundaries } : {},
    ...parts.data.length > 0 ? { data: parts.data } : {},
    components: parts.components,
    ...parts.flows.length > 0 ? { flows: parts.flows } : {},
    ...parts.threats.length > 0 ? { threats: parts.threats } : {}
  };
}

// src/core/import/threat-dragon.ts
function threatDragonVersion(text5) {
  const root = parseJsonForDetection(text5);
  if (!isJsonObject(root)) return void 0;
  const diagrams = dig(root, "detail", "diagrams");
  const version = field(root, "version");
  const saysV2 = typeof version === "string" && /^\s*2(\.|$)/.test(version);
  if (Array.isArray(diagrams)) {
    const has = (key) => diagrams.some((diagram) => field(diagram, key) !== void 0);
    if (has("diagramJson")) return 1;
    if (saysV2 || has("cells")) return 2;
  }
  if (!isJsonObject(field(root, "summary")) || !isJsonObject(field(root, "detail"))) return void 0;
  if (saysV2) return 2;
  return version === void 0 ? 1 : void 0;
}
var threatDragonV1Reader = {
  format: "threat-dragon-v1",
  title: "OWASP Threat Dragon v1",
  detect: (text5) => threatDragonVersion(text5) === 1,
  read: (file, text5) => readThreatDragon(file, text5, "threat-dragon-v1")
};
var threatDragonV2Reader = {
  format: "threat-dragon-v2",
  title: "OWASP Threat Dragon v2",
  detect: (text5) => threatDragonVersion(text5) === 2,
  read: (file, text5) => readThreatDragon(file, text5, "threat-dragon-v2")
};

// src/core/import/readers.ts
var modelReaders = [
  threatDragonV2Reader,
  threatDragonV1Reader,
  threatComposerReader,
  msTmtReader,
  threagileReader
];
function findReader(text5, file) {
  if (looksNative(text5)) return void 0;
  return modelReaders.find((reader) => reader.detect(text5, file));
}
function looksNative(text5) {
  return /^\s*["']?schema["']?\s*:\s*["']?threat-align\//m.test(text5.slice(0, 4096));
}

// src/core/model/load-model.ts
function loadModel(file, content) {
  let text5;
  if (typeof content === "string") {
    text5 = content;
  } else {
    const decoded = decodeText(content);
    if (!decoded.ok) {
      const index = new SourceIndex(file, "");
      const location = { file, line: decoded.line, column: decoded.column };
      const hint = "Save the model as UTF-8 text.";
      return {
        index,
        findings: [
          {
            check: "TA101",
            severity: "error",
            message: decoded.message,
            location,
            hint,
            subject: "encoding"
          }
        ]
      };
    }
    text5 = decoded.text;
  }
  const reader = findReader(text5, file);
  if (reader) return loadImportedModel(reader, file, text5);
  const parsed = parseSourceDocument(file, text5);
  if (parsed.findings.length > 0) return { index: parsed.index, findings: parsed.findings };
  const findings = validateDocument(parsed.value, modelSchema, parsed.index, {
    check: "TA101",
    what: "model"
  });
  if (findings.length > 0) return { index: parsed.index, findings };
  return { model: parsed.value, index: parsed.index, findings: [] };
}
function loadImportedModel(reader, file, text5) {
  const result = reader.read(file, text5);
  const importedFrom = { format: reader.format, title: reader.title, notes: result.notes };
  if (!result.model) return { index: result.index, findings: result.findings, importedFrom };
  const invalid = validateDocument(result.model, modelSchema, result.index, {
    check: "TA101",
    what: "imported"
  }).map((finding) => ({
    ...finding,
    message: `the ${reader.title} file yields an invalid model: ${finding.message}`
  }));
  if (invalid.length > 0)
    return { index: result.index, findings: [...result.findings, ...invalid], importedFrom };
  return { model: result.model, index: result.index, findings: result.findings, importedFrom };
}

// src/core/backlog/backlog-item.ts
function isStory(item) {
  if (item.type === "story") return true;
  if (item.labels.some((label2) => /^(user[ -]?)?story$/i.test(label2))) return true;
  return /^\s*as an? /i.test(item.title);
}

// src/core/backlog/without-clause.ts
var maxClauseLength = 500;
function findWithoutClauses(text5, field2, keyword = "WITHOUT") {
  const clauses = [];
  let from = 0;
  for (; ; ) {
    const at = text5.indexOf(keyword, from);
    if (at === -1) break;
    const end = at + keyword.length;
    from = end;
    if (isWordChar(text5.charCodeAt(at - 1)) || isWordChar(text5.charCodeAt(end))) continue;
    let start = end;
    while (start < text5.length && isSpace(text5.charCodeAt(start))) start += 1;
    const sentenceEnd = findSentenceEnd(text5, start);
    const clause = text5.slice(start, Math.min(sentenceEnd, start + maxClauseLength)).replace(/\s+/g, " ").trim();
    if (clause.length > 0) clauses.push({ text: clause, field: field2 });
    from = sentenceEnd;
  }
  return clauses;
}
function findSentenceEnd(text5, from) {
  for (let i = from; i < text5.length; i += 1) {
    const c = text5.charCodeAt(i);
    if ((c === 46 || c === 33 || c === 63) && (i + 1 === text5.length || isSpace(text5.charCodeAt(i + 1))))
      return i;
    if (c === 10 && i + 1 < text5.length && (text5.charCodeAt(i + 1) === 10 || text5.charCodeAt(i + 1) === 13 && text5.charCodeAt(i + 2) === 10)) {
      return i;
    }
  }
  return text5.length;
}
function isWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

// src/core/link/backlog-reference.ts
function normalizeBacklogRef(ref, aliases) {
  const qualified = /^([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)#(\d+)$/.exec(ref);
  if (qualified?.[1] !== void 0 && aliases.some((a) => a.toLowerCase() === qualified[1]?.toLowerCase())) {
    return `#${qualified[2] ?? ""}`;
  }
  const github = /^https?:\/\/[^/\s]+\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/(?:issues|pull)\/(\d+)(?:[/?#].*)?$/.exec(ref);
  if (github?.[1] !== void 0 && github[2] !== void 0) {
    const repo = github[1];
    return aliases.some((a) => a.toLowerCase() === repo.toLowerCase()) ? `#${github[2]}` : `${repo}#${github[2]}`;
  }
  const azure = /^https?:\/\/[^\s]+\/_workitems\/edit\/(\d+)(?:[/?#].*)?$/.exec(ref);
  if (azure?.[1] !== void 0) return `AB#${azure[1]}`;
  return ref;
}

// src/core/link/resolve-links.ts
var threatIdShape = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*@[A-Za-z0-9][A-Za-z0-9._-]*$/;
var mitigationIdShape = /^M-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
var eventIdShape = /^EV-[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
var labelPrefixes = {
  threat: "threat",
  mitigation: "mitigation",
  requirement: "requirement",
  event: "event"
};
var tokenPattern = /[A-Za-z0-9][A-Za-z0-9._@-]*/g;
function resolveLinks2(input) {
  const { model, kb, items, aliases } = input;
  const itemsById = new Map(items.map((item) => [item.id, item]));
  const byUrl = new Map(items.filter((i) => i.url !== void 0).map((i) => [i.url ?? "", i.id]));
  const resolveRef = (ref) => byUrl.get(ref) ?? normalizeBacklogRef(ref, aliases);
  const known = {
    threat: new Set(input.fullExpansion.threats.map((t) => t.id)),
    mitigation: /* @__PURE__ */ new Set([...kb.mitigationTypes.map((m) => m.id), ...Object.keys(model.mitigations ?? {})]),
    requirement: new Set((model.requirements ?? []).map((r) => r.id)),
    event: /* @__PURE__ */ new Set([...kb.events.map((e) => e.id), ...Object.keys(model.events ?? {})])
  };
  const itemsFor = {
    threat: /* @__PURE__ */ new Map(),
    mitigation: /* @__PURE__ */ new Map(),
    requirement: /* @__PURE__ */ new Map(),
    event: /* @__PURE__ */ new Map()
  };
  const linkedFrom = /* @__PURE__ */ new Map();
  const link = (kind, id2, itemId) => {
    addTo(itemsFor[kind], id2, itemId);
    let entry2 = linkedFrom.get(itemId);
    if (!entry2) {
      entry2 = { threat: /* @__PURE__ */ new Set(), mitigation: /* @__PURE__ */ new Set(), requirement: /* @__PURE__ */ new Set(), event: /* @__PURE__ */ new Set() };
      linkedFrom.set(itemId, entry2);
    }
    entry2[kind].add(id2);
  };
  const modelReferences = collectModelReferences(model, resolveRef);
  for (const reference2 of modelReferences) {
    if (reference2.kind === "story") continue;
    link(reference2.kind, reference2.owner, reference2.itemId);
  }
  for (const story of model.stories ?? []) {
    const itemId = resolveRef(story.backlog);
    for (const threat of story.threats ?? []) link("threat", threat, itemId);
    for (const requirement of story.requirements ?? []) link("requirement", requirement, itemId);
  }
  const threatTypes = new Set(kb.threatTypes.map((t) => t.id));
  const elements = /* @__PURE__ */ new Set([...model.components.map((c) => c.id), ...(model.flows ?? []).map((f) => f.id)]);
  const unknownMentions = [];
  const withoutClauses = /* @__PURE__ */ new Map();
  const stories = /* @__PURE__ */ new Set();
  for (const item of items) {
    const seen = /* @__PURE__ */ new Set();
    const mention = (id2, where2, forced) => {
      const kind = forced ?? kindOf2(id2, known);
      if (kind && known[kind].has(id2)) link(kind, id2, item.id);
      else if ((forced || plausiblyOurs(id2, known, threatTypes, elements)) && !seen.has(id2)) {
        seen.add(id2);
        unknownMentions.push({ itemId: item.id, id: id2, where: where2 });
      }
    };
    for (const label2 of item.labels) {
      const colon = label2.indexOf(":");
      const kind = colon > 0 ? labelPrefixes[label2.slice(0, colon).trim().toLowerCase()] : void 0;
      if (kind) mention(label2.slice(colon + 1).trim(), "label", kind);
    }
    for (const [where2, text5] of [
      ["title", item.title],
      ["body", item.body]
    ]) {
      for (const match of text5.matchAll(tokenPattern)) mention(match[0].replace(/[.-]+$/, ""), where2);
    }
    const clauses = [
      ...findWithoutClauses(item.title, "title", input.withoutKeyword),
      ...findWithoutClauses(item.body, "body", input.withoutKeyword)
    ];
    if (clauses.length > 0) withoutClauses.set(item.id, clauses);
    if (isStory(item) || clauses.length > 0) stories.add(item.id);
  }
  return {
    items: itemsById,
    modelReferences,
    itemsFor,
    linkedFrom,
    unknownMentions,
    withoutClauses,
    stories
  };
}
function kindOf2(id2, known) {
  for (const kind of ["threat", "mitigation", "requirement", "event"])
    if (known[kind].has(id2)) return kind;
  if (threatIdShape.test(id2)) return "threat";
  if (mitigationIdShape.test(id2)) return "mitigation";
  if (eventIdShape.test(id2)) return "event";
  return void 0;
}
function plausiblyOurs(id2, known, threatTypes, elements) {
  if (threatIdShape.test(id2)) {
    const at = id2.indexOf("@");
    return threatTypes.has(id2.slice(0, at)) || elements.has(id2.slice(at + 1));
  }
  if (mitigationIdShape.test(id2)) return suggestId(id2, known.mitigation) !== void 0;
  if (eventIdShape.test(id2)) return suggestId(id2, known.event) !== void 0;
  return false;
}
function addTo(map, key, value) {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, /* @__PURE__ */ new Set([value]));
}
function collectModelReferences(model, resolveRef) {
  const out = [];
  const add = (kind, owner, refs, pointer, element) => {
    for (const [j, ref] of (refs ?? []).entries()) {
      const reference2 = {
        kind,
        owner,
        ref,
        itemId: resolveRef(ref),
        pointer: `${pointer}/${j}`
      };
      if (element !== void 0) reference2.element = element;
      out.push(reference2);
    }
  };
  for (const [id2, decision] of Object.entries(model.mitigations ?? {})) {
    const pointer = childPointer("/mitigations", id2);
    add("mitigation", id2, decision.backlog, `${pointer}/backlog`);
    for (const [element, place] of Object.entries(decision.except ?? {})) {
      add("mitigation", id2, place.backlog, `${childPointer(`${pointer}/except`, element)}/backlog`, element);
    }
  }
  for (const [i, requirement] of (model.requirements ?? []).entries())
    add("requirement", requirement.id, requirement.backlog, `/requirements/${i}/backlog`);
  for (const [i, threat] of (model.threats ?? []).entries())
    add("threat", threat.id, threat.backlog, `/threats/${i}/backlog`);
  for (const [id2, event2] of Object.entries(model.events ?? {}))
    add("event", id2, event2.backlog, `${childPointer("/events", id2)}/backlog`);
  for (const [i, story] of (model.stories ?? []).entries()) {
    out.push({
      kind: "story",
      owner: story.backlog,
      ref: story.backlog,
      itemId: resolveRef(story.backlog),
      pointer: `/stories/${i}/backlog`
    });
  }
  return out;
}

// src/core/analyse.ts
function analyseLoaded(loaded, options) {
  const raw = [...loaded.findings, ...options.findings ?? []];
  const analysis = {};
  if (loaded.model) {
    const model = loaded.model;
    analysis.model = model;
    const context = {
      model,
      index: loaded.index,
      ids: indexModelIds(model)
    };
    const knowledge = options.knowledge;
    if (knowledge) {
      const expansion = expandModel(model, knowledge.kb, knowledge.profile);
      const fullExpansion = knowledge.profile === "full" ? expansion : expandModel(model, knowledge.kb, "full");
      context.knowledge = { kb: knowledge.kb, expansion, fullExpansion, pin: knowledge.pin };
      if (knowledge.newest) context.knowledge.upgrade = describeUpgrade(model, knowledge, expansion);
      analysis.kb = knowledge.kb;
      analysis.expansion = expansion;
      const backlog = options.backlog;
      if (backlog) {
        const links = resolveLinks2({
          model,
          kb: knowledge.kb,
          fullExpansion,
          items: backlog.items,
          aliases: backlog.aliases,
          ...options.config.withoutKeyword === void 0 ? {} : { withoutKeyword: options.config.withoutKeyword }
        });
        context.alignment = {
          source: backlog.source,
          withoutKeyword: options.config.withoutKeyword ?? "WITHOUT",
          items: backlog.items,
          links
        };
        analysis.links = links;
      }
    }
    for (const check of checks) {
      for (const draft of check.run(context))
        raw.push({ ...draft, check: check.id, severity: check.defaultSeverity });
    }
  }
  const configured = applyConfig(raw, options.config, catalogue, options.today);
  const findings = orderFindings(configured.findings);
  return { ...analysis, findings, suppressed: configured.suppressed, counts: countFindings(findings) };
}
function describeUpgrade(model, knowledge, current) {
  const newest = knowledge.newest;
  if (!newest) return void 0;
  const next = expandModel(model, newest, knowledge.profile);
  const before = new Set(current.threats.map((t) => t.id));
  const after2 = new Set(next.threats.map((t) => t.id));
  return {
    from: `${knowledge.kb.name}@${knowledge.kb.version}`,
    to: `${newest.name}@${newest.version}`,
    added: [...after2].filter((id2) => !before.has(id2)),
    removed: [...before].filter((id2) => !after2.has(id2))
  };
}

// src/core/kb/kb-files.ts
function compareVersions(a, b) {
  const [coreA = "", preA] = a.split("-", 2);
  const [coreB = "", preB] = b.split("-", 2);
  const partsA = coreA.split(".").map(Number);
  const partsB = coreB.split(".").map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (preA === preB) return 0;
  if (preA === void 0) return 1;
  if (preB === void 0) return -1;
  return preA < preB ? -1 : 1;
}

// src/core/kb/resolve-kb.ts
import { posix } from "node:path";

// src/core/kb/canonical-hash.ts
import { createHash as createHash2 } from "node:crypto";
function hashKnowledgeBase(kb) {
  return createHash2("sha256").update(canonicalJson(kb)).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([key, item]) => item !== void 0 && key !== "sha256").sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/core/kb/kb-schema.ts
var kebabId = {
  type: "string",
  pattern: "^[a-z][a-z0-9-]*$",
  description: "a kebab-case id, such as web-app"
};
var threatTypeId = {
  type: "string",
  pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$",
  description: "a threat type id in capitals, such as SQLI or SPOOF-USER"
};
var mitigationTypeId = {
  type: "string",
  pattern: "^M-[A-Z0-9]+(-[A-Z0-9]+)*$",
  description: "a mitigation type id, such as M-PARAMETERIZED-QUERIES"
};
var eventId2 = {
  type: "string",
  pattern: "^EV-[A-Z0-9]+(-[A-Z0-9]+)*$",
  description: "an event id, such as EV-AUTHN-LOGIN-FAIL"
};
var questionId = {
  type: "string",
  pattern: "^Q-[A-Z0-9]+(-[A-Z0-9]+)*$",
  description: "a question id, such as Q-AUTHN-INBOUND"
};
var text3 = { type: "string", minLength: 1 };
var stride = { enum: ["S", "T", "R", "I", "D", "E"] };
var strideList = { type: "array", items: stride, minItems: 1, uniqueItems: true };
var scalar = { type: ["string", "number", "boolean"] };
var propertyName = {
  type: "string",
  pattern: "^[A-Za-z][A-Za-z0-9_-]*$",
  description: "a property name, or one of the built-in fields: id, type, protocol, boundary"
};
var predicate = {
  type: "object",
  minProperties: 1,
  maxProperties: 1,
  additionalProperties: false,
  description: "a predicate with exactly one operator",
  properties: {
    all: { type: "array", minItems: 1, items: { $ref: "#/definitions/predicate" } },
    any: { type: "array", minItems: 1, items: { $ref: "#/definitions/predicate" } },
    not: { $ref: "#/definitions/predicate" },
    typeIs: {
      anyOf: [kebabId, { type: "array", minItems: 1, items: kebabId }],
      description: "the component (or, on a flow, neither end) is of this type or a type that extends it"
    },
    property: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      minProperties: 2,
      maxProperties: 2,
      description: "a test of one property: eq, ne, in, exists, or an ordered comparison over a declared order",
      properties: {
        name: propertyName,
        eq: scalar,
        ne: scalar,
        in: { type: "array", minItems: 1, items: scalar },
        exists: { type: "boolean" },
        gt: scalar,
        gte: scalar,
        lt: scalar,
        lte: scalar
      }
    },
    data: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      description: "the highest classification of the data the element handles, compared over the classification order",
      properties: {
        exists: { type: "boolean" },
        gt: { enum: ["public", "internal", "confidential", "restricted"] },
        gte: { enum: ["public", "internal", "confidential", "restricted"] },
        lt: { enum: ["public", "internal", "confidential", "restricted"] },
        lte: { enum: ["public", "internal", "confidential", "restricted"] }
      }
    },
    source: {
      $ref: "#/definitions/predicate",
      description: "flows only: the component the flow leaves matches"
    },
    target: {
      $ref: "#/definitions/predicate",
      description: "flows only: the component the flow reaches matches"
    },
    crossesBoundary: { type: "boolean", description: "flows only: its two ends sit in different boundaries" },
    entersBoundary: {
      $ref: "#/definitions/boundaryMatch",
      description: "flows only: the target sits inside a matching boundary that the source is outside of"
    },
    exitsBoundary: {
      $ref: "#/definitions/boundaryMatch",
      description: "flows only: the source sits inside a matching boundary that the target is outside of"
    },
    incoming: {
      $ref: "#/definitions/predicate",
      description: "components only: at least one flow reaching the component matches"
    },
    outgoing: {
      $ref: "#/definitions/predicate",
      description: "components only: at least one flow leaving the component matches"
    }
  }
};
var boundaryMatch = {
  type: "object",
  additionalProperties: false,
  description: "which boundaries count: {} for any, or those of a kind (boundaries[].kind in the model)",
  properties: { kind: text3 }
};
var references2 = {
  type: "object",
  additionalProperties: false,
  properties: {
    capec: { type: "array", items: { type: "integer", minimum: 1 }, uniqueItems: true },
    cwe: { type: "array", items: { type: "integer", minimum: 1 }, uniqueItems: true },
    owasp: { type: "array", items: text3, uniqueItems: true, description: "such as A03:2021 or API1:2023" }
  }
};
var propertyDeclaration = {
  type: "object",
  additionalProperties: false,
  required: ["description"],
  properties: {
    description: text3,
    type: { enum: ["string", "number", "boolean", "list"] },
    values: { type: "array", items: scalar, minItems: 1, uniqueItems: true },
    ordered: { type: "boolean", description: "values are listed from lowest to highest, for gt/gte/lt/lte" }
  }
};
var kbSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:threat-align:schema:kb:v1",
  title: "threat-align knowledge-base file",
  type: "object",
  additionalProperties: false,
  definitions: { predicate, boundaryMatch },
  properties: {
    knowledgeBase: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      description: "the manifest: exactly one file of a knowledge base carries it (kb.yaml)",
      properties: {
        name: kebabId,
        version: { type: "string", pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$" },
        description: text3,
        extends: {
          type: "string",
          pattern: "^([a-z0-9][a-z0-9-]*@[0-9]+\\.[0-9]+\\.[0-9]+|\\.{0,2}/.+)$",
          description: "a knowledge base this one adds to: name@version of a shipped one, or a path"
        },
        remove: {
          type: "array",
          uniqueItems: true,
          items: { type: "string", minLength: 1 },
          description: "ids of entries of the extended knowledge base to leave out"
        }
      }
    },
    properties: {
      type: "object",
      description: "the properties that rules read, declared once with their meaning and values",
      propertyNames: propertyName,
      additionalProperties: propertyDeclaration
    },
    componentTypes: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name"],
        properties: {
          id: kebabId,
          name: text3,
          description: text3,
          extends: kebabId,
          abstract: { type: "boolean" },
          element: {
            enum: ["process", "data-store", "external-entity"],
            description: "the data-flow-diagram element kind; inherited when not given"
          },
          stride: {
            ...strideList,
            description: "STRIDE-per-element: the categories that apply; inherited when not given"
          },
          override: { type: "boolean", description: "replaces an entry of the extended knowledge base" }
        }
      }
    },
    threatTypes: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name", "description", "stride", "severity", "appliesTo", "rule", "mitigations"],
        properties: {
          id: threatTypeId,
          name: text3,
          description: text3,
          stride: strideList,
          severity: { enum: ["low", "medium", "high", "critical"] },
          top: { type: "boolean" },
          appliesTo: { enum: ["component", "flow"] },
          rule: { $ref: "#/definitions/predicate" },
          mitigations: {
            type: "array",
            minItems: 1,
            items: {
              type: "object",
              additionalProperties: false,
              required: ["id", "strength"],
              properties: { id: mitigationTypeId, strength: { enum: ["weak", "medium", "strong"] } }
            }
          },
          events: { type: "array", items: eventId2, uniqueItems: true },
          references: references2,
          withoutPhrases: {
            type: "array",
            items: text3,
            description: "how WITHOUT clauses of user stories typically say this threat"
          },
          override: { type: "boolean" }
        }
      }
    },
    mitigationTypes: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name", "description", "control", "cost"],
        properties: {
          id: mitigationTypeId,
          name: text3,
          description: text3,
          control: { enum: ["preventive", "detective", "corrective", "deterrent", "recovery"] },
          cost: { enum: ["low", "medium", "high"] },
          top: { type: "boolean" },
          references: references2,
          override: { type: "boolean" }
        }
      }
    },
    events: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "name", "description", "level", "threshold"],
        properties: {
          id: eventId2,
          name: {
            type: "string",
            pattern: "^[a-z][a-z0-9_]*(:[a-z0-9_,]+)?$",
            description: "the event name, after the OWASP logging vocabulary where one fits, such as authn_login_fail"
          },
          description: text3,
          level: { enum: ["INFO", "WARN", "CRITICAL"] },
          threshold: {
            type: "object",
            additionalProperties: false,
            required: ["count", "window", "per"],
            description: "a suggested alert: count events per subject within a window",
            properties: {
              count: { type: "integer", minimum: 1 },
              window: { type: "string", pattern: "^[0-9]+(s|m|h|d)$" },
              per: { enum: ["user", "source-ip", "session", "client", "component", "tenant"] }
            }
          },
          override: { type: "boolean" }
        }
      }
    },
    questions: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "text", "rationale", "stride", "rule"],
        properties: {
          id: questionId,
          text: text3,
          rationale: text3,
          stride,
          top: { type: "boolean" },
          rule: { $ref: "#/definitions/predicate" },
          override: { type: "boolean" }
        }
      }
    }
  }
};

// src/core/kb/knowledge-base.ts
var entrySections = [
  "componentTypes",
  "threatTypes",
  "mitigationTypes",
  "events",
  "questions"
];

// src/core/kb/validate-kb.ts
var builtInFields = {
  component: ["id", "type", "boundary"],
  flow: ["id", "protocol"]
};
function validateKnowledgeBase(kb, origins) {
  const findings = [];
  const report = (key, suffix, message, hint, part = "value") => {
    const origin = origins.get(key);
    if (!origin) return;
    const pointer = `${origin.pointer}${suffix}`;
    findings.push({
      check: "TA106",
      severity: "error",
      message,
      location: origin.index.locate(pointer, part),
      hint,
      subject: `kb:${origin.index.file}${pointer}:${message}`
    });
  };
  const types = new Map(kb.componentTypes.map((t) => [t.id, t]));
  for (const type of kb.componentTypes) {
    const key = `componentTypes:${type.id}`;
    if (type.extends !== void 0 && !types.has(type.extends)) {
      report(
        key,
        "/extends",
        `component type "${type.id}" extends "${type.extends}", which is not a component type`,
        "Write the id of a component type of this knowledge base."
      );
      continue;
    }
    const chain = [type.id];
    let parent = type.extends;
    while (parent !== void 0 && !chain.includes(parent)) {
      chain.push(parent);
      parent = types.get(parent)?.extends;
    }
    if (parent !== void 0) {
      report(
        key,
        "/extends",
        `component type "${type.id}" inherits from itself: ${[...chain, parent].join(" \u2192 ")}`,
        "Break the loop: one type of the chain must extend nothing."
      );
      continue;
    }
    if (!type.abstract && !chain.some((id2) => types.get(id2)?.element !== void 0)) {
      report(
        key,
        "",
        `component type "${type.id}" has no element kind, neither its own nor inherited`,
        'Add "element: process" (or data-store, external-entity) to it or to a type it extends.'
      );
    }
  }
  const mitigations = new Set(kb.mitigationTypes.map((m) => m.id));
  const events = new Set(kb.events.map((e) => e.id));
  for (const threat of kb.threatTypes) {
    const key = `threatTypes:${threat.id}`;
    for (const [i, mitigation] of threat.mitigations.entries()) {
      if (!mitigations.has(mitigation.id)) {
        report(
          key,
          `/mitigations/${i}/id`,
          `threat type "${threat.id}" names mitigation type "${mitigation.id}", which does not exist`,
          "Write the id of a mitigation type of this knowledge base, or add that mitigation type."
        );
      }
    }
    for (const [i, event2] of (threat.events ?? []).entries()) {
      if (!events.has(event2)) {
        report(
          key,
          `/events/${i}`,
          `threat type "${threat.id}" names event "${event2}", which does not exist`,
          "Write the id of an event of this knowledge base, or add that event."
        );
      }
    }
    for (const problem of checkRule(threat.rule, threat.appliesTo, "/rule", kb, types)) {
      report(key, problem.pointer, problem.message, problem.hint, problem.part);
    }
  }
  for (const question of kb.questions) {
    for (const problem of checkRule(question.rule, "component", "/rule", kb, types)) {
      report(`questions:${question.id}`, problem.pointer, problem.message, problem.hint, problem.part);
    }
  }
  return findings;
}
function checkRule(rule, context, pointer, kb, types) {
  const problems = [];
  const visit2 = (predicate2, where2, at) => {
    const misplaced = (operator, only) => {
      problems.push({
        pointer: `${at}/${operator}`,
        part: "key",
        message: `"${operator}" holds only on ${only === "flow" ? "flows" : "components"}, but here it is evaluated on a ${where2}`,
        hint: only === "flow" ? "On a component, use incoming: or outgoing: to reach its flows." : "On a flow, use source: or target: to reach its components."
      });
    };
    if ("all" in predicate2) {
      for (const [i, p] of predicate2.all.entries()) visit2(p, where2, `${at}/all/${i}`);
    } else if ("any" in predicate2) {
      for (const [i, p] of predicate2.any.entries()) visit2(p, where2, `${at}/any/${i}`);
    } else if ("not" in predicate2) visit2(predicate2.not, where2, `${at}/not`);
    else if ("typeIs" in predicate2) {
      if (where2 !== "component") misplaced("typeIs", "component");
      const ids2 = Array.isArray(predicate2.typeIs) ? predicate2.typeIs : [predicate2.typeIs];
      ids2.forEach((id2, i) => {
        if (!types.has(id2)) {
          problems.push({
            pointer: Array.isArray(predicate2.typeIs) ? `${at}/typeIs/${i}` : `${at}/typeIs`,
            message: `typeIs names "${id2}", which is not a component type`,
            hint: "Write the id of a component type of this knowledge base."
          });
        }
      });
    } else if ("property" in predicate2)
      problems.push(...checkPropertyTest(predicate2.property, where2, `${at}/property`, kb.properties));
    else if ("source" in predicate2) {
      if (where2 !== "flow") misplaced("source", "flow");
      visit2(predicate2.source, "component", `${at}/source`);
    } else if ("target" in predicate2) {
      if (where2 !== "flow") misplaced("target", "flow");
      visit2(predicate2.target, "component", `${at}/target`);
    } else if ("crossesBoundary" in predicate2) {
      if (where2 !== "flow") misplaced("crossesBoundary", "flow");
    } else if ("entersBoundary" in predicate2) {
      if (where2 !== "flow") misplaced("entersBoundary", "flow");
    } else if ("exitsBoundary" in predicate2) {
      if (where2 !== "flow") misplaced("exitsBoundary", "flow");
    } else if ("incoming" in predicate2) {
      if (where2 !== "component") misplaced("incoming", "component");
      visit2(predicate2.incoming, "flow", `${at}/incoming`);
    } else if ("outgoing" in predicate2) {
      if (where2 !== "component") misplaced("outgoing", "component");
      visit2(predicate2.outgoing, "flow", `${at}/outgoing`);
    }
  };
  visit2(rule, context, pointer);
  return problems;
}
var orderedOperators = ["gt", "gte", "lt", "lte"];
function checkPropertyTest(test, where2, at, properties2) {
  if (builtInFields[where2].includes(test.name)) {
    const declared = properties2[test.name];
    return declared ? checkValues(test, declared, at) : [];
  }
  const declaration = properties2[test.name];
  if (!declaration) {
    return [
      {
        pointer: `${at}/name`,
        message: `property "${test.name}" is not declared in the knowledge base's properties`,
        hint: `Declare it under properties: with its description and values, or use a declared property.`
      }
    ];
  }
  return checkValues(test, declaration, at);
}
function checkValues(test, declaration, at) {
  const problems = [];
  for (const operator of orderedOperators) {
    if (test[operator] === void 0) continue;
    const numeric = declaration.type === "number" && typeof test[operator] === "number";
    if (!numeric && declaration.ordered !== true) {
      problems.push({
        pointer: `${at}/${operator}`,
        message: `"${operator}" compares over an order, but property "${test.name}" declares none`,
        hint: 'Add "ordered: true" to the property (its values listed lowest first), or use eq / in.'
      });
    }
  }
  const compared = [];
  for (const operator of ["eq", "ne", ...orderedOperators]) {
    const value = test[operator];
    if (value !== void 0) compared.push([operator, value]);
  }
  (test.in ?? []).forEach((value, i) => compared.push([`in/${i}`, value]));
  for (const [operator, value] of compared) {
    const problem = valueProblem(value, declaration);
    if (problem)
      problems.push({
        pointer: `${at}/${operator}`,
        message: `property "${test.name}": ${problem}`,
        hint: "Write a value the property declares."
      });
  }
  return problems;
}
function valueProblem(value, declaration) {
  if (declaration.values && !declaration.values.includes(value)) {
    return `${JSON.stringify(value)} is not one of its declared values (${declaration.values.join(", ")})`;
  }
  const type = declaration.type;
  if (type === "boolean" && typeof value !== "boolean")
    return `${JSON.stringify(value)} is not true or false`;
  if (type === "number" && typeof value !== "number") return `${JSON.stringify(value)} is not a number`;
  if (type === "string" && typeof value !== "string") return `${JSON.stringify(value)} is not a string`;
  return void 0;
}

// src/core/kb/load-kb.ts
function originKey(section, id2) {
  return `${section}:${id2}`;
}
var fail = (findings, origin, message, hint, part = "value") => {
  findings.push({
    check: "TA106",
    severity: "error",
    message,
    location: origin.index.locate(origin.pointer, part),
    hint,
    subject: `kb:${origin.index.file}${origin.pointer}:${message}`
  });
};
function readManifest(files) {
  const loaded = parseFiles(files);
  if (loaded.findings.length > 0) return { findings: loaded.findings };
  return findManifest(loaded.files, files);
}
function loadKnowledgeBase(files, base) {
  const parsed = parseFiles(files);
  if (parsed.findings.length > 0) return { findings: parsed.findings };
  const { manifest, findings } = findManifest(parsed.files, files);
  if (!manifest) return { findings };
  const manifestOrigin = parsed.files.find((f) => f.value.knowledgeBase)?.origin("/knowledgeBase");
  const origins = new Map(base?.origins);
  const sections = /* @__PURE__ */ new Map();
  for (const section of entrySections) {
    const entries = /* @__PURE__ */ new Map();
    for (const entry2 of base?.kb[section] ?? []) entries.set(entry2.id, entry2);
    sections.set(section, entries);
  }
  const properties2 = { ...base?.kb.properties };
  for (const id2 of manifest.remove ?? []) {
    const section = entrySections.find((s) => sections.get(s)?.has(id2));
    const at = (manifest.remove ?? []).indexOf(id2);
    if (!base || !section) {
      fail(
        findings,
        { index: manifestOrigin.index, pointer: `/knowledgeBase/remove/${at}` },
        `"${id2}" is not an entry of ${base ? `${base.kb.name}@${base.kb.version}` : "an extended knowledge base"}, so it cannot be removed`,
        base ? "Remove it from the list, or correct the id." : 'Add "extends:" to the manifest, or drop "remove:".'
      );
      continue;
    }
    sections.get(section)?.delete(id2);
    origins.delete(originKey(section, id2));
  }
  const ownIds = /* @__PURE__ */ new Map();
  for (const file of parsed.files) {
    for (const [name, declaration] of Object.entries(file.value.properties ?? {})) {
      properties2[name] = declaration;
      origins.set(originKey("properties", name), file.origin(childPointer("/properties", name)));
    }
    for (const section of entrySections) {
      for (const [i, entry2] of (file.value[section] ?? []).entries()) {
        const origin = file.origin(`/${section}/${i}`);
        const idOrigin = { index: origin.index, pointer: `${origin.pointer}/id` };
        const previous = ownIds.get(entry2.id);
        if (previous) {
          const at = previous.index.locate(previous.pointer);
          fail(
            findings,
            idOrigin,
            `"${entry2.id}" is defined twice (first at ${at.file}:${at.line}:${at.column})`,
            "Remove or rename one of the two entries."
          );
          continue;
        }
        ownIds.set(entry2.id, idOrigin);
        const entries = sections.get(section);
        const inBase = entries.has(entry2.id);
        if (inBase && entry2.override !== true) {
          fail(
            findings,
            idOrigin,
            `"${entry2.id}" is already defined by ${describeBase(base)}`,
            'Add "override: true" to replace it, or choose another id.'
          );
          continue;
        }
        if (!inBase && entry2.override === true) {
          fail(
            findings,
            idOrigin,
            `"${entry2.id}" overrides nothing: ${describeBase(base)} has no such entry`,
            'Remove "override: true", or correct the id.'
          );
          continue;
        }
        const { override: _override, ...plain } = entry2;
        entries.set(entry2.id, plain);
        origins.set(originKey(section, entry2.id), origin);
      }
    }
  }
  const unhashed = {
    name: manifest.name,
    version: manifest.version,
    ...manifest.description === void 0 ? {} : { description: manifest.description },
    properties: sortKeys(properties2),
    componentTypes: sortedEntries(sections.get("componentTypes")),
    threatTypes: sortedEntries(sections.get("threatTypes")),
    mitigationTypes: sortedEntries(sections.get("mitigationTypes")),
    events: sortedEntries(sections.get("events")),
    questions: sortedEntries(sections.get("questions"))
  };
  const kb = { ...unhashed, sha256: hashKnowledgeBase(unhashed) };
  findings.push(...validateKnowledgeBase(kb, origins));
  if (findings.length > 0) return { findings };
  const manifestOut = { name: manifest.name, version: manifest.version };
  if (manifest.extends !== void 0) manifestOut.extends = manifest.extends;
  if (manifest.remove !== void 0) manifestOut.remove = manifest.remove;
  return { loaded: { kb, origins, manifest: manifestOut, manifestOrigin }, findings };
}
function parseFiles(files) {
  const findings = [];
  const parsedFiles = [];
  for (const file of [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) {
    const parsed = parseSourceDocument(file.path, file.text);
    const problems = parsed.findings.map((f) => ({ ...f, check: "TA106" }));
    if (problems.length === 0 && parsed.value !== void 0 && parsed.value !== null) {
      problems.push(
        ...validateDocument(parsed.value, kbSchema, parsed.index, {
          check: "TA106",
          what: `kb:${file.path}`
        })
      );
    }
    findings.push(...problems);
    if (problems.length === 0 && parsed.value !== void 0 && parsed.value !== null) {
      parsedFiles.push({
        value: parsed.value,
        origin: (pointer) => ({ index: parsed.index, pointer })
      });
    }
  }
  return { files: parsedFiles, findings };
}
function findManifest(parsed, files) {
  const findings = [];
  const withManifest = parsed.filter((f) => f.value.knowledgeBase !== void 0);
  if (withManifest.length === 0) {
    const where2 = files[0]?.path ?? "the knowledge-base folder";
    findings.push({
      check: "TA106",
      severity: "error",
      message: `no manifest: none of the ${files.length} knowledge-base files says "knowledgeBase: { name, version }"`,
      location: { file: where2, line: 1, column: 1 },
      hint: "Add a kb.yaml with knowledgeBase: { name: acme, version: 1.0.0 }.",
      subject: `kb-manifest:${where2}`
    });
    return { findings };
  }
  for (const extra of withManifest.slice(1)) {
    fail(
      findings,
      extra.origin("/knowledgeBase"),
      'a second manifest: a knowledge base has exactly one "knowledgeBase:" section',
      "Keep the manifest in kb.yaml only.",
      "key"
    );
  }
  return findings.length > 0 ? { findings } : { manifest: withManifest[0]?.value.knowledgeBase, findings };
}
function describeBase(base) {
  return base ? `${base.kb.name}@${base.kb.version}` : "this knowledge base";
}
function sortedEntries(entries) {
  return [...entries?.values() ?? []].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

// src/core/kb/resolve-kb.ts
var maxExtendsDepth = 8;
var shippedPattern = /^([a-z0-9][a-z0-9-]*)@(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
function parseShippedReference(use) {
  const match = shippedPattern.exec(use);
  return match?.[1] !== void 0 && match[2] !== void 0 ? { name: match[1], version: match[2] } : void 0;
}
async function resolveKnowledgeBase(use, store2, relativeTo = ".", chain = []) {
  const shipped = parseShippedReference(use);
  const key = shipped ? use : posix.normalize(posix.join(relativeTo, use));
  if (chain.includes(key)) {
    return {
      findings: [],
      problem: {
        check: "TA106",
        message: `knowledge bases extend each other in a loop: ${[...chain, key].join(" \u2192 ")}`,
        hint: 'Remove one "extends:" of the loop.'
      }
    };
  }
  if (chain.length >= maxExtendsDepth) {
    return {
      findings: [],
      problem: {
        check: "TA106",
        message: `knowledge bases extend each other more than ${maxExtendsDepth} levels deep`,
        hint: 'Flatten the chain of "extends:".'
      }
    };
  }
  let files;
  if (shipped) {
    files = await store2.readShipped(shipped.name, shipped.version);
    if (!files) {
      const versions = (await store2.shippedVersions(shipped.name)).sort(compareVersions);
      const message = versions.length > 0 ? `knowledge base ${use} is not shipped with this threat-align (shipped: ${versions.map((v) => `${shipped.name}@${v}`).join(", ")})` : `no knowledge base named "${shipped.name}" is shipped with this threat-align`;
      const hint = versions.length > 0 ? `Use ${shipped.name}@${versions.at(-1) ?? ""}, then run threat-align kb pin.` : "Use core@VERSION, or a path such as ./kb/acme.";
      return { findings: [], problem: { check: "TA104", message, hint } };
    }
  } else {
    const read = await store2.readFolder(key);
    if (!read.ok)
      return {
        findings: [],
        problem: {
          check: "TA106",
          message: read.reason,
          hint: "Give the path of a folder of knowledge-base YAML files, relative to the model."
        }
      };
    files = read.files;
  }
  const { manifest, findings } = readManifest(files);
  if (!manifest) return { findings };
  let base;
  if (manifest.extends !== void 0) {
    const resolvedBase = await resolveKnowledgeBase(manifest.extends, store2, shipped ? "." : key, [
      ...chain,
      key
    ]);
    if (!resolvedBase.loaded) return resolvedBase;
    base = resolvedBase.loaded;
  }
  const loaded = loadKnowledgeBase(files, base);
  return loaded.loaded ? { loaded: loaded.loaded, findings: [] } : { findings: loaded.findings };
}

// src/core/run-pipeline.ts
var defaultKnowledgeBaseName = "core";
async function runPipeline(input, store2) {
  const config = input.config ?? {};
  const loaded = loadModel(input.model.file, input.model.content);
  const model = loaded.model;
  if (!model) return analyseLoaded(loaded, { config, ...today(input) });
  const declared = model.knowledgeBase?.use;
  const use = input.knowledgeBase ?? declared ?? await newestShipped(defaultKnowledgeBaseName, store2);
  const relativeTo = input.knowledgeBase === void 0 ? input.modelFolder ?? "." : ".";
  const resolved = await resolveKnowledgeBase(use, store2, relativeTo);
  const findings = [...resolved.findings];
  if (resolved.problem) {
    const pointer = declared !== void 0 && input.knowledgeBase === void 0 ? "/knowledgeBase/use" : "/schema";
    findings.push({
      check: resolved.problem.check,
      severity: "error",
      message: resolved.problem.message,
      location: loaded.index.locate(pointer, pointer === "/schema" ? "key" : "value"),
      hint: resolved.problem.hint,
      subject: `kb-use:${use}`
    });
  }
  if (!resolved.loaded) return analyseLoaded(loaded, { config, findings, ...today(input) });
  const kb = resolved.loaded.kb;
  const knowledge = {
    kb,
    profile: input.profile ?? model.knowledgeBase?.profile ?? "top",
    pin: {
      use,
      declared: declared !== void 0,
      ...loaded.importedFrom ? { imported: true } : {},
      loaded: { name: kb.name, version: kb.version, sha256: kb.sha256 },
      ...model.knowledgeBase?.sha256 === void 0 ? {} : { pinnedSha256: model.knowledgeBase.sha256 }
    }
  };
  const shipped = parseShippedReference(use);
  if (shipped) {
    const newestVersion = await newestShipped(shipped.name, store2);
    if (compareVersions(newestVersion.split("@")[1] ?? "0.0.0", shipped.version) > 0) {
      const newest = await resolveKnowledgeBase(newestVersion, store2);
      if (newest.loaded) knowledge.newest = newest.loaded.kb;
    }
  }
  const backlog = input.backlog ? await readBacklog(input.backlog) : void 0;
  return analyseLoaded(loaded, {
    config,
    knowledge,
    findings,
    ...backlog ? { backlog } : {},
    ...today(input)
  });
}
async function readBacklog(provider) {
  const items = [];
  for await (const page of provider.pages()) items.push(...page);
  return { source: provider.source, aliases: provider.aliases ?? [], items };
}
async function newestShipped(name, store2) {
  const versions = (await store2.shippedVersions(name)).sort(compareVersions);
  return `${name}@${versions.at(-1) ?? "0.0.0"}`;
}
function today(input) {
  return input.today === void 0 ? {} : { today: input.today };
}

// src/adapters/cli/analysis-inputs.ts
var defaultConfigFile = ".threat-align.yaml";
var profiles = ["top", "full"];
async function analyseFromArgs(command, parsed, io) {
  const { values, positionals } = parsed;
  const profile = typeof values.profile === "string" ? values.profile : void 0;
  const problem = profile !== void 0 && !profiles.includes(profile) ? "--profile must be top or full" : positionals.length > 1 ? `${command} takes one model file` : void 0;
  if (problem !== void 0) {
    io.stderr(`threat-align ${command}: ${problem}
`);
    return void 0;
  }
  const modelFile = positionals[0] ?? "threatmodel.yaml";
  const config = await readConfig(typeof values.config === "string" ? values.config : void 0, io);
  if (config === void 0) return void 0;
  const backlog = typeof values.backlog === "string" ? await readBacklogOption(values.backlog, io) : null;
  if (backlog === void 0) return void 0;
  const model = await io.readFile(modelFile);
  if (!model.ok) {
    io.stderr(`threat-align: ${model.reason}
`);
    return void 0;
  }
  const decoded = decodeText(model.bytes);
  if (!decoded.ok) {
    io.stderr(`${modelFile}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}
`);
    return void 0;
  }
  const analysis = await runPipeline(
    {
      model: { file: modelFile, content: decoded.text },
      config,
      modelFolder: dirname2(modelFile),
      ...typeof values.kb === "string" ? { knowledgeBase: values.kb } : {},
      ...profile === void 0 ? {} : { profile },
      ...backlog === null ? {} : { backlog },
      today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
    },
    io.knowledgeBases
  );
  return { analysis, config, modelFile };
}
async function writeReport(report, output, io, summary) {
  if (output === void 0) {
    io.stdout(report);
    return true;
  }
  const written = await io.writeFile(output, report);
  if (!written.ok) {
    io.stderr(`threat-align: ${written.reason}
`);
    return false;
  }
  io.stderr(`threat-align: wrote ${output} (${summary})
`);
  return true;
}
async function readConfig(explicit, io) {
  const file = explicit ?? defaultConfigFile;
  if (explicit === void 0 && !await io.exists(file)) return {};
  const read = await io.readFile(file);
  if (!read.ok) {
    io.stderr(`threat-align: ${read.reason}
`);
    return void 0;
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    io.stderr(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}
`);
    return void 0;
  }
  const { config, findings } = loadConfig(file, decoded.text);
  if (findings.length === 0) return config;
  reportInvalid(io, "the configuration is invalid", findings);
  return void 0;
}
async function readBacklogOption(option, io) {
  const colon = option.indexOf(":");
  const kind = colon === -1 ? "" : option.slice(0, colon);
  const path = option.slice(colon + 1);
  if (kind !== "file" || path === "") {
    io.stderr(
      `threat-align: --backlog takes file:PATH (a backlog file, schema/backlog.schema.json), not "${option}"
`
    );
    return void 0;
  }
  const read = await io.readFile(path);
  if (!read.ok) {
    io.stderr(`threat-align: ${read.reason}
`);
    return void 0;
  }
  const loaded = loadBacklogFile(path, read.bytes);
  if (!loaded.items) {
    reportInvalid(io, "the backlog file is invalid", loaded.findings);
    return void 0;
  }
  return memoryBacklogProvider(loaded.source ?? `file:${path}`, loaded.items, aliasesOfSource(loaded.source));
}
function reportInvalid(io, title3, findings) {
  io.stderr(`threat-align: ${title3}
${renderText({ findings, counts: countFindings(findings) })}`);
}

// src/adapters/cli/cli-io.ts
var exitCodes = { clean: 0, findings: 1, usage: 2 };

// src/adapters/cli/check-command.ts
var formats = ["text", "json", "markdown", "sarif"];
var failOnValues = ["error", "warning", "note", "never"];
var docsBase = "docs/checks/";
async function runCheck(parsed, io) {
  const { values } = parsed;
  const format = typeof values.format === "string" ? values.format : "text";
  const failOnArg = typeof values["fail-on"] === "string" ? values["fail-on"] : void 0;
  if (!isOneOf(format, formats)) return usageError(io, `--format must be one of ${formats.join(", ")}`);
  if (failOnArg !== void 0 && !isOneOf(failOnArg, failOnValues)) {
    return usageError(io, `--fail-on must be one of ${failOnValues.join(", ")}`);
  }
  const result = await analyseFromArgs("check", parsed, io);
  if (!result) return exitCodes.usage;
  const { analysis, config, modelFile } = result;
  let report;
  switch (format) {
    case "json":
      report = renderJson(analysis, { toolVersion, docsBase });
      break;
    case "sarif":
      report = renderSarif(analysis, { toolVersion, docsBase, modelFile });
      break;
    case "markdown": {
      const mermaid = analysis.model ? renderMermaid(analysis.model, analysis.kb ? { kb: analysis.kb } : {}) : void 0;
      report = renderMarkdown({
        analysis,
        ...mermaid === void 0 ? {} : { mermaid },
        options: { toolVersion, docsBase, marker: "cli" }
      });
      break;
    }
    default:
      report = renderText(analysis);
  }
  const { error, warning, note: note2 } = analysis.counts;
  const output = typeof values.output === "string" ? values.output : void 0;
  const summary = `${plural(error, "error")}, ${plural(warning, "warning")}, ${plural(note2, "note")}`;
  if (!await writeReport(report, output, io, summary)) return exitCodes.usage;
  const failOn = failOnArg ?? config.failOn ?? "error";
  return failsRun(analysis.findings, failOn) ? exitCodes.findings : exitCodes.clean;
}
function usageError(io, message) {
  io.stderr(`threat-align check: ${message}
`);
  return exitCodes.usage;
}
function isOneOf(value, allowed) {
  return allowed.includes(value);
}

// src/core/import/render-native-yaml.ts
var import_yaml4 = __toESM(require_dist(), 1);
var width = 100;
function renderNativeYaml(model, notes, options) {
  const document = new import_yaml4.Document(model);
  compactScalarLists(document.contents);
  const top = [`yaml-language-server: $schema=${options.schemaUrl}`];
  if (options.header && options.header.length > 0)
    top.push("", ...options.header.flatMap((line) => wrap(line)));
  const byNode = /* @__PURE__ */ new Map();
  for (const note2 of notes) {
    const node = commentAnchor(document, note2.pointer);
    const lines = wrap(note2.text);
    if (node) byNode.set(node, [...byNode.get(node) ?? [], ...lines]);
    else top.push(...lines);
  }
  for (const [node, lines] of byNode) node.commentBefore = lines.map((line) => ` ${line}`).join("\n");
  document.commentBefore = top.map((line) => line === "" ? "" : ` ${line}`).join("\n");
  return document.toString({ lineWidth: width, blockQuote: "literal" });
}
function commentAnchor(document, pointer) {
  if (pointer === "") return void 0;
  let current = document.contents;
  let anchor;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if ((0, import_yaml4.isMap)(current)) {
      const pair = current.items.find((item) => (0, import_yaml4.isScalar)(item.key) && String(item.key.value) === token);
      if (!pair || !(0, import_yaml4.isScalar)(pair.key)) break;
      if (!(anchor === current && current.items[0] === pair)) anchor = pair.key;
      current = pair.value;
    } else if ((0, import_yaml4.isSeq)(current) && !current.flow && /^\d+$/.test(token)) {
      const item = current.items[Number(token)];
      if (!(0, import_yaml4.isMap)(item) && !(0, import_yaml4.isSeq)(item) && !(0, import_yaml4.isScalar)(item)) break;
      anchor = item;
      current = item;
    } else {
      break;
    }
  }
  return anchor;
}
function compactScalarLists(node) {
  if ((0, import_yaml4.isSeq)(node)) {
    if (node.items.length > 0 && node.items.every((item) => (0, import_yaml4.isScalar)(item))) node.flow = true;
    else for (const item of node.items) compactScalarLists(item);
  } else if ((0, import_yaml4.isMap)(node)) {
    for (const pair of node.items) compactScalarLists(pair.value);
  }
}
function wrap(text5) {
  const lines = [];
  for (const paragraph of text5.split(/\r?\n/)) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line !== "" && line.length + word.length + 1 > width - 4) {
        lines.push(line);
        line = word;
      } else {
        line = line === "" ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines;
}

// src/adapters/cli/import-command.ts
var schemaUrl = "./node_modules/threat-align/schema/threatmodel.schema.json";
var unparsable = /* @__PURE__ */ new Set(["syntax", "empty", "nesting", "alias", "encoding"]);
async function runImport(parsed, io) {
  const [file, ...extra] = parsed.positionals;
  const output = typeof parsed.values.output === "string" ? parsed.values.output : void 0;
  if (file === void 0 || extra.length > 0)
    return usageError2(io, "import takes one file: threat-align import FILE [--output FILE]");
  if (output === file) return usageError2(io, `--output ${output} would overwrite the file being imported`);
  const read = await io.readFile(file);
  if (!read.ok) return usageError2(io, read.reason);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    io.stderr(`${file}:${decoded.line}:${decoded.column}: error TA101: ${decoded.message}
`);
    return exitCodes.usage;
  }
  const reader = findReader(decoded.text, file);
  if (!reader) return explainUnrecognised(io, file, decoded.text);
  const result = reader.read(file, decoded.text);
  if (!result.model) {
    printFindings(io, result.findings);
    const unreadable = result.findings.some((f) => f.check === "TA101" && unparsable.has(f.subject));
    return unreadable ? exitCodes.usage : exitCodes.findings;
  }
  const yaml = await convert(io, file, reader, result, result.model);
  const invalid = loadModel(output ?? "threatmodel.yaml", yaml).findings;
  if (invalid.length > 0) {
    io.stderr(
      `threat-align import: the converted model does not validate; this is a bug in the ${reader.title} reader
`
    );
    printFindings(io, invalid);
    return exitCodes.findings;
  }
  if (output === void 0) io.stdout(yaml);
  else {
    const written = await io.writeFile(output, yaml);
    if (!written.ok) return usageError2(io, written.reason);
  }
  printFindings(io, result.findings);
  const { components, flows = [], boundaries = [], threats = [] } = result.model;
  io.stderr(
    `threat-align: converted ${file} (${reader.title}): ${components.length} components, ${flows.length} flows, ${boundaries.length} boundaries, ${threats.length} threats${output === void 0 ? "" : `; wrote ${output}`}
`
  );
  return exitCodes.clean;
}
async function convert(io, file, reader, result, model) {
  const notes = [...result.notes];
  const use = await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases);
  const resolved = await resolveKnowledgeBase(use, io.knowledgeBases);
  const { schema, system, ...rest } = model;
  const pinned = resolved.loaded ? { schema, system, knowledgeBase: { use, sha256: resolved.loaded.kb.sha256, profile: "top" }, ...rest } : model;
  if (resolved.loaded)
    notes.push({
      pointer: "/knowledgeBase",
      text: `pinned by threat-align import to ${use}, the newest shipped version`
    });
  const unmapped = result.findings.filter((f) => f.check === "TA107").length;
  return renderNativeYaml(pinned, notes, {
    schemaUrl,
    header: [
      `Converted by threat-align import from ${file} (${reader.title}).`,
      "Comments mark what was inferred rather than read: review them, then delete them.",
      ...unmapped > 0 ? [
        `${unmapped} part(s) could not be mapped (TA107): threat-align import and threat-align check list them.`
      ] : []
    ]
  });
}
function explainUnrecognised(io, file, text5) {
  const parsed = parseSourceDocument(file, text5);
  if (parsed.findings.length > 0) {
    printFindings(io, parsed.findings);
    return exitCodes.usage;
  }
  const schema = typeof parsed.value === "object" && parsed.value !== null && "schema" in parsed.value ? parsed.value.schema : void 0;
  if (typeof schema === "string" && schema.startsWith("threat-align/")) {
    io.stderr(
      `threat-align import: ${file} is already a threat-align model (schema: ${schema}); there is nothing to convert. Check it with: threat-align check ${file}
`
    );
    return exitCodes.usage;
  }
  io.stderr(
    `threat-align import: ${file} is in no format threat-align can import (${modelReaders.map((r) => r.title).join(", ")})
`
  );
  return exitCodes.usage;
}
function printFindings(io, findings) {
  if (findings.length > 0) io.stderr(renderText({ findings, counts: countFindings(findings) }));
}
function usageError2(io, message) {
  io.stderr(`threat-align import: ${message}
`);
  return exitCodes.usage;
}

// src/core/report/render-events.ts
function buildDetectionCatalogue(analysis) {
  const { kb, expansion } = analysis;
  if (!kb || !expansion) return { threats: [], events: [] };
  const events = new Map(kb.events.map((e) => [e.id, e]));
  const threats = [];
  for (const threat of expansion.threats) {
    if (threat.status === "not-applicable") continue;
    const raised = threat.events.map((id2) => events.get(id2)).filter((event2) => event2 !== void 0).map((event2) => catalogueEvent(event2, analysis)).filter((event2) => event2.status !== "not-applicable");
    if (raised.length === 0) continue;
    threats.push({
      id: threat.id,
      title: threat.title,
      element: threat.element,
      severity: threat.severity,
      top: threat.top,
      status: threat.status,
      events: raised,
      mitigations: watchedMitigations(threat, kb)
    });
  }
  return {
    knowledgeBase: { name: kb.name, version: kb.version, sha256: kb.sha256, profile: expansion.profile },
    threats,
    events: eventIndex(threats)
  };
}
function catalogueEvent(event2, analysis) {
  const decision = analysis.model?.events?.[event2.id];
  return {
    id: event2.id,
    name: event2.name,
    level: event2.level,
    description: event2.description,
    threshold: { ...event2.threshold },
    status: decision?.status ?? "proposed",
    backlog: eventBacklog(event2.id, analysis.model, analysis.links)
  };
}
function eventBacklog(id2, model, links) {
  const linked = links?.itemsFor.event.get(id2);
  const items = linked ? [...linked] : model?.events?.[id2]?.backlog ?? [];
  return [...new Set(items)].sort(compareText);
}
function watchedMitigations(threat, kb) {
  const types = new Map(kb.mitigationTypes.map((m) => [m.id, m]));
  return threat.mitigations.map((m) => {
    const type = types.get(m.id);
    return { id: m.id, name: type?.name ?? m.id, control: type?.control ?? null, status: m.status };
  });
}
function eventIndex(threats) {
  const index = /* @__PURE__ */ new Map();
  for (const threat of threats) {
    for (const event2 of threat.events) {
      const entry2 = index.get(event2.id) ?? { ...event2, threats: [] };
      entry2.threats.push(threat.id);
      index.set(event2.id, entry2);
    }
  }
  return [...index.values()].sort((a, b) => compareText(a.id, b.id));
}
function renderEventsJson(analysis) {
  return `${JSON.stringify(buildDetectionCatalogue(analysis), null, 2)}
`;
}
function renderEventsMarkdown(analysis) {
  const catalogue2 = buildDetectionCatalogue(analysis);
  const lines = ["# Detection catalogue", ""];
  const kb = catalogue2.knowledgeBase;
  if (!kb) {
    lines.push(
      "No knowledge base was loaded, so no threat and no event is known: fix the errors of the check run first."
    );
    return `${lines.join("\n")}
`;
  }
  lines.push(
    `${plural(catalogue2.threats.length, "threat")} in scope (${code2(`${kb.name}@${kb.version}`)}, profile ${kb.profile}) ${catalogue2.threats.length === 1 ? "raises" : "raise"} ${plural(catalogue2.events.length, "security event")}.`
  );
  if (catalogue2.threats.length === 0) return `${lines.join("\n")}
`;
  lines.push("", "## Alerts to configure", "");
  lines.push(
    "| Event | Name | Level | Alert at | Status | Detects |",
    "| --- | --- | --- | --- | --- | --- |"
  );
  for (const event2 of catalogue2.events) {
    lines.push(
      row([
        code2(event2.id),
        code2(event2.name),
        event2.level,
        threshold(event2),
        statusWithBacklog(event2),
        event2.threats.map(code2).join(", ")
      ])
    );
  }
  lines.push("", "## By threat");
  for (const threat of catalogue2.threats) {
    lines.push("", `### ${code2(threat.id)} ${text4(threat.title)}`, "");
    lines.push(
      `Severity ${threat.severity}${threat.top ? " (TOP)" : ""}, on ${code2(threat.element)}, status ${threat.status}.`,
      ""
    );
    lines.push("| Event | Name | Level | What happened | Alert at |", "| --- | --- | --- | --- | --- |");
    for (const event2 of threat.events) {
      lines.push(
        row([code2(event2.id), code2(event2.name), event2.level, text4(event2.description), threshold(event2)])
      );
    }
    const watched = threat.mitigations.map(
      (m) => `${code2(m.id)}${m.name === m.id ? "" : ` ${text4(m.name)}`} (${m.status})`
    );
    lines.push(
      "",
      watched.length > 0 ? `Watches: ${watched.join(", ")}.` : "Watches no mitigation: the model lists none for this threat."
    );
  }
  return `${lines.join("\n")}
`;
}
function threshold(event2) {
  const { count, window, per } = event2.threshold;
  return text4(`${count} in ${window} per ${per}`);
}
function statusWithBacklog(event2) {
  return event2.backlog.length > 0 ? `${event2.status} (${event2.backlog.map(reference).join(", ")})` : event2.status;
}
function reference(value) {
  return new RegExp(backlogRefPattern).test(value) && !/[|<>\\`]/.test(value) ? value : text4(value);
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function text4(value) {
  return value.replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>|#~!&]/g, (c) => `\\${c}`);
}
function code2(value) {
  return /^[^`\s|\\]+$/.test(value) ? `\`${value}\`` : text4(value);
}

// src/adapters/cli/events-command.ts
async function runEvents(parsed, io) {
  const format = typeof parsed.values.format === "string" ? parsed.values.format : "markdown";
  if (format !== "markdown" && format !== "json") {
    io.stderr("threat-align events: --format must be markdown or json\n");
    return exitCodes.usage;
  }
  const result = await analyseFromArgs("events", parsed, io);
  if (!result) return exitCodes.usage;
  const { analysis } = result;
  if (!analysis.kb) {
    io.stderr(
      `threat-align events: ${result.modelFile} does not load or its knowledge base does not; run threat-align check first
`
    );
    return exitCodes.findings;
  }
  const report = format === "json" ? renderEventsJson(analysis) : renderEventsMarkdown(analysis);
  const output = typeof parsed.values.output === "string" ? parsed.values.output : void 0;
  const threats = analysis.expansion?.threats.filter((t) => t.events.length > 0).length ?? 0;
  const written = await writeReport(report, output, io, `${plural(threats, "threat")} with events`);
  return written ? exitCodes.clean : exitCodes.usage;
}

// src/adapters/cli/kb-command.ts
import { dirname as dirname3 } from "node:path";

// src/core/kb/diff-expansions.ts
function diffExpansions(before, after2) {
  const setDiff = (a, b) => {
    const seen = new Set(b);
    return a.filter((id2) => !seen.has(id2));
  };
  const threatsBefore = before.threats.map((t) => t.id);
  const threatsAfter = after2.threats.map((t) => t.id);
  const mitigationsBefore = before.mitigations.map((m) => m.id);
  const mitigationsAfter = after2.mitigations.map((m) => m.id);
  return {
    threatsAdded: setDiff(threatsAfter, threatsBefore),
    threatsRemoved: setDiff(threatsBefore, threatsAfter),
    mitigationsAdded: setDiff(mitigationsAfter, mitigationsBefore),
    mitigationsRemoved: setDiff(mitigationsBefore, mitigationsAfter)
  };
}

// src/core/kb/pin-model.ts
var import_yaml5 = __toESM(require_dist(), 1);
function pinModelText(text5, pin) {
  const paste = `knowledgeBase:
  use: ${pin.use}
  sha256: ${pin.sha256}
`;
  const refuse = (reason2) => ({ ok: false, paste, reason: reason2 });
  const document = (0, import_yaml5.parseDocument)(text5, { keepSourceTokens: false });
  if (document.errors.length > 0 || !(0, import_yaml5.isMap)(document.contents))
    return refuse("the model does not parse as a YAML mapping");
  const root = document.contents;
  const edits = [];
  const knowledgeBase = findPair(root, "knowledgeBase");
  if (!knowledgeBase) {
    const schema = findPair(root, "schema");
    const at = schema && (0, import_yaml5.isScalar)(schema.value) && schema.value.range ? lineEnd(text5, schema.value.range[1]) : void 0;
    if (at === void 0 || !/^schema\s*:/m.test(text5.slice(lineStart(text5, at), at))) {
      return refuse('no top-level "schema:" line to add the knowledge base after');
    }
    edits.push({
      start: at,
      end: at,
      insert: `${newline(text5)}${paste.trimEnd().replace(/\n/g, newline(text5))}`
    });
  } else {
    const map = knowledgeBase.value;
    if (!(0, import_yaml5.isMap)(map)) return refuse("knowledgeBase is not a mapping");
    const use = findPair(map, "use");
    if (!use || !(0, import_yaml5.isScalar)(use.value) || !use.value.range) return refuse("knowledgeBase has no use: value");
    if (use.value.value !== pin.use) edits.push(replaceScalar(text5, use.value.range, pin.use));
    const sha = findPair(map, "sha256");
    if (sha && (0, import_yaml5.isScalar)(sha.value) && sha.value.range) {
      if (sha.value.value !== pin.sha256) edits.push(replaceScalar(text5, sha.value.range, pin.sha256));
    } else if (sha) {
      return refuse("knowledgeBase.sha256 is not a plain value");
    } else if (map.flow === true) {
      edits.push({ start: use.value.range[1], end: use.value.range[1], insert: `, sha256: ${pin.sha256}` });
    } else {
      const keyStart = (0, import_yaml5.isScalar)(use.key) && use.key.range ? use.key.range[0] : void 0;
      if (keyStart === void 0) return refuse("cannot tell the indentation of knowledgeBase");
      const indent = " ".repeat(keyStart - lineStart(text5, keyStart));
      const at = lineEnd(text5, use.value.range[1]);
      edits.push({ start: at, end: at, insert: `${newline(text5)}${indent}sha256: ${pin.sha256}` });
    }
  }
  let out = text5;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.insert + out.slice(edit.end);
  return verify(text5, out, pin) ? { ok: true, text: out, changed: out !== text5 } : refuse("the edit could not be verified");
}
function findPair(map, key) {
  return map.items.find((p) => (0, import_yaml5.isPair)(p) && (0, import_yaml5.isScalar)(p.key) && p.key.value === key);
}
function replaceScalar(text5, range, value) {
  const original = text5.slice(range[0], range[1]);
  const quote = original.startsWith('"') ? '"' : original.startsWith("'") ? "'" : "";
  return { start: range[0], end: range[1], insert: `${quote}${value}${quote}` };
}
function lineStart(text5, offset) {
  return text5.lastIndexOf("\n", offset - 1) + 1;
}
function lineEnd(text5, offset) {
  const next = text5.indexOf("\n", offset);
  const end = next === -1 ? text5.length : next;
  return text5[end - 1] === "\r" ? end - 1 : end;
}
function newline(text5) {
  return text5.includes("\r\n") ? "\r\n" : "\n";
}
function verify(before, after2, pin) {
  const parsedAfter = (0, import_yaml5.parseDocument)(after2);
  if (parsedAfter.errors.length > 0) return false;
  const a = (0, import_yaml5.parseDocument)(before).toJS();
  const b = parsedAfter.toJS();
  const kb = b.knowledgeBase;
  if (kb?.use !== pin.use || kb.sha256 !== pin.sha256) return false;
  const strip = (value) => {
    const { knowledgeBase, ...rest } = value;
    const { use: _u, sha256: _s, ...kbRest } = knowledgeBase ?? {};
    return JSON.stringify({ rest, kbRest });
  };
  return strip(a) === strip(b);
}

// src/core/kb/summarize-kb.ts
function summarizeKnowledgeBase(kb) {
  const counts = {};
  for (const section of entrySections) {
    const entries = kb[section];
    counts[section] = { total: entries.length, top: entries.filter((e) => e.top === true).length };
  }
  return { name: kb.name, version: kb.version, sha256: kb.sha256, counts };
}
function renderKnowledgeBaseText(kb) {
  const summary = summarizeKnowledgeBase(kb);
  const lines = [`${kb.name}@${kb.version}  sha256 ${kb.sha256}`];
  if (kb.description !== void 0) lines.push(kb.description);
  const titles = {
    componentTypes: "component types",
    threatTypes: "threat types",
    mitigationTypes: "mitigation types",
    events: "security events",
    questions: "questions"
  };
  for (const section of entrySections) {
    const { total, top } = summary.counts[section];
    lines.push("", `${titles[section]}: ${total}${top > 0 ? ` (${top} TOP)` : ""}`);
    for (const entry2 of kb[section]) {
      const label2 = entry2.name ?? entry2.text ?? "";
      lines.push(
        `  ${entry2.top === true ? "TOP " : "    "}${entry2.id}${entry2.abstract === true ? " (abstract)" : ""} \u2014 ${label2}`
      );
    }
  }
  return `${lines.join("\n")}
`;
}

// src/adapters/cli/kb-command.ts
async function runKb(parsed, io) {
  const [sub, ...rest] = parsed.positionals;
  const kbOption = typeof parsed.values.kb === "string" ? parsed.values.kb : void 0;
  switch (sub) {
    case "show":
      return showKb(rest, parsed.values.format, io);
    case "pin":
      return pinKb(rest, kbOption, io);
    case "diff":
      return diffKb(rest, parsed.values.profile, io);
    default:
      io.stderr("threat-align kb: expected show, pin or diff\n");
      return exitCodes.usage;
  }
}
async function showKb(args, format, io) {
  if (args.length > 1) return usage(io, "kb show takes one knowledge base: NAME@VERSION or a path");
  if (format !== void 0 && format !== "text" && format !== "json")
    return usage(io, "--format must be text or json");
  const kb = await resolveOrReport(
    args[0] ?? await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases),
    ".",
    io
  );
  if (!kb) return exitCodes.usage;
  if (format === "json")
    io.stdout(`${JSON.stringify({ ...summarizeKnowledgeBase(kb), entries: kb }, null, 2)}
`);
  else io.stdout(renderKnowledgeBaseText(kb));
  return exitCodes.clean;
}
async function pinKb(args, kbOption, io) {
  if (args.length > 1) return usage(io, "kb pin takes one model file");
  const file = args[0] ?? "threatmodel.yaml";
  const model = await readModel(file, io);
  if (!model) return exitCodes.usage;
  const use = kbOption ?? model.model.knowledgeBase?.use ?? await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases);
  const kb = await resolveOrReport(use, kbOption === void 0 ? dirname3(file) : ".", io);
  if (!kb) return exitCodes.usage;
  const result = pinModelText(model.text, { use, sha256: kb.sha256 });
  if (!result.ok) {
    io.stderr(
      `threat-align kb pin: ${file} was left as it is (${result.reason}). Put these lines in it:

${result.paste}
`
    );
    return exitCodes.findings;
  }
  if (!result.changed) {
    io.stdout(`${file} is already pinned to ${kb.name}@${kb.version} (sha256 ${kb.sha256})
`);
    return exitCodes.clean;
  }
  const written = await io.writeFile(file, result.text);
  if (!written.ok) {
    io.stderr(`threat-align: ${written.reason}
`);
    return exitCodes.usage;
  }
  io.stdout(`${file}: pinned ${use} (${kb.name}@${kb.version}, sha256 ${kb.sha256})
`);
  return exitCodes.clean;
}
async function diffKb(args, profileOption, io) {
  const [target, file = "threatmodel.yaml", ...extra] = args;
  if (target === void 0 || extra.length > 0)
    return usage(
      io,
      "kb diff takes a target knowledge base (NAME@VERSION or a path) and optionally a model file"
    );
  if (profileOption !== void 0 && profileOption !== "top" && profileOption !== "full")
    return usage(io, "--profile must be top or full");
  const model = await readModel(file, io);
  if (!model) return exitCodes.usage;
  const currentUse = model.model.knowledgeBase?.use ?? await newestShipped(defaultKnowledgeBaseName, io.knowledgeBases);
  const current = await resolveOrReport(currentUse, dirname3(file), io);
  const next = current && await resolveOrReport(target, ".", io);
  if (!current || !next) return exitCodes.usage;
  const profile = profileOption ?? model.model.knowledgeBase?.profile ?? "top";
  const diff = diffExpansions(
    expandModel(model.model, current, profile),
    expandModel(model.model, next, profile)
  );
  const lines = [
    `${current.name}@${current.version} \u2192 ${next.name}@${next.version} (profile ${profile}) for ${file}`
  ];
  const section = (title3, sign, ids2) => {
    lines.push(`${title3}: ${ids2.length}`, ...ids2.map((id2) => `  ${sign} ${id2}`));
  };
  section("threats that would appear", "+", diff.threatsAdded);
  section("threats that would disappear", "-", diff.threatsRemoved);
  section("mitigation types that would appear", "+", diff.mitigationsAdded);
  section("mitigation types that would disappear", "-", diff.mitigationsRemoved);
  io.stdout(`${lines.join("\n")}
`);
  return exitCodes.clean;
}
async function readModel(file, io) {
  const read = await io.readFile(file);
  if (!read.ok) {
    io.stderr(`threat-align: ${read.reason}
`);
    return void 0;
  }
  const loaded = loadModel(file, read.bytes);
  if (!loaded.model) {
    reportFindings(io, `${file} does not validate; fix it first`, loaded.findings);
    return void 0;
  }
  return { model: loaded.model, text: new TextDecoder().decode(read.bytes).replace(/^\uFEFF/, "") };
}
async function resolveOrReport(use, relativeTo, io) {
  const resolved = await resolveKnowledgeBase(use, io.knowledgeBases, relativeTo);
  if (resolved.loaded) return resolved.loaded.kb;
  if (resolved.problem)
    io.stderr(`threat-align: ${resolved.problem.message}
    hint: ${resolved.problem.hint}
`);
  if (resolved.findings.length > 0)
    reportFindings(io, `knowledge base ${use} does not load`, resolved.findings);
  return void 0;
}
function reportFindings(io, title3, findings) {
  io.stderr(`threat-align: ${title3}
${renderText({ findings, counts: countFindings(findings) })}`);
}
function usage(io, message) {
  io.stderr(`threat-align: ${message}
`);
  return exitCodes.usage;
}

// src/core/report/events-schema.ts
var event = {
  type: "object",
  additionalProperties: false,
  required: ["id", "name", "level", "description", "threshold", "status", "backlog"],
  properties: {
    id: { type: "string", pattern: "^EV-[A-Z0-9][A-Z0-9-]*$" },
    name: { type: "string", description: "the OWASP logging vocabulary name, where one fits" },
    level: { enum: ["INFO", "WARN", "CRITICAL"] },
    description: { type: "string" },
    threshold: {
      type: "object",
      additionalProperties: false,
      required: ["count", "window", "per"],
      description: "alert when count events happen within window for one value of per",
      properties: {
        count: { type: "integer", minimum: 1 },
        window: { type: "string", description: "a duration such as 5m, 1h or 1d" },
        per: { type: "string", description: "what the events are counted per: user, source-ip, client\u2026" }
      }
    },
    status: {
      enum: eventStatuses.filter((s) => s !== "not-applicable"),
      description: "as the model records it; proposed when it does not"
    },
    backlog: {
      type: "array",
      items: { type: "string" },
      description: "backlog items linked to the event, from either side"
    }
  }
};
var eventsSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:threat-align:schema:events:v1",
  title: "threat-align detection catalogue",
  type: "object",
  additionalProperties: false,
  required: ["threats", "events"],
  properties: {
    knowledgeBase: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version", "sha256", "profile"],
      properties: {
        name: { type: "string" },
        version: { type: "string" },
        sha256: { type: "string", pattern: "^[a-f0-9]{64}$" },
        profile: { enum: ["top", "full"] }
      }
    },
    threats: {
      type: "array",
      description: "the threats in scope that raise events, in the order of the expansion",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "title", "element", "severity", "top", "status", "events", "mitigations"],
        properties: {
          id: { type: "string", minLength: 1 },
          title: { type: "string" },
          element: { type: "string", description: "the component or flow the threat applies to" },
          severity: { enum: threatSeverities },
          top: { type: "boolean" },
          status: { enum: threatStatuses.filter((s) => s !== "not-applicable") },
          events: { type: "array", minItems: 1, items: event },
          mitigations: {
            type: "array",
            description: "the mitigations whose failure or bypass the events reveal",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["id", "name", "control", "status"],
              properties: {
                id: { type: "string" },
                name: { type: "string" },
                control: {
                  enum: ["preventive", "detective", "corrective", "deterrent", "recovery", null]
                },
                status: { enum: mitigationStatuses }
              }
            }
          }
        }
      }
    },
    events: {
      type: "array",
      description: "each event once, sorted by id, with the threats it helps detect",
      items: {
        ...event,
        required: [...event.required, "threats"],
        properties: {
          ...event.properties,
          threats: { type: "array", minItems: 1, items: { type: "string" } }
        }
      }
    }
  }
};

// src/core/report/report-schema.ts
var reportSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "urn:threat-align:schema:report:v1",
  title: "threat-align JSON report",
  type: "object",
  additionalProperties: false,
  required: ["tool", "findings", "threats", "counts"],
  properties: {
    tool: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version"],
      properties: { name: { const: "threat-align" }, version: { type: "string" } }
    },
    knowledgeBase: {
      type: "object",
      additionalProperties: false,
      required: ["name", "version", "sha256", "profile"],
      properties: {
        name: { type: "string" },
        version: { type: "string" },
        sha256: { type: "string", pattern: "^[a-f0-9]{64}$" },
        profile: { enum: ["top", "full"] }
      }
    },
    threats: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["id", "type", "title", "element", "stride", "severity", "top", "status", "mitigations"],
        properties: {
          id: { type: "string", minLength: 1 },
          type: {
            type: ["string", "null"],
            description: "the threat type; null for a threat written by hand"
          },
          title: { type: "string" },
          element: { type: "string" },
          stride: { type: "array", items: { enum: ["S", "T", "R", "I", "D", "E"] } },
          severity: { enum: ["low", "medium", "high", "critical"] },
          top: { type: "boolean" },
          status: { enum: ["open", "mitigated", "accepted-risk", "not-applicable"] },
          mitigations: {
            type: "array",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["id", "strength", "status"],
              properties: {
                id: { type: "string" },
                strength: { enum: ["weak", "medium", "strong"] },
                status: {
                  enum: [
                    "proposed",
                    "planned",
                    "in-progress",
                    "implemented",
                    "not-applicable",
                    "accepted-risk"
                  ]
                }
              }
            }
          }
        }
      }
    },
    findings: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["check", "severity", "message", "location", "hint", "docs", "fingerprint"],
        properties: {
          check: { type: "string", pattern: "^TA[1-9][0-9]{2}$" },
          severity: { enum: ["error", "warning", "note"] },
          message: { type: "string", minLength: 1 },
          location: {
            oneOf: [
              {
                type: "object",
                additionalProperties: false,
                required: ["file", "line", "column"],
                properties: {
                  file: { type: "string" },
                  line: { type: "integer", minimum: 1 },
                  column: { type: "integer", minimum: 1 },
                  endLine: { type: "integer", minimum: 1 },
                  endColumn: { type: "integer", minimum: 1 }
                }
              },
              {
                type: "object",
                additionalProperties: false,
                required: ["backlogItem"],
                properties: {
                  backlogItem: {
                    type: "object",
                    additionalProperties: false,
                    required: ["id"],
                    properties: { id: { type: "string" }, url: { type: "string" } }
                  }
                }
              }
            ]
          },
          hint: { type: "string", minLength: 1 },
          docs: { type: "string" },
          fingerprint: { type: "string", pattern: "^[a-f0-9]{32}$" }
        }
      }
    },
    counts: {
      type: "object",
      additionalProperties: false,
      required: ["error", "warning", "note", "total"],
      properties: {
        error: { type: "integer", minimum: 0 },
        warning: { type: "integer", minimum: 0 },
        note: { type: "integer", minimum: 0 },
        total: { type: "integer", minimum: 0 }
      }
    }
  }
};

// src/adapters/cli/schema-command.ts
var publishedSchemas = {
  model: modelSchema,
  backlog: backlogSchema,
  report: reportSchema,
  config: configSchema,
  kb: kbSchema,
  events: eventsSchema
};
function runSchema(parsed, io) {
  const name = parsed.positionals[0] ?? "model";
  const schema = publishedSchemas[name];
  if (parsed.positionals.length > 1 || schema === void 0) {
    io.stderr(`threat-align schema: expected one of ${Object.keys(publishedSchemas).join(", ")}
`);
    return Promise.resolve(exitCodes.usage);
  }
  io.stdout(`${JSON.stringify(schema, null, 2)}
`);
  return Promise.resolve(exitCodes.clean);
}

// src/adapters/cli/usage.ts
var usage2 = `Usage: threat-align <command> [options]

Commands:
  check [MODEL]        load, validate and check a threat model (default: threatmodel.yaml)
      --format text|json|markdown|sarif
                               output format (default: text)
      --fail-on error|warning|note|never
                               exit 1 when findings at or above this severity exist (default: error)
      --config FILE            configuration (default: .threat-align.yaml when present)
      --kb NAME@VERSION|PATH   knowledge base to use instead of the model's knowledgeBase.use
      --profile top|full       profile to use instead of the model's knowledgeBase.profile
      --backlog file:PATH      align with a backlog file (schema/backlog.schema.json)
      --output FILE            write the report to FILE instead of standard output
  events [MODEL] [--format markdown|json] [--output FILE]
                       the detection catalogue: per threat in scope, the events to raise, their alert
                       thresholds and the mitigations they watch (also takes --kb, --profile, --backlog, --config)
  import FILE [--output FILE]
                       convert a Threat Dragon, Threat Composer, TMT or Threagile model to native YAML
  kb show [NAME@VERSION|PATH] [--format text|json]
                       list a knowledge base's entries and their counts (default: the newest shipped core)
  kb pin [MODEL] [--kb NAME@VERSION|PATH]
                       record the knowledge base's name, version and sha256 in the model, keeping its layout
  kb diff TARGET [MODEL] [--profile top|full]
                       list the threats and mitigation types that would appear or disappear with TARGET
  schema [NAME]        print a published JSON Schema: model (default), backlog, report, config, kb, events
  help                 print this help
  --version            print the version

Exit status: 0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable input.
`;

// src/adapters/cli/run-cli.ts
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  switch (command) {
    case "check":
      return withArgs(rest, io, checkOptions, (parsed) => runCheck(parsed, io));
    case "events":
      return withArgs(rest, io, eventsOptions, (parsed) => runEvents(parsed, io));
    case "import":
      return withArgs(rest, io, importOptions, (parsed) => runImport(parsed, io));
    case "kb":
      return withArgs(rest, io, kbOptions, (parsed) => runKb(parsed, io));
    case "schema":
      return withArgs(rest, io, {}, (parsed) => runSchema(parsed, io));
    case void 0:
      io.stderr(usage2);
      return exitCodes.usage;
    case "help":
    case "--help":
    case "-h":
      io.stdout(usage2);
      return exitCodes.clean;
    case "--version":
    case "-v":
      io.stdout(`${toolVersion}
`);
      return exitCodes.clean;
    default:
      io.stderr(`threat-align: unknown command "${command}"

${usage2}`);
      return exitCodes.usage;
  }
}
var checkOptions = {
  format: { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  kb: { type: "string" },
  profile: { type: "string" },
  backlog: { type: "string" },
  output: { type: "string" }
};
var eventsOptions = {
  format: { type: "string" },
  config: { type: "string" },
  kb: { type: "string" },
  profile: { type: "string" },
  backlog: { type: "string" },
  output: { type: "string" }
};
var importOptions = { output: { type: "string" } };
var kbOptions = {
  format: { type: "string" },
  kb: { type: "string" },
  profile: { type: "string" }
};
async function withArgs(args, io, options, run) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.stderr(`threat-align: ${error instanceof Error ? error.message : String(error)}

${usage2}`);
    return exitCodes.usage;
  }
  return run(parsed);
}

// src/adapters/cli/main.ts
try {
  process.exitCode = await runCli(process.argv.slice(2), nodeIo());
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `threat-align: internal error: ${message}
This is a bug in threat-align; please report it with the command you ran.
`
  );
  process.exitCode = 2;
}
