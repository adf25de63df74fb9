/**
 * open-data-section: a home-page link leads in one click to an open-data / focused-transparency section.
 * Which link qualifies is decided once, by the gatherer (facts.section, with the label vocabulary and the
 * rejection of the mandatory transparency listing); this indicator reports that decision with its evidence.
 */
import { isOnHomePage } from '../../src/gather/home-frames.ts';
import type { SectionRejectionCode } from '../../src/gather/section.ts';
import { canonicalKey } from '../../src/gather/url.ts';
import { defineIndicator, fail, pass, unknown } from '../define.ts';
import { defineMessages, type Message } from '../messages.ts';
import { matchedNote, toEvidence } from '../evidence.ts';
import { sharedMsg } from '../shared-messages.ts';

const messages = defineMessages('open-data-section', {
  'landing-page': {
    es: 'página principal de la sección, con {pages} {pages:página|páginas} de la sección',
    en: 'section landing page, {pages} section {pages:page|pages}',
  },
  'landing-page-catalogue': {
    es: 'página principal de la sección, en un subdominio de catálogo de datos, con {pages} {pages:página|páginas} de la sección',
    en: 'section landing page on a data-catalogue host, {pages} section {pages:page|pages}',
  },
  'home-not-fetched': {
    es: 'No se pudo leer la página de inicio, así que no se revisaron sus enlaces en busca de una sección de datos abiertos',
    en: 'the home page was not fetched, so its links could not be checked for an open-data section',
  },
  'only-mandatory-listing': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} de la página de inicio; solo se encontró el listado obligatorio de transparencia o algo similar, que por sí solo no cuenta ({rejected})',
    en: 'searched {links} {links:link|links} on the home page; only the mandatory transparency listing or similar was found, which does not count by itself ({rejected})',
  },
  'only-empty-landing': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} de la página de inicio; ninguno lleva a una sección de datos abiertos que ofrezca datos ({rejected})',
    en: 'searched {links} {links:link|links} on the home page; none leads to an open-data section that offers data ({rejected})',
  },
  'no-section-link': {
    es: '{links:Se revisó|Se revisaron} {links} {links:enlace|enlaces} de la página de inicio ({pages} {pages:página rastreada|páginas rastreadas}); ninguno lleva a una sección de datos abiertos o de transparencia focalizada',
    en: 'searched {links} {links:link|links} on the home page ({pages} {pages:page|pages} crawled); none labelled like an open-data or focused-transparency section',
  },
  'landing-gone': {
    es: 'La página de inicio enlaza una sección de datos abiertos, pero su página no existe (HTTP {status}): el enlace no lleva a ninguna sección',
    en: 'the home page links an open-data section, but its page does not exist (HTTP {status}): the link leads to no section',
  },
  'landing-not-read': {
    es: 'La página de inicio enlaza una sección de datos abiertos ({url}), pero esa página no se pudo leer{cause}; sin verla no se sabe si ofrece datos',
    en: 'the home page links an open-data section ({url}), but that page could not be read{cause}; without it there is no telling whether it offers data',
  },
  'cause-status': { es: ' (HTTP {status})', en: ' (HTTP {status})' },
  'cause-kind': { es: ' ({kind})', en: ' ({kind})' },
  rejected: { es: 'descartado: {why}', en: 'rejected: {why}' },
  'rejected-link': { es: '{label}: {why}', en: '{label}: {why}' },
  'why-transparency-listing': { es: 'listado obligatorio de transparencia', en: 'mandatory transparency listing' },
  'why-transparency-law-article': {
    es: 'listado obligatorio de transparencia (artículo de la ley de transparencia)',
    en: 'mandatory transparency listing (article of the transparency law)',
  },
  'why-national-transparency-platform': { es: 'Plataforma Nacional de Transparencia (PNT)', en: 'national transparency platform (PNT)' },
  'why-infomex': { es: 'sistema de solicitudes INFOMEX', en: 'INFOMEX request system' },
  'why-national-data-portal': {
    es: 'portal nacional de datos abiertos (datos.gob.mx), no el del municipio',
    en: 'national open-data portal (datos.gob.mx), not the municipality’s',
  },
  'why-file-link': { es: 'enlaza a un archivo, no a una página de sección', en: 'links to a file, not to a section page' },
  'why-home-page-link': { es: 'regresa a la página de inicio', en: 'leads back to the home page' },
  'why-landing-under-construction': {
    es: 'su página no ofrece datos: dice que está en construcción',
    en: 'its page offers no data: it says it is under construction',
  },
  'why-landing-law-text-only': {
    es: 'su página no ofrece datos: solo cita la ley',
    en: 'its page offers no data: it only quotes the law',
  },
});
const { msg } = messages;

const WHY = {
  'transparency-listing': 'why-transparency-listing',
  'transparency-law-article': 'why-transparency-law-article',
  'national-transparency-platform': 'why-national-transparency-platform',
  infomex: 'why-infomex',
  'national-data-portal': 'why-national-data-portal',
  'file-link': 'why-file-link',
  'home-page-link': 'why-home-page-link',
  'landing-under-construction': 'why-landing-under-construction',
  'landing-law-text-only': 'why-landing-law-text-only',
} as const satisfies Record<SectionRejectionCode, keyof typeof messages.templates>;

function why(code: string): Message {
  // The gatherer's codes are typed; an artifact of another origin may carry a code this table does not word.
  const key = WHY[code as SectionRejectionCode];
  return key ? msg(key) : msg('why-transparency-listing');
}

export default defineIndicator({
  id: 'open-data-section',
  needs: ['section', 'sectionScope', 'rejectedSectionLinks', 'homePage', 'pages', 'links', 'failedPages'],
  messages,
  evaluate(facts) {
    const { section, rejectedSectionLinks } = facts;
    if (section && facts.sectionScope.status === 'not-fetched') {
      // The link text alone is a promise: a careful evaluator opens the page before giving the point.
      const entry = toEvidence(section.entry, matchedNote(section.matchedLabel));
      const failed = facts.failedPages.find((f) => canonicalKey(f.url) === canonicalKey(section.url));
      if (failed?.gone) return fail(msg('landing-gone', { status: failed.status ?? 404 }), [entry]);
      const cause = failed ? (failed.status ? msg('cause-status', { status: failed.status }) : msg('cause-kind', { kind: failed.errorKind })) : '';
      return unknown(msg('landing-not-read', { url: section.url, cause }), [entry]);
    }
    if (section) {
      const pages = section.pageUrls.length;
      return pass([
        toEvidence(section.entry, matchedNote(section.matchedLabel)),
        { url: section.url, text: '', note: section.catalogueHost ? msg('landing-page-catalogue', { pages }) : msg('landing-page', { pages }) },
      ]);
    }
    const home = facts.homePage;
    if (!home) return unknown(msg('home-not-fetched'));
    const onHome = isOnHomePage(facts.pages, home.url);
    const links = facts.links.filter((l) => onHome(l.pageUrl)).length;
    if (rejectedSectionLinks.length > 0) {
      // A labelled link whose page offers no data is the closest miss: shown first.
      const emptyLanding = (r: { reason: string }): boolean => r.reason === 'landing-under-construction' || r.reason === 'landing-law-text-only';
      const rejected = [...rejectedSectionLinks.filter(emptyLanding), ...rejectedSectionLinks.filter((r) => !emptyLanding(r))];
      const shown = rejected.slice(0, 3).map((r) => msg('rejected-link', { label: `“${r.link.text.trim() || r.link.href}”`, why: why(r.reason) }));
      const rest = rejected.length - shown.length;
      return fail(
        msg(rejected.some(emptyLanding) ? 'only-empty-landing' : 'only-mandatory-listing', {
          links,
          rejected: rest > 0 ? sharedMsg('quoted-list-more', { list: shown, more: rest }) : shown,
        }),
        rejected.slice(0, 3).map((r) => toEvidence(r.link, msg('rejected', { why: why(r.reason) }))),
      );
    }
    return fail(msg('no-section-link', { links, pages: facts.pages.length }));
  },
});
