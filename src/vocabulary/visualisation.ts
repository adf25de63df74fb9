/**
 * Visualisations (processed-data): the scripts, inline calls, classes and iframe services of charts,
 * maps and BI dashboards, the words that name them in headings, image descriptions and link texts, and
 * what is not one (a site map, a location map, a list drawn as an image, an empty showcase). Sources:
 * docs/shared research on real municipal portals (§3 vocabulary, §4 quirks) and section 3 of
 * shared/research/real_portals.md.
 *
 * The words come in two lists because they are matched two ways: the gatherer finds
 * VISUALISATION_HEADING_WORDS as substrings of a heading or image description (stems: "grafica" also
 * finds "gráficas"), the indicator finds VISUALISATION_LABELS as whole phrases of a link text (both
 * numbers written out, and a bare "mapa" link counts while a bare "mapa" heading does not).
 * test/vocabulary.test.ts holds them to the same words.
 */

/** Script URLs of chart/map libraries: [pattern on src, hint name]. */
export const CHART_SCRIPT_SOURCES: [RegExp, string][] = [
  [/chart(\.umd)?(\.min)?\.js|chartjs/i, 'chart.js'],
  [/highcharts|highstock|highmaps/i, 'highcharts'],
  [/(^|\/)d3(\.v\d+)?(\.min)?\.js|d3js\.org|\/d3@/i, 'd3'],
  [/leaflet/i, 'leaflet'],
  [/gstatic\.com\/charts|google\.com\/jsapi|loader\.js.*charts/i, 'google-charts'],
  [/plotly/i, 'plotly'],
  [/echarts/i, 'echarts'],
  [/apexcharts/i, 'apexcharts'],
  [/amcharts/i, 'amcharts'],
  [/mapbox-gl|api\.mapbox\.com/i, 'mapbox'],
  [/openlayers|(^|\/)ol(\.min)?\.js/i, 'openlayers'],
  [/maps\.googleapis\.com\/maps\/api\/js/i, 'google-maps'],
  [/arcgis/i, 'arcgis'],
  [/(^|\/)c3(\.min)?\.js/i, 'c3'],
  [/morris(\.min)?\.js/i, 'morris'],
  [/flot/i, 'flot'],
  [/vega(-lite|-embed)?/i, 'vega'],
];
/** Inline script calls that draw charts/maps. */
export const CHART_SCRIPT_CALLS: [RegExp, string][] = [
  [/new\s+Chart\s*\(/, 'chart.js'],
  [/Highcharts\.(chart|mapChart|stockChart)\s*\(/, 'highcharts'],
  [/google\.visualization\./, 'google-charts'],
  [/\bL\.map\s*\(/, 'leaflet'],
  [/d3\.select/, 'd3'],
  [/echarts\.init/, 'echarts'],
  [/Plotly\.(newPlot|plot)/, 'plotly'],
  [/new\s+ApexCharts/, 'apexcharts'],
  [/new\s+google\.maps\.Map/, 'google-maps'],
  [/new\s+mapboxgl\.Map/, 'mapbox'],
];
/** Classes left by chart/map libraries or used for chart containers (matched on class tokens). */
export const CHART_CLASS_HINTS: [RegExp, string][] = [
  [/^highcharts/i, 'highcharts'],
  [/^leaflet-container$/i, 'leaflet'],
  [/^(chartjs|chart-js)/i, 'chart.js'],
  [/^apexcharts/i, 'apexcharts'],
  [/^amcharts/i, 'amcharts'],
  [/^echarts/i, 'echarts'],
  [/^(plotly|js-plotly-plot)/i, 'plotly'],
  [/^gm-style$/i, 'google-maps'],
  [/^mapboxgl-map$/i, 'mapbox'],
  [/^ol-viewport$/i, 'openlayers'],
  [/^google-visualization/i, 'google-charts'],
  [/^(chart|charts|grafica|graficas|grafico|graficos|dashboard|tablero)([-_].*)?$/i, 'chart-container'],
];
/** Iframe hosts/paths of maps, BI dashboards and chart services. */
export const VISUALISATION_IFRAMES: [RegExp, string][] = [
  [/app\.powerbi\.com|powerbi\.microsoft\.com/i, 'power-bi'],
  [/tableau/i, 'tableau'],
  [/datastudio\.google\.com|lookerstudio\.google\.com/i, 'looker-studio'],
  [/google\.[a-z.]+\/maps|maps\.google\.|mapsengine\.google/i, 'google-maps'],
  [/arcgis\.com|esri\.com/i, 'arcgis'],
  [/datawrapper\.dwcdn\.net|datawrapper\.de/i, 'datawrapper'],
  [/flourish\.studio/i, 'flourish'],
  [/infogram\.com|e\.infogram/i, 'infogram'],
  [/carto\.com|cartodb/i, 'carto'],
  [/umap\.openstreetmap|openstreetmap\.org\/export\/embed/i, 'openstreetmap'],
  [/mapbox\.com/i, 'mapbox'],
  [/kepler\.gl/i, 'kepler'],
  [/docs\.google\.com\/spreadsheets\/.*(chart|pubchart)/i, 'google-sheets-chart'],
  [/metabase|grafana|superset|qlik|kibana/i, 'dashboard'],
];

/**
 * Google Maps embeds show a map of data only when they say so: a point layer of a dataset (Google My Maps
 * /maps/d/, a KML/KMZ/GeoRSS layer) or words that name what the map shows ("Mapa de obras públicas 2016").
 * The usual embed (maps/embed?pb=…) under "Cómo llegar" or "Ubicación" shows where one office is.
 */
export const GOOGLE_MAPS_SERVICE = 'google-maps';
/** A Google map carrying a layer of data: My Maps (maps/d/embed?mid=, maps/d/viewer), a KML/KMZ/GeoRSS layer. */
export const MAP_DATA_LAYER_URL = /\/maps\/d\/|[?&](?:kml|kmz|georss)=|\.km[lz](?:[?&#]|$)/i;
/** A Google My Maps URL: a layer someone drew, data only when its words say what it shows. */
export const MY_MAPS_URL = /\/maps\/d\//i;
/** Words (normalised, matched as whole words or stems) that name a map in a description. */
export const MAP_WORDS = ['mapa', 'mapas', 'atlas', 'georreferenc*', 'geolocalizacion de', 'capa de'] as const;
/**
 * Words of a map's description that say where something is, not what data it shows: an office, a building, a
 * way to get there ("Mapa: cómo llegar a nuestras oficinas"); never the subject of a map of data.
 */
export const LOCATION_MAP_WORDS = new Set([
  'ubicacion', 'ubicaciones', 'ubicanos', 'localizacion', 'localizanos', 'direccion', 'direcciones', 'domicilio', 'croquis',
  'llegar', 'estamos', 'encuentranos', 'oficina', 'oficinas', 'instalaciones', 'sucursales', 'modulos', 'dependencias',
  'sede', 'palacio', 'edificio', 'acceso', 'accesos',
  // Words of any description that name no subject.
  'mapas', 'maps', 'google', 'nuestras', 'nuestros', 'estas', 'estos', 'todas', 'todos', 'otras', 'otros', 'algunas', 'algunos',
]);
/** Singular subjects of data maps (normalised stems): "Mapa de la obra pública 2016", "Mapa de incidencia delictiva". */
export const DATA_MAP_SUBJECTS = ['obra publica', 'incidencia', 'delictiv*', 'inversion', 'presupuesto', 'uso de suelo', 'zonificacion', 'riesgo', 'poblacion', 'pobreza', 'marginacion'] as const;

/**
 * Map libraries drawn by a page's own script (Google Maps JS API, Leaflet, Mapbox GL, OpenLayers): like an embed,
 * such a map shows data only when it carries a layer of data or its words say what it shows. The usual one puts a
 * single marker on the town hall.
 */
export const MAP_LIBRARY_HINTS = new Set(['google-maps', 'leaflet', 'mapbox', 'openlayers']);
/** Inline script that loads a layer of data onto a map: KML, GeoJSON, a heat map, marker clusters. */
export const MAP_DATA_SCRIPT = /KmlLayer|loadGeoJson|addGeoJson|google\.maps\.Data\b|HeatmapLayer|MarkerClusterer|L\.geoJSON|L\.geoJson|L\.markerClusterGroup|L\.heatLayer|\.addSource\s*\(|ol\.format\.(?:GeoJSON|KML)|new\s+(?:GeoJSON|KML)\s*\(/;
/** One marker placed by script; three or more, or one inside a loop, draw a set of points. */
export const MAP_MARKER_CALL = /new\s+google\.maps\.Marker|google\.maps\.marker\.AdvancedMarkerElement|L\.(?:marker|circleMarker|circle)\s*\(|new\s+mapboxgl\.Marker/g;
export const MAP_MARKER_MIN = 3;

/** Site maps: "mapa del sitio" is a site map, not a map, in a heading as in a link text. */
const SITE_MAP_LABELS = ['mapa del sitio', 'mapa de sitio'] as const;

/** Heading words (normalised) that announce processed data, matched as substrings. */
export const VISUALISATION_HEADING_WORDS = [
  'tablero', 'infografia', 'visualizacion', 'grafica', 'grafico', 'dashboard', 'mapa interactivo', 'georreferenc',
  'indicadores de gestion', 'estadisticas',
];
export const VISUALISATION_HEADING_EXCLUSIONS: string[] = [...SITE_MAP_LABELS];

/**
 * What a picture called "infografía" or "gráfica" shows when it is only a list drawn as an image (normalised
 * description): a directory, a calendar or agenda, an organisation chart, opening hours, requirements.
 * Information, but not data processed for citizens ("Infografía: Directorio de dependencias municipales").
 */
export const LISTING_SUBJECT_PATTERN = /\b(directorio|calendario|agenda|organigrama|horarios?|listado|padron|telefonos|requisitos)\b/;
/**
 * A block that says the charts are not there (normalised): CKAN's empty showcase ("Aún no hay aplicaciones ni
 * visualizaciones publicadas"), its resource views ("Aún no se han creado vistas de gráfica", "Este recurso no
 * tiene vista de mapa"), "Próximamente", "Sin resultados".
 */
export const EMPTY_NOTICE_PATTERN =
  /\b(?:aun no (?:hay|se ha|existe)|todavia no (?:hay|se ha)|no hay (?:\S+ ){0,4}(?:publicad|disponible|registrad)|no se han? (?:creado|publicado|generado)|no tiene vistas?\b|sin resultados\b|no se encontraron\b|proximamente\b)/;

/** Charts, maps, dashboards named in link texts (processed-data). */
export const VISUALISATION_LABELS = [
  'tablero',
  'tableros',
  'dashboard',
  'infografia',
  'infografias',
  'grafica',
  'graficas',
  'grafico',
  'graficos',
  'visualizacion',
  'visualizaciones',
  'mapa',
  'mapas',
  'mapa interactivo',
  'estadisticas',
] as const;

/** Site maps and location maps are not data visualisations. */
export const NOT_VISUALISATION_LABELS = [...SITE_MAP_LABELS, 'mapa web', 'como llegar', 'ubicacion', 'mapa de ubicacion'] as const;
