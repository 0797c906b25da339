/**
 * Completion and hover help read from the scenario's JSON Schema (made from the zod schema,
 * `scenarioJsonSchemaObject`), so the editor knows exactly the fields the loader accepts.
 */
import { type YamlPath, yamlContextAt } from './yamlContext';

/** The parts of a JSON Schema node this help reads. */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

export interface SchemaCompletion {
  label: string;
  /** What goes in: `key: ` for a field, the value itself for a value. */
  apply: string;
  type: 'property' | 'enum';
  detail: string;
  info?: string;
}

export interface CompletionResult {
  from: number;
  options: SchemaCompletion[];
}

function variants(node: SchemaNode): SchemaNode[] {
  const more = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return [node, ...more.flatMap(variants)];
}

/** Every schema node a YAML path can mean (an `anyOf` gives several). */
export function schemaAt(root: SchemaNode, path: YamlPath): SchemaNode[] {
  let here = variants(root);
  for (const seg of path) {
    here = here.flatMap((n) => {
      if (seg === '[]') return n.items ? variants(n.items) : [];
      const prop = n.properties?.[seg];
      if (prop) return variants(prop);
      return typeof n.additionalProperties === 'object' ? variants(n.additionalProperties) : [];
    });
  }
  return here;
}

function typeOf(node: SchemaNode): string {
  const all = variants(node);
  const type = all.map((n) => n.type).find((t) => t !== undefined);
  if (Array.isArray(type)) return type.join(' or ');
  if (type === 'array') {
    const items = node.items ? typeOf(node.items) : '';
    return items ? `list of ${items}` : 'list';
  }
  if (type === 'object' && !all.some((n) => n.properties)) return 'map';
  return type ?? '';
}

function valuesOf(nodes: SchemaNode[]): string[] {
  const out = new Set<string>();
  for (const n of nodes) {
    for (const v of n.enum ?? []) out.add(String(v));
    if (n.const !== undefined) out.add(String(n.const));
    if (n.type === 'boolean') {
      out.add('true');
      out.add('false');
    }
  }
  return [...out];
}

/** One field explained: its description, type, allowed values, default, whether required. */
export function describeField(node: SchemaNode, required: boolean): string {
  const all = variants(node);
  const parts: string[] = [];
  const description = all.map((n) => n.description).find((d) => d !== undefined);
  if (description) parts.push(description.charAt(0).toUpperCase() + description.slice(1));
  const type = typeOf(node);
  if (type) parts.push(`Type: ${type}${required ? ', required' : ''}.`);
  const values = valuesOf(node.items ? [node.items] : all);
  if (values.length > 0) parts.push(`One of: ${values.join(', ')}.`);
  if (node.default !== undefined && !Array.isArray(node.default))
    parts.push(`Default: ${String(node.default)}.`);
  return parts.join(' ');
}

/** Field names (at a key) or allowed values (at a value) for the cursor at `offset`. */
export function completeAt(root: SchemaNode, text: string, offset: number): CompletionResult {
  const context = yamlContextAt(text, offset);
  const nodes = schemaAt(root, context.path);
  const values = valuesOf(nodes);
  if (context.kind === 'value' || values.length > 0) {
    return {
      from: context.from,
      options: values
        .filter((v) => v.startsWith(context.prefix))
        .map((v) => ({ label: v, apply: v, type: 'enum', detail: 'value' })),
    };
  }
  const options: SchemaCompletion[] = [];
  for (const n of nodes) {
    for (const [key, prop] of Object.entries(n.properties ?? {})) {
      if (!key.startsWith(context.prefix) || options.some((o) => o.label === key)) continue;
      const required = n.required?.includes(key) ?? false;
      const info = describeField(prop, required);
      options.push({
        label: key,
        apply: `${key}: `,
        type: 'property',
        detail: [typeOf(prop), required ? 'required' : ''].filter(Boolean).join(', '),
        ...(info ? { info } : {}),
      });
    }
  }
  return { from: context.from, options };
}

export interface FieldHelp {
  from: number;
  to: number;
  key: string;
  text: string;
}

/** Help for the field whose key is under `offset`, or undefined when it is not on a known key. */
export function helpAt(root: SchemaNode, text: string, offset: number): FieldHelp | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const found = /^([ \t]*(?:-[ \t]+)*)([A-Za-z_][\w-]*)[ \t]*:(?=[ \t]|$)/.exec(line);
  if (!found?.[2]) return undefined;
  const from = lineStart + (found[1]?.length ?? 0);
  const to = from + found[2].length;
  if (offset < from || offset > to) return undefined;
  const context = yamlContextAt(text, from);
  const parents = schemaAt(root, context.path);
  const prop = parents.map((p) => p.properties?.[found[2] as string]).find((p) => p);
  const extra = parents.map((p) => p.additionalProperties).find((p) => typeof p === 'object');
  const node = prop ?? (typeof extra === 'object' ? extra : undefined);
  if (!node) return undefined;
  const required = parents.some((p) => p.required?.includes(found[2] as string));
  return { from, to, key: found[2], text: describeField(node, required) };
}
