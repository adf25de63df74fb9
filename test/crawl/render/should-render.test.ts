import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../src/crawl/html-guard.ts';
import { renderReason, shouldRender, type RenderCandidate } from '../../../src/crawl/render/should-render.ts';

const text = (chars: number): string => `<p>${'Información pública del municipio. '.repeat(Math.ceil(chars / 35)).slice(0, chars)}</p>`;
const links = (count: number): string => Array.from({ length: count }, (_, i) => `<a href="/s/${i}">Sección ${i}</a>`).join(' ');
const doc = (body: string, head = ''): string => `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;

const cases: { name: string; page: Partial<RenderCandidate>; render: boolean; reason?: RegExp }[] = [
  { name: 'home page, even a plain one', page: { isHome: true, html: doc(text(2000) + links(30)) }, render: true, reason: /home/ },
  { name: 'home page that is not HTML', page: { isHome: true, contentType: 'application/pdf' }, render: false },
  { name: 'ordinary content page', page: { html: doc(text(1500) + links(12) + '<script src="/jquery.js"></script>') }, render: false },
  { name: 'short page without scripts (a static stub)', page: { html: doc('<p>En construcción</p>') }, render: false },
  {
    name: 'little text, few links, scripts: an app shell',
    page: { html: doc('<header>Portal</header><script src="/bundle.js"></script>') },
    render: true,
    reason: /app shell/,
  },
  { name: 'little text but many links (a menu page)', page: { html: doc(links(8) + '<script src="/a.js"></script>') }, render: false },
  { name: 'long text, few links, scripts', page: { html: doc(text(600) + '<script src="/a.js"></script>') }, render: false },
  { name: 'empty #app (Vue)', page: { html: doc(text(800) + links(10) + '<div id="app"></div>') }, render: true, reason: /#app/ },
  { name: 'empty #root (React)', page: { html: doc('<div id="root">  </div>' + links(10) + text(800)) }, render: true, reason: /#root/ },
  { name: 'empty [ng-app] (AngularJS)', page: { html: doc('<div ng-app="portal"></div>' + links(10) + text(800)) }, render: true, reason: /ng-app/ },
  { name: '#app with server-rendered content', page: { html: doc('<div id="app"><nav>' + links(10) + '</nav>' + text(800) + '</div>') }, render: false },
  {
    name: '<noscript> asking to enable JavaScript (English)',
    page: { html: doc('<noscript>You need to enable JavaScript to run this app.</noscript>' + links(10) + text(800)) },
    render: true,
    reason: /noscript/,
  },
  {
    name: '<noscript> asking to enable JavaScript (Spanish)',
    page: { html: doc('<noscript>Por favor habilite JavaScript para ver este sitio.</noscript>' + links(10) + text(800)) },
    render: true,
    reason: /noscript/,
  },
  {
    name: '<noscript> with a tracking pixel is not a shell',
    page: { html: doc('<noscript><img src="https://www.facebook.com/tr?id=1"></noscript>' + links(10) + text(800)) },
    render: false,
  },
  { name: 'scripts and styles do not count as visible text', page: { html: doc(`<script>${'var a = 1;'.repeat(100)}</script><style>${'p{}'.repeat(100)}</style>`) }, render: true },
  {
    name: 'nor do the text and links of a <template> or a <noscript>',
    page: { html: doc(`<template>${text(600)}${links(10)}</template><noscript><p>Sin guion</p>${links(10)}</noscript><div id="vista"></div><script src="/app.js"></script>`) },
    render: true,
    reason: /app shell: 0 characters of text, 0 links/,
  },
];

describe('shouldRender', () => {
  it.each(cases)('$name', ({ page, render, reason }) => {
    const candidate: RenderCandidate = { isHome: false, html: '', contentType: 'text/html; charset=utf-8', ...page };
    expect(shouldRender(candidate)).toBe(render);
    if (reason) expect(renderReason(candidate)).toMatch(reason);
  });

  it('leaves the parse it is given as it was, for the crawl to read the page\'s links from', () => {
    const html = doc(`<nav>${links(3)}</nav><script src="/app.js"></script><style>p{}</style>`);
    const $ = loadHtml(html);
    const before = $.html();
    expect(shouldRender({ isHome: false, html, contentType: 'text/html' }, undefined, () => $)).toBe(true);
    expect($.html()).toBe(before);
  });

  it('takes the thresholds from its options', () => {
    const page: RenderCandidate = { isHome: false, html: doc(text(300) + '<script></script>'), contentType: 'text/html' };
    expect(shouldRender(page)).toBe(false);
    expect(shouldRender(page, { minVisibleChars: 500, minLinks: 5 })).toBe(true);
  });
});
