/**
 * `mirador check` end to end, as a municipality's CI would run it: the real CLI over the simulated
 * Tlajomulco portal (19 of 22 criteria, 86.4 points), with no browser and no politeness delay.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/check/check-result.ts';
import { type PortalNetwork, startPortalNetwork } from '../../src/demo/portal-network.ts';

const run = promisify(execFile);
const AS_OF = '2016-05-20';

async function mirador(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/mirador.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('mirador check over the simulated Tlajomulco portal', () => {
  let network: PortalNetwork;
  let first: Awaited<ReturnType<typeof mirador>>;
  let second: Awaited<ReturnType<typeof mirador>>;
  let down: Awaited<ReturnType<typeof mirador>>;
  let refused: Awaited<ReturnType<typeof mirador>>;
  let help: Awaited<ReturnType<typeof mirador>>;
  const dir = mkdtempSync(join(tmpdir(), 'mirador-check-'));
  const json = join(dir, 'check.json');
  const previous = join(dir, 'previous.json');
  const out = join(dir, 'report');
  const common = () => [
    ...network.connectTo.flatMap((rule) => ['--connect-to', rule]),
    '--as-of', AS_OF, '--no-render', '--delay', '0', '--db', join(dir, 'check.sqlite'),
  ];

  beforeAll(async () => {
    network = await startPortalNetwork({ asOf: AS_OF });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"run":{}}');
    // Independent commands run side by side to keep the file fast; the compare run needs the first one's JSON.
    [first, down, refused, help] = await Promise.all([
      mirador('check', 'http://tlajomulco.gob.mx/', ...common(), '--json', json, '--min-score', '90'),
      mirador('check', 'http://www.kanasin.gob.mx/', ...common(), '--db', join(dir, 'down.sqlite'), '--timeout', '2'),
      mirador('check', 'http://tlajomulco.gob.mx/', ...common(), '--compare', bad),
      mirador('check', '--help'),
    ]);
    // The previous check, as if search-tool had failed then and the score had been lower.
    const earlier = JSON.parse(readFileSync(json, 'utf8')) as CheckResult;
    const searchTool = earlier.indicators.find((i) => i.id === 'search-tool')!;
    Object.assign(searchTool, { verdict: 'fail', points: 0, reason: 'no search form in the section', evidence: [] });
    writeFileSync(previous, JSON.stringify({ ...earlier, as_of: '2016-04-20', score: 81.8 }));
    second = await mirador(
      'check', 'http://tlajomulco.gob.mx/', ...common(),
      '--inegi', '14097', '--name', 'Tlajomulco de Zúñiga', '--state', 'Jalisco',
      '--compare', previous, '--out', out, '--min-score', '80',
    );
  }, 60_000);

  afterAll(async () => {
    await network?.close();
  });

  it('prints the scorecard in Spanish with evidence and reasons', () => {
    expect(first.stdout).toContain('Puntaje: 86.4 / 100  (19 de 22 criterios cumplidos)');
    expect(first.stdout).toContain('D6 Participación ciudadana');
    expect(first.stdout).toMatch(/✘ Contacto para participar \(participation-contact\)\s+0\.0 \/ 4\.5\n\s+\S/);
    // The reasons are the Spanish renderings of the rules' messages.
    expect(first.stdout).toMatch(/✘ Aplicación móvil \(mobile-app\)\s+0\.0 \/ 4\.5\n\s+No hay enlace a Google Play ni a la App Store entre \d+ enlaces/);
    expect(first.stdout).toMatch(/✔ Sección de datos abiertos \(open-data-section\)\s+4\.5 \/ 4\.5\n\s+http:\/\/www\.tlajomulco\.gob\.mx\//);
    expect(first.stdout).not.toContain('\u001b[');
    // Not a terminal: lines wrap at 100 characters, on word boundaries.
    expect(first.stdout.split('\n').filter((line) => line.length > 100 && /\s/.test(line.trim()))).toEqual([]);
  });

  it('lists what to fix first, in methodology order for equal points, with the hints', () => {
    const fixes = first.stdout.slice(first.stdout.indexOf('Qué corregir primero'));
    expect([...fixes.matchAll(/^ +\d+\. \+4\.5 pts {2}✘ [^(\n]+\(([a-z-]+)\)$/gm)].map((m) => m[1])).toEqual([
      'participation-contact',
      'citizen-collaboration',
      'mobile-app',
    ]);
    expect(fixes.replace(/\s+/g, ' ')).toContain('Cómo cumplirlo: Indique en la página de participación el teléfono, correo y domicilio del área responsable.');
  });

  it('says what it is doing on stderr', () => {
    expect(first.stderr).toContain('Rastreando http://tlajomulco.gob.mx/');
    expect(first.stderr).toContain('Evaluando los criterios');
  });

  it('exits 1 below --min-score 90 with the reason, 0 at --min-score 80', () => {
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('El puntaje 86.4 es menor que el mínimo exigido (--min-score 90).');
    expect(second.code).toBe(0);
    expect(second.stderr).not.toContain('mínimo exigido');
  });

  it('writes the result as JSON', () => {
    const result = JSON.parse(readFileSync(json, 'utf8')) as CheckResult;
    expect(result).toMatchObject({
      inegi_code: '00000', name: 'tlajomulco.gob.mx', url: 'http://tlajomulco.gob.mx/', final_url: 'http://www.tlajomulco.gob.mx/',
      status: 'ok', score: 86.4, as_of: AS_OF, methodology_id: 'aidh-2016', software_version: expect.any(String),
    });
    expect(result.indicators).toHaveLength(22);
    expect(result.indicators.find((i) => i.id === 'participation-contact')).toMatchObject({
      verdict: 'fail',
      points: 0,
      reason: expect.stringMatching(/^Se revis(ó|aron) \d+ páginas? de participación ciudadana; no hay teléfono/),
      reason_en: expect.stringMatching(/^checked \d+ participation pages?; no phone/),
      reason_id: 'participation-contact.no-contact',
      reason_params: { pages: expect.any(Number) },
    });
  });

  it('compares with a previous --json output', () => {
    expect(second.stdout).toContain('Cambios desde la revisión anterior (fecha de evaluación 20 de abril de 2016)');
    expect(second.stdout).toContain('Puntaje: 81.8 → 86.4 (+4.5)');
    expect(second.stdout).toMatch(/✘ → ✔ Buscador en la sección \(search-tool\): \+4\.5 pts http:\/\/datos\.tlajomulco\.gob\.mx\//);
    expect(second.stdout.slice(second.stdout.indexOf('Cambios'))).not.toContain('participation-contact');
  });

  it('writes the municipality page of the full report with --out', () => {
    const page = join(out, 'municipios', '14097.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('Tlajomulco de Zúñiga');
    expect(second.stderr).toContain(`Informe: ${page}`);
  });

  it('exits 2 with the reason when the site cannot be reached', () => {
    expect(down.code).toBe(2);
    expect(down.stdout).toContain('Sin puntaje: Sitio inaccesible');
    expect(down.stderr).toMatch(/No se pudo evaluar http:\/\/www\.kanasin\.gob\.mx\/: Sitio inaccesible: .+/);
  });

  it('refuses a --compare file that is not a check result, before crawling', () => {
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('no es un resultado de «mirador check --json»');
    expect(refused.stderr).not.toContain('Rastreando');
  });

  it('has help listing its own options and the crawl options of rank', () => {
    expect(help.code).toBe(0);
    for (const option of ['<url>', '--inegi', '--name', '--db', '--as-of', '--out', '--json', '--min-score', '--compare', '--connect-to', '--max-pages', '--delay', '--no-render'])
      expect(help.stdout).toContain(option);
  });
});
