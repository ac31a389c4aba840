import { describe, expect, it } from 'vitest';
import { cspHash, ownHashesOnly } from './csp';

const loader = 'addEventListener("scroll",()=>{})';
const style = 'body{margin:0}';
const other = (text: string) => `'${cspHash(text)}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)?.[1];

describe('a page’s policy', () => {
  const policy = `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${other(loader)} ${other('other page')}; style-src 'self' ${other('h1{}')} ${other(style)};`;

  it('keeps the hashes of its own inline script and style, and drops the others', () => {
    const html = page(policy, `<style>${style}</style><p>Text</p><script>${loader}</script>`);
    expect(policyOf(ownHashesOnly(html))).toBe(
      `default-src 'self';object-src 'none'; script-src 'self' 'wasm-unsafe-eval' ${other(loader)}; style-src 'self' ${other(style)};`,
    );
  });

  it('counts a JSON-LD block as data, a module as a script, and an external script as neither', () => {
    const html = page(policy, `<script type="application/ld+json">{"a":1}</script><script type="module">${loader}</script><script src="/x.js"></script>`);
    const trimmed = policyOf(ownHashesOnly(html));
    expect(trimmed).toContain(other(loader));
    expect(trimmed).not.toContain(other('{"a":1}'));
    expect(trimmed).not.toContain(other(''));
  });

  it('never adds a hash Astro did not list, and leaves a page without a policy alone', () => {
    const html = page(`script-src 'self'`, `<script>${loader}</script>`);
    expect(policyOf(ownHashesOnly(html))).toBe(`script-src 'self'`);
    expect(ownHashesOnly('<p>No policy</p>')).toBe('<p>No policy</p>');
  });
});
