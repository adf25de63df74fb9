/** Small pieces the report pages share. Every one goes through `html`, so crawled text is always escaped. */
import type { Verdict } from '../../../indicators/define.ts';
import type { EvidenceItem, MunicipalityResult } from '../model.ts';
import { html, safeHref, type SafeHtml } from './escape.ts';
import { formatNumber, formatPercent } from './format.ts';
import { noteIn, t, verdictLabel, type Lang } from './i18n.ts';

/** A link for http(s) URLs only; anything else (javascript:, data:, relative) is shown as plain text. */
export function externalLink(url: string, label: string = url): SafeHtml {
  const href = safeHref(url);
  return href
    ? html`<a class="url" href="${href}" rel="nofollow noopener noreferrer">${label}</a>`
    : html`<span class="url">${label}</span>`;
}

/** "municipio.gob.mx/portal" — the URL without scheme or trailing slash, for narrow columns. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

export function verdictBadge(verdict: Verdict, lang: Lang = 'es'): SafeHtml {
  const { symbol, label } = verdictLabel(lang, verdict);
  return html`<span class="veredicto veredicto-${verdict}"><span aria-hidden="true">${symbol}</span> ${label}</span>`;
}

/** Tables scroll inside their own box on a phone; the box is focusable so keyboards can scroll it too. */
export function scrollableTable(labelId: string, table: SafeHtml): SafeHtml {
  return html`<div class="tabla" role="region" aria-labelledby="${labelId}" tabindex="0">${table}</div>`;
}

/**
 * The score with a bar. Widths come from classes (w0…w100 in estilo.css) because the CSP forbids inline styles.
 */
export function scoreWithBar(score: number, maxScore: number, decimals: number): SafeHtml {
  const percent = maxScore > 0 ? Math.min(100, Math.max(0, Math.round((score / maxScore) * 100))) : 0;
  return html`<span class="puntaje"><span class="valor">${formatNumber(score, decimals)}</span><span class="barra" aria-hidden="true"><span class="relleno w${percent}"></span></span></span>`;
}

/** A share 0…1 as a percentage with the same bar. */
export function shareWithBar(share: number, lang: Lang = 'es'): SafeHtml {
  const percent = Math.min(100, Math.max(0, Math.round(share * 100)));
  return html`<span class="puntaje"><span class="valor">${formatPercent(share, lang)}</span><span class="barra" aria-hidden="true"><span class="relleno w${percent}"></span></span></span>`;
}

/**
 * Screenshot paths are stored relative to the run's artifact folder, which is the report's root folder;
 * anything that is not a plain relative path (a scheme, an absolute or Windows path) is not loaded.
 */
export function screenshotSrc(path: string, depth: number): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/') || path.includes('\\') || path.trim() === '') return null;
  const encoded = path
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
  return '../'.repeat(depth) + encoded;
}

export function evidenceList(evidence: readonly EvidenceItem[], depth: number, lang: Lang = 'es'): SafeHtml {
  if (evidence.length === 0) return html``;
  return html`<ul class="evidencias">${evidence.map((item) => evidenceItem(item, depth, lang))}</ul>`;
}

function evidenceItem(item: EvidenceItem, depth: number, lang: Lang): SafeHtml {
  const shot = item.screenshot === null ? null : screenshotSrc(item.screenshot, depth);
  return html`<li class="evidencia">
<p class="evidencia-url">${externalLink(item.url)}${
  item.archived && screenshotSrc(item.archived, depth)
    ? html` · <a href="${screenshotSrc(item.archived, depth)!}">${t(lang, 'archivedCopy')}</a>`
    : ''
}${item.capture ? html` · ${t(lang, 'webCapture')} ${externalLink(item.capture.url, formatCaptureTimestamp(item.capture.timestamp))}` : ''}</p>
${item.text ? html`<blockquote class="evidencia-texto">${item.text}</blockquote>` : ''}
${noteIn(lang, item) ? html`<p class="evidencia-nota">${noteIn(lang, item)!}</p>` : ''}
${item.selector ? html`<p class="evidencia-selector">${t(lang, 'selector')}: <code>${item.selector}</code></p>` : ''}
${
  shot
    ? html`<a class="captura" href="${shot}"><img src="${shot}" alt="${t(lang, 'evidenceScreenshotAlt')}" loading="lazy"></a>`
    : item.screenshot
      ? html`<p class="evidencia-selector">${t(lang, 'screenshotNotShown')}: <code>${item.screenshot}</code></p>`
      : ''
}
</li>`;
}

export function municipalityFile(m: Pick<MunicipalityResult, 'inegi_code'>): string {
  return `municipios/${m.inegi_code}.html`;
}

/** 20160430093000 → 2016-04-30 09:30:00 UTC (web-archive timestamps are UTC). */
export function formatCaptureTimestamp(timestamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(timestamp);
  if (!m) return timestamp;
  return `${m[1]}-${m[2]}-${m[3]} ${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'} UTC`;
}

/**
 * A mark beside a seed URL the seeds file is not sure of (medium or low confidence): the portal evaluated may not
 * be the municipality's official one, and the ranking must not hide that 111 of the 204 AIDH seeds are so.
 */
export function seedMark(m: Pick<MunicipalityResult, 'url_confidence'>, lang: Lang): SafeHtml | string {
  if (m.url_confidence !== 'medium' && m.url_confidence !== 'low') return '';
  const label = t(lang, m.url_confidence === 'medium' ? 'seedMediumShort' : 'seedLowShort');
  return html` <span class="marca-url" title="${label}"><span aria-hidden="true">†</span><span class="solo-lector">${label}</span></span>`;
}

