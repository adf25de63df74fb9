import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortalNetwork, type PortalNetwork } from '../../src/demo/portal-network.ts';
import { CORPUS_DIR, INDICATOR_IDS, loadPortalSpecs, parsePortalSpec, PORTALS_DIR } from '../../src/demo/expected.ts';
import { formatDate, resolveDatePlaceholders, shiftDate, parseAsOf } from '../../src/demo/dates.ts';
import { parseSeeds } from '../../src/seeds/seeds.ts';

const AS_OF = '2016-05-20';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function fetchVia(network: PortalNetwork, url: string, method: 'GET' | 'HEAD' = 'GET'): Promise<Reply> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: network.port, method, path: `${target.pathname}${target.search}`, headers: { Host: target.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const decode = (reply: Reply) =>
  reply.body.toString(String(reply.headers['content-type']).includes('ISO-8859-1') ? 'latin1' : 'utf8');

let network: PortalNetwork;
beforeAll(async () => {
  network = await startPortalNetwork({ asOf: AS_OF });
});
afterAll(async () => {
  await network.close();
});

describe('dates relative to as-of', () => {
  const asOf = parseAsOf(AS_OF);
  it.each([
    ['-12d', 'dd/MM/yyyy', '08/05/2016'],
    ['-40d', "d 'de' MMMM 'de' yyyy", '10 de abril de 2016'],
    ['-3m', 'd MMMM yyyy', '20 febrero 2016'],
    ['-50d', 'dd/MM/yy', '31/03/16'],
    ['0', 'EEEE', 'viernes'],
    ['+1m', 'yyyy-MM-dd', '2016-06-20'],
  ])('%s as %s → %s', (offset, pattern, expected) => {
    expect(formatDate(shiftDate(asOf, offset), pattern)).toBe(expected);
  });

  it('clamps month arithmetic to the end of shorter months', () => {
    expect(shiftDate(parseAsOf('2016-05-31'), '-3m').toISOString().slice(0, 10)).toBe('2016-02-29');
  });

  it('resolves placeholders with case modifiers', () => {
    expect(resolveDatePlaceholders("Hoy es {{date:0d|EEEE d 'de' MMMM 'de' yyyy|title}}", asOf)).toBe('Hoy es Viernes 20 de Mayo de 2016');
    expect(resolveDatePlaceholders('{{date:-1m|MMMM yyyy|upper}}', asOf)).toBe('ABRIL 2016');
  });

  it('refuses a malformed as-of', () => {
    expect(() => parseAsOf('20/05/2016')).toThrow(/YYYY-MM-DD/);
    expect(() => parseAsOf('2016-02-30')).toThrow(/not a real date/);
  });
});

describe('portal specs', () => {
  const specs = loadPortalSpecs();

  it('has at least 9 valid portals, including the required cases', () => {
    expect(specs.length).toBeGreaterThanOrEqual(9);
    const styles = new Set(specs.map((s) => s.style));
    for (const style of ['drupal-like', 'wordpress-like', 'joomla-like', 'old-table-iso-8859-1'] as const) expect(styles).toContain(style);
    expect(specs.find((s) => s.inegi_code === '14097')).toBeDefined();
    expect(specs.some((s) => !s.reachable)).toBe(true);
  });

  it('gives Tlajomulco its 2016 state: everything passes but participation-contact, citizen-collaboration and mobile-app', () => {
    const tlajomulco = specs.find((s) => s.inegi_code === '14097')!;
    const failing = INDICATOR_IDS.filter((id) => tlajomulco.expected[id] !== 'pass');
    expect(failing.sort()).toEqual(['citizen-collaboration', 'mobile-app', 'participation-contact']);
  });

  it('has, for every indicator, at least one portal expected to pass and one expected to fail', () => {
    for (const id of INDICATOR_IDS) {
      const verdicts = specs.map((s) => s.expected[id]);
      expect(verdicts, id).toContain('pass');
      expect(verdicts, id).toContain('fail');
    }
  });

  it('loads the labelled corpus with the demo portals: ≥ 30 valid portals in ≥ 6 styles, a JavaScript app and a separate catalogue among them', () => {
    const labelled = loadPortalSpecs([PORTALS_DIR, CORPUS_DIR]);
    expect(labelled.length).toBeGreaterThanOrEqual(30);
    const styles = new Set(labelled.map((s) => s.style));
    expect(styles.size).toBeGreaterThanOrEqual(6);
    expect(styles).toContain('javascript-spa');
    expect(labelled.some((s) => s.hosts.some((h) => /^datos(abiertos)?\./.test(h)))).toBe(true);
  });

  it('refuses a decoy declared where the expected verdict is pass', () => {
    const good = structuredClone(specs.find((s) => s.slug === 'tlajomulco')!);
    expect(() => parsePortalSpec({ ...good, decoys: { 'open-data-section': 'a trap' } })).toThrow(/decoy for open-data-section/);
  });

  it('rejects a spec missing an indicator or with an unknown verdict', () => {
    const good = structuredClone(specs.find((s) => s.slug === 'tlajomulco')!);
    const missing = structuredClone(good) as { expected: Record<string, string> };
    delete missing.expected['mobile-app'];
    expect(() => parsePortalSpec(missing)).toThrow(/mobile-app/);
    const badVerdict = structuredClone(good) as { expected: Record<string, string> };
    badVerdict.expected['mobile-app'] = 'maybe';
    expect(() => parsePortalSpec(badVerdict)).toThrow(/expected/);
  });
});

describe('portal network', () => {
  it('listens on 127.0.0.1 and gives one connect-to rule per host', () => {
    expect(network.port).toBeGreaterThan(0);
    for (const spec of network.portals)
      for (const host of [...spec.hosts, ...Object.keys(spec.aliases)]) {
        const rule = network.connectTo.find((r) => r.startsWith(`${host}:80:`));
        expect(rule, host).toMatch(/^[a-z0-9.-]+:80:127\.0\.0\.1:\d+$/);
        if (spec.reachable) expect(rule).toBe(`${host}:80:127.0.0.1:${network.port}`);
        else expect(rule).not.toBe(`${host}:80:127.0.0.1:${network.port}`);
      }
  });

  it('answers every reachable portal home with 200 through the Host header', async () => {
    for (const spec of network.portals.filter((s) => s.reachable)) {
      const reply = await fetchVia(network, spec.home);
      expect(reply.status, spec.home).toBe(200);
      expect(String(reply.headers['content-type'])).toMatch(/^text\/html; charset=/);
    }
  });

  it('refuses connections for the unreachable seed', async () => {
    const spec = network.portals.find((s) => !s.reachable)!;
    const rule = network.connectTo.find((r) => r.startsWith(`${spec.hosts[0]}:80:`))!;
    const port = Number(rule.split(':')[3]);
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => {
        socket.destroy();
        resolve(null);
      });
      socket.on('error', (e) => resolve(e));
    });
    expect(error?.code).toBe('ECONNREFUSED');
  });

  it('redirects the bare domain to www, as the seed URL does', async () => {
    const reply = await fetchVia(network, 'http://tlajomulco.gob.mx/node/4019');
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe('http://www.tlajomulco.gob.mx/node/4019');
  });

  it('serves ISO-8859-1 pages as latin1 bytes', async () => {
    const reply = await fetchVia(network, 'http://www.tulancingo.gob.mx/datos_abiertos.php');
    expect(reply.headers['content-type']).toBe('text/html; charset=ISO-8859-1');
    expect(reply.body.includes(Buffer.from('Descripción', 'latin1'))).toBe(true);
    expect(reply.body.includes(Buffer.from('ó', 'utf8'))).toBe(false);
    expect(reply.body.toString('latin1')).toContain('Actualización 31/03/16');
  });

  it('resolves dates relative to as-of in pages, headers and sitemaps', async () => {
    const page = decode(await fetchVia(network, 'http://datos.tlajomulco.gob.mx/dataset/presupuesto-de-egresos'));
    expect(page).toMatch(/Fecha de actualización<\/th><td>08\/05\/2016/);
    const csv = await fetchVia(network, 'http://datos.tlajomulco.gob.mx/dataset/presupuesto-de-egresos/resource/presupuesto-egresos.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=UTF-8');
    expect(csv.headers['last-modified']).toBe('Sun, 08 May 2016 10:00:00 GMT');
    expect(csv.body.toString('utf8')).toContain('2016-05-08');
    const sitemap = decode(await fetchVia(network, 'http://www.zapopan.gob.mx/sitemap.xml'));
    expect(sitemap).toContain('<loc>http://www.zapopan.gob.mx/?page_id=120</loc><lastmod>2016-05-12');
    const home = decode(await fetchVia(network, 'http://www.tlajomulco.gob.mx/'));
    expect(home).toContain('<time datetime="2016-05-18">');
    expect(home).toMatch(/class="post reply"[^]*?<time datetime="2016-05-17">[^]*?En respuesta a @vecino/);
  });

  it('serves real spreadsheets and PDFs with their content types', async () => {
    const xlsx = await fetchVia(network, 'http://datos.tlajomulco.gob.mx/dataset/presupuesto-de-egresos/resource/presupuesto-egresos.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.body.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const xls = await fetchVia(network, 'http://www.tulancingo.gob.mx/archivos/datos/obra_publica.xls');
    expect(xls.headers['content-type']).toBe('application/vnd.ms-excel');
    expect(xls.headers['last-modified']).toBe('Thu, 31 Mar 2016 10:00:00 GMT');
    const pdf = await fetchVia(network, 'http://www.celaya.gob.mx/transparencia/focalizada/art70_fr21_presupuesto.pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const json = await fetchVia(network, 'http://www.saltillo.gob.mx/Archivos/DatosAbiertos/Nomina.json');
    expect(json.headers['content-type']).toBe('application/json');
    expect(() => JSON.parse(json.body.toString('utf8'))).not.toThrow();
  });

  it('answers HEAD with the headers and no body', async () => {
    const url = 'http://www.zapopan.gob.mx/wp-content/uploads/gobierno-abierto/presupuesto-egresos.xlsx';
    const [get, head] = [await fetchVia(network, url), await fetchVia(network, url, 'HEAD')];
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(head.headers['last-modified']).toBe(get.headers['last-modified']);
  });

  it('answers 404 for unknown paths and hosts', async () => {
    expect((await fetchVia(network, 'http://www.tlajomulco.gob.mx/no-existe')).status).toBe(404);
    expect((await fetchVia(network, 'http://www.otro-municipio.gob.mx/')).status).toBe(404);
  });

  it('serves robots.txt variants: a private folder with Crawl-delay 0, and a Sitemap line', async () => {
    const puebla = decode(await fetchVia(network, 'http://pueblacapital.gob.mx/robots.txt'));
    expect(puebla).toMatch(/Crawl-delay: 0/);
    expect(puebla).toMatch(/Disallow: \/administrator\//);
    const zapopan = decode(await fetchVia(network, 'http://www.zapopan.gob.mx/robots.txt'));
    expect(zapopan).toMatch(/^Sitemap: http:\/\/www\.zapopan\.gob\.mx\/sitemap\.xml$/m);
  });

  it('writes a seeds CSV the project parser accepts', () => {
    const csv = network.seedsCsv();
    expect(csv.split('\n')[0]).toBe('pop_rank,inegi_code,name,state,url,url_confidence,published_score_2016,published_position_2016');
    const seeds = parseSeeds(csv, 'demo');
    expect(seeds.map((s) => s.inegi_code).sort()).toEqual(network.portals.map((p) => p.inegi_code).sort());
    expect(seeds.find((s) => s.inegi_code === '14097')).toMatchObject({ url: 'http://tlajomulco.gob.mx/', published_score_2016: 91 });
  });

  it('keeps every portal small, self-consistent and free of loopback addresses', async () => {
    for (const spec of network.portals.filter((s) => s.reachable)) {
      const hosts = new Set([...spec.hosts, ...Object.keys(spec.aliases)]);
      const seen = new Set<string>();
      const queue = [spec.seed_url ?? spec.home];
      let pages = 0;
      while (queue.length) {
        const url = queue.shift()!;
        if (seen.has(url)) continue;
        seen.add(url);
        const reply = await fetchVia(network, url);
        if (reply.status === 301) {
          queue.push(String(reply.headers.location));
          continue;
        }
        expect(reply.status, `${url} (${spec.slug})`).toBe(200);
        if (!String(reply.headers['content-type']).startsWith('text/html')) continue;
        pages++;
        const html = decode(reply);
        expect(html, url).not.toMatch(/\{\{|127\.0\.0\.1|localhost/);
        for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"#]+)/g)) {
          const next = new URL(href!.replace(/&amp;/g, '&'), url);
          if (next.protocol === 'http:' && hosts.has(next.hostname) && !next.pathname.startsWith('/administrator/')) {
            next.hash = '';
            queue.push(next.href);
          }
        }
      }
      expect(pages, spec.slug).toBeLessThanOrEqual(40);
      expect(pages, spec.slug).toBeGreaterThanOrEqual(3);
    }
  });
});
