import { describe, expect, it } from 'vitest';
import type { Artifacts, PageArtifact } from '../../src/gather/artifacts.ts';
import { DERIVED_FACT_NAMES, deriveFacts, restrict } from '../../src/derive/index.ts';
import { SECTION_URL, SITE, buildArtifacts, context, date, fileLink, fromHtml, homePage, post, sectionPage, socialLink } from '../indicators/build-artifacts.ts';

function siteArtifacts(): Artifacts {
  return buildArtifacts({
    pages: [homePage(), sectionPage({ text: 'Fecha de actualización: 01/05/2016' })],
    dates: [date()],
    fileLinks: [fileLink()],
    socialLinks: [socialLink()],
    posts: [post()],
  });
}

describe('deriveFacts', () => {
  it('keeps every artifact as it is and adds the derived facts', () => {
    const artifacts = siteArtifacts();
    const facts = deriveFacts(artifacts, context);
    for (const key of Object.keys(artifacts) as (keyof Artifacts)[]) expect(facts[key], key).toBe(artifacts[key]);
    expect(Object.keys(facts).sort()).toEqual([...Object.keys(artifacts), ...DERIVED_FACT_NAMES].sort());
    expect(DERIVED_FACT_NAMES).toEqual(['homePage', 'municipalityNames', 'sectionScope', 'sectionDates', 'siteTemplate', 'socialAccounts', 'socialWeek', 'participationPages']);
  });

  it('computes a derived fact once, however often it is read', () => {
    const facts = deriveFacts(siteArtifacts(), context);
    const scope = facts.sectionScope;
    expect(scope.status).toBe('found');
    expect(facts.sectionScope).toBe(scope);
    expect(facts.siteTemplate).toBe(facts.siteTemplate);
    expect(facts.sectionDates).toBe(facts.sectionDates);
    expect(facts.sectionDates.map((d) => `${d.kind} ${d.date}`)).toEqual(['labelled 2016-05-01']);
  });

  it('keeps the first reading even when the artifacts change afterwards', () => {
    const pages: PageArtifact[] = [];
    const facts = deriveFacts(buildArtifacts({ pages }), context);
    expect(facts.homePage).toBe(null);
    pages.push(homePage());
    expect(facts.homePage).toBe(null);
  });

  it('hands a fact the memoised facts it depends on: the week’s accounts are the accounts fact’s', () => {
    const facts = deriveFacts(siteArtifacts(), context);
    const government = facts.socialAccounts.government;
    expect(government.map((l) => l.accountId)).toEqual(['GobiernoMunicipio']);
    expect(facts.socialWeek.accounts).toBe(government);
    expect(facts.socialWeek.recent.map((p) => p.postedAt)).toEqual(['2016-05-18']);
  });

  it('computes every derived fact of a gathered site without reading anything undeclared', () => {
    const facts = deriveFacts(
      fromHtml({
        [`${SITE}/`]: `<html><head><title>Inicio</title></head><body><nav><a href="${SECTION_URL}">Datos abiertos</a></nav><footer><a href="https://www.facebook.com/AyuntamientoTlajomulco">Facebook</a></footer></body></html>`,
        [SECTION_URL]: '<html><head><title>Datos abiertos</title></head><body><h1>Datos abiertos</h1><p>Fecha de actualización: 30/04/2016</p><a href="/archivos/presupuesto-2016.csv">Presupuesto 2016 (CSV)</a></body></html>',
      }),
      context,
    );
    const values = DERIVED_FACT_NAMES.map((name) => facts[name]);
    expect(values).toHaveLength(8);
    expect(facts.homePage?.url).toBe(`${SITE}/`);
    expect(facts.sectionScope.status).toBe('found');
    expect(facts.socialAccounts.government.map((l) => l.accountId)).toEqual(['AyuntamientoTlajomulco']);
  });
});

describe('restrict', () => {
  it('lets a reader read what it declared, artifacts and derived facts alike', () => {
    const artifacts = siteArtifacts();
    const facts = deriveFacts(artifacts, context);
    const seen = restrict(facts, ['pages', 'homePage'], 'rule home-title');
    expect(seen.pages).toBe(artifacts.pages);
    expect(seen.homePage).toBe(artifacts.pages[0]);
  });

  it('throws, naming the reader and the key, when a reader reads what it did not declare', () => {
    const facts = deriveFacts(siteArtifacts(), context);
    const seen = restrict(facts, ['pages'], 'rule home-title') as unknown as Record<string, unknown>;
    expect(() => seen.links).toThrow('rule home-title reads “links” without declaring it in needs');
    expect(() => seen.sectionScope).toThrow(/“sectionScope”/);
  });

  it('does not compute an undeclared derived fact before throwing', () => {
    const pages: PageArtifact[] = [];
    const facts = deriveFacts(buildArtifacts({ pages }), context);
    const seen = restrict(facts, ['pages'], 'rule x') as unknown as Record<string, unknown>;
    expect(() => seen.homePage).toThrow(/rule x reads “homePage”/);
    pages.push(homePage());
    // had the read computed homePage, it would have kept null
    expect(facts.homePage).toBe(pages[0]);
  });
});
