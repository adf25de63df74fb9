/**
 * Builders for indicator test tables: `buildArtifacts(partial)` fills empty arrays, an ok site and a default
 * open-data section; the small factories give every artifact sensible defaults so a row states only what
 * the case is about. `runIndicatorCases` runs a table (eslint RuleTester style).
 */
import { describe, expect, it } from 'vitest';
import type {
  Artifacts,
  ContactArtifact,
  DateArtifact,
  EvaluationContext,
  FileLinkArtifact,
  FormArtifact,
  LinkArtifact,
  OpenDataSection,
  PageArtifact,
  PostArtifact,
  SocialLinkArtifact,
} from '../../src/gather/artifacts.ts';
import type { IndicatorDefinition, Outcome, Verdict } from '../../indicators/define.ts';
import { indicatorById } from '../../indicators/index.ts';
import { renderMessage, type Message } from '../../indicators/messages.ts';
import { deriveFacts } from '../../src/derive/index.ts';
import { gatherArtifacts, gatherPageArtifacts } from '../../src/gather/index.ts';
import { siteFrom } from '../gather/helpers.ts';

export const SITE = 'https://www.municipio.gob.mx';
export const HOME = `${SITE}/`;
export const SECTION_URL = `${SITE}/datos-abiertos`;
/** The study's fieldwork ended on 20 May 2016. */
export const AS_OF = '2016-05-20';

export const context: EvaluationContext = {
  asOf: AS_OF,
  municipality: { inegiCode: '14097', name: 'Tlajomulco de Zúñiga', state: 'Jalisco' },
};

export function link(partial: Partial<LinkArtifact> = {}): LinkArtifact {
  return { pageUrl: HOME, href: `${SITE}/pagina`, text: 'Enlace', region: 'main', selector: 'a', external: false, ...partial };
}

export function page(partial: Partial<PageArtifact> = {}): PageArtifact {
  return {
    url: HOME,
    depth: 0,
    isHome: false,
    status: 200,
    title: 'Página',
    headings: [],
    text: '',
    wordCount: 0,
    responsiveViewport: true,
    imageCount: 0,
    dataTableCount: 0,
    pluginCount: 0,
    visualisationHints: [],
    lastModified: null,
    rendered: false,
    mobileLayout: null,
    fixedWidth: null,
    ...partial,
    ...(partial.text !== undefined && partial.wordCount === undefined ? { wordCount: partial.text.split(/\s+/).filter(Boolean).length } : {}),
    textBlocks: partial.textBlocks ?? (partial.text ? [partial.text] : []),
  };
}

export function homePage(partial: Partial<PageArtifact> = {}): PageArtifact {
  return page({ url: HOME, isHome: true, depth: 0, title: 'Inicio', ...partial });
}

export function sectionPage(partial: Partial<PageArtifact> = {}): PageArtifact {
  return page({ url: SECTION_URL, depth: 1, title: 'Datos abiertos', headings: ['Datos abiertos'], ...partial });
}

export function date(partial: Partial<DateArtifact> = {}): DateArtifact {
  return { pageUrl: SECTION_URL, date: '2016-05-01', text: 'Fecha de actualización: 01/05/2016', source: 'page-text', labelledAsUpdate: true, decoy: false, ...partial };
}

export function form(partial: Partial<FormArtifact> = {}): FormArtifact {
  return {
    pageUrl: HOME,
    action: `${SITE}/enviar`,
    method: 'post',
    fields: [
      { tag: 'input', type: 'text', name: 'nombre', label: 'Nombre' },
      { tag: 'textarea', type: 'textarea', name: 'mensaje', label: 'Mensaje' },
    ],
    hasFreeText: true,
    hasSubmit: true,
    isSearch: false,
    purposeText: 'Contáctanos Nombre Mensaje Enviar',
    selector: 'form',
    region: 'main',
    ...partial,
  };
}

export function searchForm(partial: Partial<FormArtifact> = {}): FormArtifact {
  return form({
    fields: [{ tag: 'input', type: 'search', name: 'q', label: 'Buscar' }],
    hasFreeText: false,
    isSearch: true,
    method: 'get',
    purposeText: 'Buscar',
    ...partial,
  });
}

export function fileLink(partial: Partial<FileLinkArtifact> = {}): FileLinkArtifact {
  return {
    pageUrl: SECTION_URL,
    href: `${SITE}/archivos/presupuesto-2016.csv`,
    text: 'Presupuesto de egresos 2016',
    format: 'csv',
    formatSource: 'extension',
    available: null,
    lastModified: null,
    selector: 'a.descarga',
    ...partial,
  };
}

export function socialLink(partial: Partial<SocialLinkArtifact> = {}): SocialLinkArtifact {
  return {
    pageUrl: HOME,
    href: 'https://www.facebook.com/GobiernoMunicipio/',
    platform: 'facebook',
    kind: 'profile',
    accountId: 'GobiernoMunicipio',
    text: 'Facebook',
    contextText: 'Síguenos',
    region: 'footer',
    selector: 'footer a.fa-facebook',
    embedded: false,
    ...partial,
  };
}

export function post(partial: Partial<PostArtifact> = {}): PostArtifact {
  return {
    pageUrl: HOME,
    platform: 'facebook',
    accountId: 'GobiernoMunicipio',
    postedAt: '2016-05-18',
    text: 'Arranca la campaña de bacheo',
    isReplyToCitizen: false,
    ...partial,
  };
}

export function section(partial: Partial<OpenDataSection> = {}): OpenDataSection {
  return {
    entry: link({ href: SECTION_URL, text: 'Datos abiertos', region: 'nav', selector: 'nav a:nth-child(5)' }),
    url: SECTION_URL,
    pageUrls: [SECTION_URL, `${SECTION_URL}/presupuesto`, `${SECTION_URL}/nomina`],
    catalogueHost: false,
    matchedLabel: 'datos abiertos',
    ...partial,
  };
}

/** Empty arrays, an ok site, and the default section (pass `section: null` for a portal without one). */
/** A tel:/mailto: link as the gatherer keeps it (with the contacts, not the page links). */
export function contactLink(partial: Partial<ContactArtifact> & Pick<ContactArtifact, 'kind' | 'value'>): ContactArtifact {
  return { pageUrl: HOME, text: partial.value, source: 'link', contextText: '', region: 'main', selector: 'a', ...partial };
}

export function buildArtifacts(partial: Partial<Artifacts> = {}): Artifacts {
  const pages = partial.pages ?? [];
  return {
    site: { seedUrl: HOME, finalUrl: HOME, status: 'ok', pagesCrawled: pages.length },
    pages,
    links: [],
    dates: [],
    forms: [],
    fileLinks: [],
    socialLinks: [],
    posts: [],
    section: section(),
    rejectedSectionLinks: [],
    contacts: [],
    failedPages: [],
    ...partial,
  };
}

export interface IndicatorCase {
  /** Starts with the kind of case: "pass:", "fail:", "decoy:", "unknown:". */
  name: string;
  /** Hand-built artifacts, or `html`: pages run through the real gatherers (see `fromHtml`). */
  artifacts?: Artifacts;
  /** Pages as markup, `{ url: html }`, the first one the home page (eslint RuleTester rows hold source code the same way). */
  html?: Record<string, string>;
  /** With `html`: probed files and the crawl's seed, as the crawler would hand them on. */
  crawl?: Parameters<typeof siteFrom>[1];
  expected: Verdict;
  /** A fragment the reason's Spanish text must contain (for fail/unknown). */
  reason?: string | RegExp;
  /** The reason's message id (`<indicator id>.<key>` or `shared.<key>`). */
  reasonId?: string;
  context?: EvaluationContext;
  /**
   * The files the rule asks the crawl to probe, read from the case's pages before any probe (html rows: gathered
   * without the `crawl.files`), every need's files in order; [] when it needs none.
   */
  probes?: string[];
}

/** Runs a table of cases against the registered (wrapped) indicator; also checks evidence and reason shape. */
/** Every message of an outcome (reason, evidence notes) renders in both languages with no `{placeholder}` left. */
export function expectFullyRendered(outcome: Outcome): void {
  const messages = [outcome.reason, ...outcome.evidence.map((e) => e.note)].filter((m): m is Message => !!m);
  for (const message of messages)
    for (const lang of ['es', 'en'] as const) {
      const text = renderMessage(message, lang);
      expect(text, `${message.id} (${lang})`).not.toMatch(/\{[\w-]+(?::[^{}]*)?\}/);
      expect(text, `${message.id} (${lang}) is not in the catalogue`).not.toContain(message.id);
    }
}

/**
 * Artifacts of a site whose pages are given as markup (`{ url: html }`, the first the home page at depth 0,
 * the others at depth 1), gathered by the real gatherers: a row then tests the rule together with what the
 * gatherers make of real markup.
 */
export function fromHtml(pages: Record<string, string>, crawl: Parameters<typeof siteFrom>[1] = {}): Artifacts {
  return gatherArtifacts(siteFrom(Object.entries(pages).map(([url, html]) => ({ url, html })), crawl));
}

function caseArtifacts(c: IndicatorCase): Artifacts {
  if (c.html) return fromHtml(c.html, c.crawl);
  if (!c.artifacts) throw new Error(`case “${c.name}” gives neither artifacts nor html`);
  return c.artifacts;
}

/** The files a rule's probe needs list for a case, read from its pages as the crawl has them before probing. */
function caseProbes(indicator: IndicatorDefinition, c: IndicatorCase): string[] {
  const ctx = c.context ?? context;
  const artifacts = c.html ? gatherPageArtifacts(siteFrom(Object.entries(c.html).map(([url, html]) => ({ url, html })), { ...c.crawl, files: [] })) : caseArtifacts(c);
  return (indicator.probes?.(deriveFacts(artifacts, ctx), ctx) ?? []).flatMap((need) => need.files.map((f) => f.href));
}

function evaluateCase(indicator: IndicatorDefinition, c: IndicatorCase): Outcome {
  const ctx = c.context ?? context;
  return indicator.evaluate(deriveFacts(caseArtifacts(c), ctx), ctx);
}

/** Internal keys ("table:https://…#0", "series:…") are Mirador's bookkeeping, never words for a reader. */
const INTERNAL_KEY = /\b(?:table|series|page|file|link):(?:https?:|[a-z0-9]+\b)/i;

export function runIndicatorCases(id: string, cases: IndicatorCase[]): void {
  describe(id, () => {
    const indicator = indicatorById.get(id);
    it('is registered', () => expect(indicator).toBeDefined());
    it('has a table with pass and fail rows and more than one expected verdict', () => {
      const expected = new Set(cases.map((c) => c.expected));
      expect(expected.has('pass')).toBe(true);
      expect(expected.has('fail')).toBe(true);
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const outcome = evaluateCase(indicator!, c);
      const reason = outcome.reason ? renderMessage(outcome.reason, 'es') : '';
      expect(reason, 'a reason shows an internal key').not.toMatch(INTERNAL_KEY);
      expect(outcome.verdict, reason || JSON.stringify(outcome.evidence)).toBe(c.expected);
      expect(outcome.evidence.length).toBeLessThanOrEqual(3);
      for (const e of outcome.evidence) expect(e.url).not.toBe('');
      for (const e of outcome.evidence) expect(e.text !== '' || e.note !== undefined, `evidence on ${e.url} says nothing`).toBe(true);
      if (c.expected === 'pass') expect(outcome.evidence.length).toBeGreaterThan(0);
      else expect(reason).not.toBe('');
      if (c.reason) expect(reason).toMatch(c.reason);
      if (c.reasonId) expect(outcome.reason?.id).toBe(c.reasonId);
      if (c.probes) expect(caseProbes(indicator!, c), 'files the rule asks to probe').toEqual(c.probes);
      expectFullyRendered(outcome);
    });
    it('does not return one verdict for all its cases', () => {
      const verdicts = new Set(cases.map((c) => evaluateCase(indicator!, c).verdict));
      expect(verdicts.size).toBeGreaterThan(1);
    });
  });
}
