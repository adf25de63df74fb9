import { describe, expect, it } from 'vitest';
import { deriveParticipationPages, isNewsItem } from '../../src/derive/participation-pages.ts';
import { SITE, fromHtml, homePage, page } from '../indicators/build-artifacts.ts';
import { COMITES_DE_VECINOS, EXPLANATION, NEWS_BLOCKS, REGULATION_BLOCKS, obligationsPage, pageOfBlocks, participationPage } from '../indicators/participation-fixtures.ts';

const summary = (result: ReturnType<typeof deriveParticipationPages>) => ({
  pages: result.pages.map((p) => `${p.page.url} | ${p.heading} | ${p.mechanism}`),
  mentions: result.mentions.map((p) => p.url),
});

describe('deriveParticipationPages', () => {
  it('passes a page explaining a mechanism under its heading, with the blocks up to the next heading naming none', () => {
    const artifacts = fromHtml({
      [`${SITE}/`]: '<html><head><title>Inicio</title></head><body><main><h2>Cabildo abierto</h2><p>Entrega de reconocimientos.</p></main></body></html>',
      [`${SITE}/participacion`]: `<html><head><title>Participa | Tlajomulco</title></head><body><main>
        <h1>Participa</h1><p>La Dirección de Participación Ciudadana atiende a los vecinos de lunes a viernes.</p>
        <h2>Cabildo abierto</h2>
        <p>El cabildo abierto es una sesión del Ayuntamiento en la que los vecinos pueden presentar propuestas y opiniones sobre asuntos de interés público. Se convoca con quince días de anticipación.</p>
        <p>Para participar debes registrarte en la Secretaría General con tu credencial de elector y el tema que quieres exponer.</p>
        <h2>Informes</h2><p>Los informes trimestrales se publican en la sección de transparencia del portal municipal.</p>
        </main></body></html>`,
    });
    const result = deriveParticipationPages(artifacts);
    expect(summary(result)).toEqual({
      pages: [`${SITE}/participacion | Cabildo abierto | cabildo abierto`],
      // the home page's teaser names the mechanism and explains nothing
      mentions: [`${SITE}/`],
    });
    expect(result.pages[0]!.blocks).toEqual([
      'El cabildo abierto es una sesión del Ayuntamiento en la que los vecinos pueden presentar propuestas y opiniones sobre asuntos de interés público. Se convoca con quince días de anticipación.',
      'Para participar debes registrarte en la Secretaría General con tu credencial de elector y el tema que quieres exponer.',
    ]);
  });

  it('passes a page whose title names the mechanism, with its whole body', () => {
    const p = participationPage();
    const result = deriveParticipationPages({ pages: [p] });
    expect(summary(result).pages).toEqual([`${p.url} | Presupuesto participativo | Municipio | presupuesto participativo`]);
    expect(result.pages[0]!.blocks).toEqual([EXPLANATION]);
    expect(result.mentions).toEqual([]);
  });

  it('passes a mechanism explained without a cue, in the plural (Comités de Vecinos)', () => {
    const p = pageOfBlocks(COMITES_DE_VECINOS, { url: `${SITE}/desarrollo-social/comites`, title: 'Desarrollo Social', headings: ['Comités de Vecinos'] });
    expect(summary(deriveParticipationPages({ pages: [p] })).pages).toEqual([`${p.url} | Comités de Vecinos | comites de vecinos`]);
  });

  it('does not pass a news item, known by its URL or by the dateline under its headline', () => {
    const byUrl = participationPage({ url: `${SITE}/noticias/presupuesto-participativo-2016` });
    const byDateline = pageOfBlocks(NEWS_BLOCKS, { url: `${SITE}/index.php?option=com_content&view=article&id=214`, title: 'Zacatecas Capital', headings: [NEWS_BLOCKS[1]!] });
    expect(isNewsItem(byUrl)).toBe(true);
    expect(isNewsItem(byDateline)).toBe(true);
    expect(isNewsItem(participationPage())).toBe(false);
    expect(summary(deriveParticipationPages({ pages: [byUrl, byDateline] }))).toEqual({ pages: [], mentions: [byUrl.url, byDateline.url] });
  });

  it('does not pass law text that only lists the mechanisms, nor a fraction heading', () => {
    const regulation = pageOfBlocks(REGULATION_BLOCKS, { url: `${SITE}/transparencia/participacion-ciudadana`, title: 'Transparencia', headings: [REGULATION_BLOCKS[0]!] });
    const fraction = obligationsPage();
    const result = deriveParticipationPages({ pages: [regulation, fraction] });
    expect(result.pages).toEqual([]);
    expect(result.mentions.map((p) => p.url)).toEqual([regulation.url, fraction.url]);
  });

  it('keeps a page that names a mechanism without explaining it among the mentions, and ignores pages that name none', () => {
    const directory = page({
      url: `${SITE}/directorio`,
      title: 'Directorio de funcionarios',
      headings: ['Directorio'],
      text: 'Secretaría General. Tesorería Municipal. Dirección de Obras Públicas. Secretaría técnica del Consejo Consultivo de Desarrollo Urbano. Dirección de Servicios Públicos.',
    });
    const tourism = page({ url: `${SITE}/turismo`, title: 'Turismo', headings: ['Conoce Tlajomulco'], text: 'La laguna de Cajititlán y sus fiestas de Reyes.' });
    const short = participationPage({ url: `${SITE}/presupuesto-participativo`, text: 'El presupuesto participativo es un mecanismo para que los vecinos decidan obras.' });
    const result = deriveParticipationPages({ pages: [homePage(), directory, tourism, short] });
    expect(result.pages).toEqual([]);
    expect(result.mentions.map((p) => p.url)).toEqual([directory.url, short.url]);
  });
  it('passes sections of one or two plain sentences that say who, when and where, without cue words', () => {
    const p = pageOfBlocks(
      [
        'Súmate',
        'Presupuesto participativo',
        'Cada año los vecinos deciden qué obras se hacen en su colonia.',
        'Consejo Ciudadano',
        'Lo forman doce ciudadanos de distintas colonias. Opina sobre los planes del Ayuntamiento y se reúne cada mes.',
      ],
      { url: `${SITE}/sumate`, title: 'Súmate', headings: ['Súmate', 'Presupuesto participativo', 'Consejo Ciudadano'] },
    );
    expect(summary(deriveParticipationPages({ pages: [p] })).pages).toEqual([`${p.url} | Presupuesto participativo | presupuesto participativo`]);
  });

  it('does not pass one sentence alone, nor names and labels without a sentence, nor the same words narrated in the preterite', () => {
    const headings = ['Participa', 'Presupuesto participativo', 'Consejo Ciudadano'];
    const one = pageOfBlocks(['Participa', 'Presupuesto participativo', 'Cada año los vecinos deciden qué obras se hacen en su colonia.'], { url: `${SITE}/uno`, title: 'Participa', headings });
    const names = pageOfBlocks(['Participa', 'Presupuesto participativo 2016', 'Consejo Ciudadano de Seguridad', 'Cabildo abierto: calendario de sesiones', 'Registro de comités vecinales'], { url: `${SITE}/nombres`, title: 'Participa', headings: ['Participa'] });
    const narrated = pageOfBlocks(
      ['Participa', 'Presupuesto participativo', 'En 2015 los vecinos decidieron qué obras se harían en su colonia.', 'Consejo Ciudadano', 'Lo formaron doce ciudadanos que se reunieron cada mes.'],
      { url: `${SITE}/narrado`, title: 'Participa', headings },
    );
    const result = deriveParticipationPages({ pages: [one, names, narrated] });
    expect(summary(result)).toEqual({ pages: [], mentions: [one.url, names.url, narrated.url] });
  });

  it('takes a report with its dateline at the bottom for a news item', () => {
    const report = pageOfBlocks(
      [
        'Entrega el alcalde obras del Presupuesto Participativo',
        'El Presidente Municipal entregó a los vecinos de la colonia Las Pintas la calle empedrada con recursos del Presupuesto Participativo.',
        '“Con el presupuesto participativo los vecinos deciden en qué se gasta su dinero”, dijo el alcalde.',
        'Publicado el 9 de mayo de 2016',
      ],
      { url: `${SITE}/index.php?option=com_content&view=article&id=312`, title: 'Entrega de obras', headings: ['Entrega el alcalde obras del Presupuesto Participativo'] },
    );
    expect(isNewsItem(report)).toBe(true);
    // an explanation page with an update date at the bottom is not one
    const dated = pageOfBlocks(['Presupuesto participativo', EXPLANATION, '09/05/2016'], { url: `${SITE}/presupuesto`, title: 'Presupuesto participativo', headings: ['Presupuesto participativo'] });
    expect(isNewsItem(dated)).toBe(false);
  });
});
