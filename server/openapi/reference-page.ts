import { buildOpenApi } from './build-openapi.js';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Puts the named schemas a request body refers to in place, so the page shows each one whole. */
function inlineRefs(value: unknown, schemas: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => inlineRefs(item, schemas));
  if (!value || typeof value !== 'object') return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/'))
    return schemas[ref.slice('#/components/schemas/'.length)] ?? value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inlineRefs(item, schemas)]));
}

/** A readable API reference, rendered from the same OpenAPI document, with no external scripts. */
export function renderReferencePage(): string {
  const spec = buildOpenApi();
  const sections = Object.entries(spec.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => {
      const operation = op as {
        summary: string;
        tags: string[];
        parameters: unknown[];
        requestBody?: unknown;
        responses: Record<string, unknown>;
      };
      const block = (title: string, value: unknown) =>
        `<details><summary>${title}</summary><pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre></details>`;
      return `<section id="${escapeHtml(method + path)}">
  <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
  <p>${escapeHtml(operation.summary)} <small>[${escapeHtml(operation.tags.join(', '))}]</small></p>
  ${operation.parameters.length ? block('Parameters', operation.parameters) : ''}
  ${operation.requestBody ? block('Request body', inlineRefs(operation.requestBody, spec.components.schemas)) : ''}
  ${block('Responses', operation.responses)}
</section>`;
    }),
  );
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>capdo API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:960px;margin:2rem auto;padding:0 1rem;color:#1f1f1f}
code,pre{font-family:ui-monospace,monospace}pre{background:#f5f5f5;padding:.75rem;overflow:auto;font-size:13px}
.m{display:inline-block;min-width:4.5em;text-align:center;color:#fff;border-radius:4px;padding:0 .4em;font-size:13px}
.get{background:#1677ff}.post{background:#389e0d}.patch{background:#d46b08}.delete{background:#cf1322}
section{border-bottom:1px solid #eee;padding:.5rem 0}</style></head><body>
<h1>capdo API</h1><p>${escapeHtml(spec.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).
Errors: <code>{ "error": { "code", "message", "issues"? } }</code>.</p>
${sections.join('\n')}</body></html>`;
}
