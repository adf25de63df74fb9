/**
 * Schema migrations, applied in order and recorded in `schema_migrations`. Never edit a released
 * migration: add a new one. The schema is documented in docs/schema.md.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'runs, municipalities, fetches, scorings, indicator results, evidence',
    sql: `
CREATE TABLE runs (
  id               INTEGER PRIMARY KEY,
  started_at       TEXT NOT NULL,
  finished_at      TEXT,
  status           TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
  as_of            TEXT NOT NULL,
  methodology_id   TEXT NOT NULL,
  software_version TEXT NOT NULL,
  seeds_file       TEXT NOT NULL,
  options_json     TEXT NOT NULL
);

CREATE TABLE municipalities (
  inegi_code              TEXT PRIMARY KEY,
  name                    TEXT NOT NULL,
  name_official           TEXT,
  state                   TEXT NOT NULL,
  pop_rank                INTEGER,
  url_confidence          TEXT,
  published_score_2016    REAL,
  published_position_2016 INTEGER
);

-- The sites a run set out to visit, in seeds order: what --resume still has to do.
CREATE TABLE run_seeds (
  run_id     INTEGER NOT NULL REFERENCES runs(id),
  inegi_code TEXT NOT NULL REFERENCES municipalities(inegi_code),
  position   INTEGER NOT NULL,
  seed_url   TEXT NOT NULL,
  PRIMARY KEY (run_id, inegi_code)
);

-- One row per municipality per run; present only once the site's crawl and scoring are committed.
CREATE TABLE run_sites (
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  inegi_code    TEXT NOT NULL REFERENCES municipalities(inegi_code),
  seed_url      TEXT NOT NULL,
  final_url     TEXT,
  status        TEXT NOT NULL CHECK (status IN ('ok', 'unreachable', 'refused', 'blocked-by-robots')),
  status_reason TEXT,
  pages_crawled INTEGER NOT NULL,
  sitemap_json  TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  finished_at   TEXT NOT NULL,
  PRIMARY KEY (run_id, inegi_code)
);

-- Content-addressed bodies (gzip), shared by every fetch that received the same bytes.
CREATE TABLE bodies (
  sha256   TEXT PRIMARY KEY,
  encoding TEXT NOT NULL CHECK (encoding IN ('gzip')),
  size     INTEGER NOT NULL,
  data     BLOB NOT NULL
);

CREATE TABLE fetches (
  id             INTEGER PRIMARY KEY,
  run_id         INTEGER NOT NULL REFERENCES runs(id),
  inegi_code     TEXT NOT NULL,
  url            TEXT NOT NULL,
  final_url      TEXT NOT NULL,
  redirects_json TEXT NOT NULL,
  method         TEXT NOT NULL,
  purpose        TEXT NOT NULL CHECK (purpose IN ('page', 'robots', 'sitemap', 'file')),
  depth          INTEGER NOT NULL,
  status         INTEGER,
  headers_json   TEXT NOT NULL,
  content_type   TEXT,
  body_sha256    TEXT REFERENCES bodies(sha256),
  bytes          INTEGER NOT NULL,
  started_at     TEXT NOT NULL,
  duration_ms    INTEGER NOT NULL,
  attempts       INTEGER NOT NULL,
  error_kind     TEXT,
  error_message  TEXT
);
CREATE INDEX fetches_by_site ON fetches(run_id, inegi_code);

-- The decoded pages handed to the gatherers, so a crawl can be re-scored without the network.
CREATE TABLE pages (
  run_id        INTEGER NOT NULL REFERENCES runs(id),
  inegi_code    TEXT NOT NULL,
  position      INTEGER NOT NULL,
  url           TEXT NOT NULL,
  requested_url TEXT NOT NULL,
  depth         INTEGER NOT NULL,
  status        INTEGER NOT NULL,
  headers_json  TEXT NOT NULL,
  content_type  TEXT NOT NULL,
  html_sha256   TEXT NOT NULL REFERENCES bodies(sha256),
  fetched_at    TEXT NOT NULL,
  rendered      INTEGER NOT NULL,
  PRIMARY KEY (run_id, inegi_code, position)
);

CREATE TABLE probed_files (
  run_id         INTEGER NOT NULL REFERENCES runs(id),
  inegi_code     TEXT NOT NULL,
  url            TEXT NOT NULL,
  final_url      TEXT NOT NULL,
  status         INTEGER,
  content_type   TEXT,
  content_length INTEGER,
  last_modified  TEXT,
  error_kind     TEXT,
  error_message  TEXT
);
CREATE INDEX probed_files_by_site ON probed_files(run_id, inegi_code);

-- A scoring is one evaluation of a run's crawl; re-scoring from the archive adds a new one.
CREATE TABLE scorings (
  id               INTEGER PRIMARY KEY,
  run_id           INTEGER NOT NULL REFERENCES runs(id),
  created_at       TEXT NOT NULL,
  methodology_id   TEXT NOT NULL,
  software_version TEXT NOT NULL,
  origin           TEXT NOT NULL CHECK (origin IN ('crawl', 'rescore'))
);

CREATE TABLE site_scores (
  scoring_id INTEGER NOT NULL REFERENCES scorings(id),
  inegi_code TEXT NOT NULL,
  score      REAL,
  PRIMARY KEY (scoring_id, inegi_code)
);

CREATE TABLE indicator_results (
  scoring_id   INTEGER NOT NULL REFERENCES scorings(id),
  inegi_code   TEXT NOT NULL,
  indicator_id TEXT NOT NULL,
  verdict      TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'unknown')),
  points       REAL NOT NULL,
  max_points   REAL NOT NULL,
  reason       TEXT,
  PRIMARY KEY (scoring_id, inegi_code, indicator_id)
);

CREATE TABLE evidence (
  id           INTEGER PRIMARY KEY,
  scoring_id   INTEGER NOT NULL REFERENCES scorings(id),
  inegi_code   TEXT NOT NULL,
  indicator_id TEXT NOT NULL,
  position     INTEGER NOT NULL,
  url          TEXT NOT NULL,
  text         TEXT NOT NULL,
  selector     TEXT,
  screenshot   TEXT
);
CREATE INDEX evidence_by_result ON evidence(scoring_id, inegi_code, indicator_id);
`,
  },
  {
    version: 2,
    name: 'WARC archive files and the location of each fetch\'s records',
    sql: `
-- A run's WARC files: part 1 by the run, one more per --resume. Paths relative to the database's folder.
CREATE TABLE warc_files (
  path       TEXT PRIMARY KEY,
  run_id     INTEGER NOT NULL REFERENCES runs(id),
  part       INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX warc_files_by_run ON warc_files(run_id);

-- Where each fetch's records are: one gzip member per record, so (offset, length) reads one record alone.
CREATE TABLE warc_records (
  fetch_id    INTEGER NOT NULL REFERENCES fetches(id),
  file        TEXT NOT NULL REFERENCES warc_files(path),
  offset      INTEGER NOT NULL,
  length      INTEGER NOT NULL,
  record_type TEXT NOT NULL CHECK (record_type IN ('request', 'response', 'metadata')),
  record_id   TEXT NOT NULL,
  target_uri  TEXT NOT NULL,
  PRIMARY KEY (fetch_id, record_type)
);
CREATE INDEX warc_records_by_uri ON warc_records(target_uri);
`,
  },
  {
    version: 3,
    name: 'what the browser saw: screenshots, the phone-width layout and render notes',
    sql: `
ALTER TABLE pages ADD COLUMN screenshot TEXT;      -- path relative to the run's folder
ALTER TABLE pages ADD COLUMN mobile_json TEXT;     -- {"viewportWidth":375,"scrollWidth":…,"textChars":…}
ALTER TABLE pages ADD COLUMN render_error TEXT;    -- why a page meant to be rendered kept its static HTML
ALTER TABLE run_sites ADD COLUMN render_note TEXT; -- why a whole site was not rendered (browser missing…)
ALTER TABLE fetches ADD COLUMN tls_error TEXT;     -- certificate problem, kept even when --ignore-tls-errors tolerated it
`,
  },
  {
    version: 4,
    name: 'views for the common questions: ranking, state_summary, indicator_coverage, run_diff',
    sql: `
-- The scoring a run's report shows: its newest one.
CREATE VIEW latest_scorings AS
  SELECT run_id, max(id) AS scoring_id FROM scorings GROUP BY run_id;

-- Every scored site of every scoring, with its position (standard competition ranking: 1, 2, 2, 4).
CREATE VIEW ranking AS
  SELECT sc.run_id, s.scoring_id, r.as_of, s.inegi_code, m.name, m.state, s.score,
         RANK() OVER (PARTITION BY s.scoring_id ORDER BY s.score DESC) AS rank,
         m.published_score_2016, m.published_position_2016
  FROM site_scores s
  JOIN scorings sc ON sc.id = s.scoring_id
  JOIN runs r ON r.id = sc.run_id
  JOIN municipalities m ON m.inegi_code = s.inegi_code
  WHERE s.score IS NOT NULL;

CREATE VIEW state_summary AS
  SELECT run_id, scoring_id, state, count(*) AS evaluated, round(avg(score), 1) AS mean_score,
         min(score) AS worst_score, max(score) AS best_score
  FROM ranking GROUP BY scoring_id, state;

-- Share of evaluated sites that meet each indicator (unknown counts as not met).
CREATE VIEW indicator_coverage AS
  SELECT sc.run_id, ir.scoring_id, ir.indicator_id, count(*) AS evaluated,
         sum(ir.verdict = 'pass') AS passed, sum(ir.verdict = 'fail') AS failed, sum(ir.verdict = 'unknown') AS unknown,
         round(100.0 * sum(ir.verdict = 'pass') / count(*), 1) AS pass_percent
  FROM indicator_results ir
  JOIN scorings sc ON sc.id = ir.scoring_id
  JOIN site_scores s ON s.scoring_id = ir.scoring_id AND s.inegi_code = ir.inegi_code AND s.score IS NOT NULL
  GROUP BY ir.scoring_id, ir.indicator_id;

-- Each run against the run before it (newest scoring of each): who rose, who fell, how many verdicts changed.
CREATE VIEW run_diff AS
  WITH pairs AS (
    SELECT b.run_id AS run_id, b.scoring_id AS scoring_id,
           (SELECT a.scoring_id FROM latest_scorings a WHERE a.run_id < b.run_id ORDER BY a.run_id DESC LIMIT 1) AS previous_scoring_id
    FROM latest_scorings b)
  SELECT p.run_id, ps.run_id AS previous_run_id, m.inegi_code, m.name, m.state,
         prev.score AS previous_score, cur.score AS score, round(cur.score - prev.score, 1) AS delta,
         (SELECT count(*) FROM indicator_results x JOIN indicator_results y
            ON y.scoring_id = p.previous_scoring_id AND y.inegi_code = x.inegi_code AND y.indicator_id = x.indicator_id
          WHERE x.scoring_id = p.scoring_id AND x.inegi_code = m.inegi_code AND x.verdict <> y.verdict) AS verdicts_changed
  FROM pairs p
  JOIN scorings ps ON ps.id = p.previous_scoring_id
  JOIN site_scores cur ON cur.scoring_id = p.scoring_id
  JOIN site_scores prev ON prev.scoring_id = p.previous_scoring_id AND prev.inegi_code = cur.inegi_code
  JOIN municipalities m ON m.inegi_code = cur.inegi_code
  WHERE cur.score IS NOT NULL OR prev.score IS NOT NULL;
`,
  },
  {
    version: 5,
    name: 'human review of verdicts: the automatic verdict a reviewer replaced, who, when and why',
    sql: `
-- All NULL when the verdict was not reviewed; otherwise \`verdict\` is the reviewed one.
ALTER TABLE indicator_results ADD COLUMN automatic_verdict TEXT CHECK (automatic_verdict IN ('pass', 'fail', 'unknown'));
ALTER TABLE indicator_results ADD COLUMN reviewer TEXT;
ALTER TABLE indicator_results ADD COLUMN reviewed_on TEXT;         -- YYYY-MM-DD
ALTER TABLE indicator_results ADD COLUMN review_note TEXT;
ALTER TABLE indicator_results ADD COLUMN review_evidence_url TEXT;
`,
  },
  {
    version: 6,
    name: 'web-archive captures behind pages and fetches of a --wayback run',
    sql: `
ALTER TABLE pages ADD COLUMN archived_url TEXT;       -- the raw replay URL (…/web/<timestamp>id_/<original>)
ALTER TABLE pages ADD COLUMN capture_timestamp TEXT;  -- the capture's 14-digit timestamp, yyyyMMddHHmmss
ALTER TABLE fetches ADD COLUMN archived_url TEXT;
ALTER TABLE fetches ADD COLUMN capture_timestamp TEXT;
`,
  },
  {
    version: 7,
    name: 'channel feeds: the social account link a feed fetch was read for',
    sql: `
-- Set on the fetch of a channel's public feed (purpose 'file'): the portal's account link it was read
-- for. Rescoring rebuilds the site's feeds from these rows and their bodies.
ALTER TABLE fetches ADD COLUMN feed_for TEXT;
`,
  },
  {
    version: 8,
    name: 'reasons and evidence notes as message ids with Spanish and English texts',
    sql: `
-- \`reason\` keeps its name and now holds the Spanish text; rows of older runs have English text in it and the
-- new columns NULL. reason_params is the JSON object of the message's parameters (page text quoted verbatim).
ALTER TABLE indicator_results ADD COLUMN reason_en TEXT;
ALTER TABLE indicator_results ADD COLUMN reason_id TEXT;      -- e.g. open-data-section.no-section-link
ALTER TABLE indicator_results ADD COLUMN reason_params TEXT;  -- JSON

-- \`text\` is now only what was quoted from the page; Mirador's annotation goes to note (Spanish) / note_en.
-- Older rows have both in \`text\` (in English) and the note columns NULL.
ALTER TABLE evidence ADD COLUMN note TEXT;
ALTER TABLE evidence ADD COLUMN note_en TEXT;
ALTER TABLE evidence ADD COLUMN note_id TEXT;
ALTER TABLE evidence ADD COLUMN note_params TEXT;
`,
  },
  {
    version: 9,
    name: 'how a page was reached when not by a link: refresh, frame, postback, hash route',
    sql: `
-- JSON of the crawl's PageReach ({"by":"postback","from":…,"label":…,"postback":{…}}); NULL for pages reached by
-- an ordinary link. Two postbacks to one URL are two pages, told apart by it.
ALTER TABLE pages ADD COLUMN reached_json TEXT;
`,
  },
  {
    version: 10,
    name: 'which process is crawling a run, so two --resume of one run cannot crawl every site twice',
    sql: `
CREATE TABLE run_locks (
  run_id INTEGER PRIMARY KEY REFERENCES runs(id),
  pid INTEGER NOT NULL,
  host TEXT NOT NULL,
  acquired_at TEXT NOT NULL
);
`,
  },
  {
    version: 11,
    name: 'reviews stored once and applied to every later scoring: who, when, why, the verdict they answered, the pages they cite',
    sql: `
-- A person's decision on one verdict of one run's crawl. Every scoring of that run applies it, and so does every
-- later run whose pages it cites are byte for byte the same (same url, same html_sha256). A review is never
-- deleted: revoking it records who and when, and scorings stop applying it.
CREATE TABLE reviews (
  id               INTEGER PRIMARY KEY,
  run_id           INTEGER NOT NULL REFERENCES runs(id),
  inegi_code       TEXT NOT NULL,
  indicator_id     TEXT NOT NULL,
  verdict          TEXT NOT NULL CHECK (verdict IN ('pass', 'fail', 'unknown')),
  reviewer         TEXT NOT NULL,
  reviewed_on      TEXT NOT NULL,  -- YYYY-MM-DD
  note             TEXT NOT NULL,
  evidence_url     TEXT,
  -- The automatic verdict the reviewer saw (the run's newest scoring at import); NULL when that scoring had none.
  -- A later scoring whose automatic verdict differs does not apply the review but flags it for a second look.
  answered_verdict TEXT CHECK (answered_verdict IN ('pass', 'fail', 'unknown')),
  -- JSON [{"url":…,"sha256":…}]: the stored pages the verdict's evidence came from (every page of the site when
  -- the verdict had no evidence, as a "not found" is drawn from all of them). NULL: unknown, this run only.
  cited_pages_json TEXT,
  source           TEXT NOT NULL,  -- e.g. "revisiones.csv line 3"
  imported_at      TEXT NOT NULL,
  revoked_at       TEXT,
  revoked_by       TEXT,
  revoke_note      TEXT
);
CREATE INDEX reviews_by_site ON reviews(inegi_code, indicator_id);

-- Which stored review a result's review columns came from, and what the scoring did with it: applied, or not
-- applied because the automatic verdict or the cited pages changed since (shown as "por revisar de nuevo").
ALTER TABLE indicator_results ADD COLUMN review_id INTEGER REFERENCES reviews(id);
ALTER TABLE indicator_results ADD COLUMN review_state TEXT CHECK (review_state IN ('applied', 'verdict-changed', 'pages-changed'));

-- Reviews applied before they were stored (\`score --reviews\` only wrote them into its scoring): the newest
-- scoring of each run that has them becomes their record, so the next plain \`score\` keeps them.
INSERT INTO reviews (run_id, inegi_code, indicator_id, verdict, reviewer, reviewed_on, note, evidence_url, answered_verdict,
                     cited_pages_json, source, imported_at)
  SELECT sc.run_id, ir.inegi_code, ir.indicator_id, ir.verdict, ir.reviewer, coalesce(ir.reviewed_on, ''), coalesce(ir.review_note, ''),
         ir.review_evidence_url, ir.automatic_verdict, NULL, 'scoring ' || ir.scoring_id, sc.created_at
  FROM indicator_results ir
  JOIN scorings sc ON sc.id = ir.scoring_id
  WHERE ir.reviewer IS NOT NULL
    AND ir.scoring_id = (SELECT max(ir2.scoring_id) FROM indicator_results ir2 JOIN scorings sc2 ON sc2.id = ir2.scoring_id
                         WHERE sc2.run_id = sc.run_id AND ir2.reviewer IS NOT NULL)
  ORDER BY ir.rowid;
UPDATE indicator_results SET review_state = 'applied' WHERE reviewer IS NOT NULL;
`,
  },
  {
    version: 12,
    name: 'contests: a municipality disputes verdicts of a run, with its own check output; the run\'s contest window',
    sql: `
-- A municipality's objection to verdicts of a run, before the run is final (CIMTRA sends its findings to each
-- municipality first). It puts the verdicts on the review queue; a reviewer's review answers it.
CREATE TABLE contests (
  id              INTEGER PRIMARY KEY,
  run_id          INTEGER NOT NULL REFERENCES runs(id),
  inegi_code      TEXT NOT NULL,
  indicators_json TEXT NOT NULL,  -- JSON array of the contested indicator ids
  filed_by        TEXT NOT NULL,
  note            TEXT NOT NULL,
  check_json      TEXT,           -- the municipality's \`mirador check --json\` output, verbatim
  check_file      TEXT,           -- the file name it came from
  filed_at        TEXT NOT NULL
);
CREATE INDEX contests_by_run ON contests(run_id, inegi_code);

-- YYYY-MM-DD: until this day (included) the run's results are preliminary and open to contest; NULL: final.
ALTER TABLE runs ADD COLUMN contest_until TEXT;
`,
  },
  {
    version: 13,
    name: 'run_diff by exact points with positions and statuses, and run_verdict_diff: each changed verdict and what changed it',
    sql: `
DROP VIEW run_diff;

-- Each run and the run before it in the same database, by the newest scoring of each.
CREATE VIEW run_pairs AS
  SELECT b.run_id, b.scoring_id, a.run_id AS previous_run_id, a.scoring_id AS previous_scoring_id
  FROM latest_scorings b
  JOIN latest_scorings a ON a.run_id = (SELECT max(run_id) FROM latest_scorings WHERE run_id < b.run_id);

-- delta is the sum of the exact points that changed, rounded once: the difference of two rounded scores would
-- show one criterion of 100/22 points as +4.5 on one site and −4.6 on another. rank_change > 0 is a rise.
-- A site evaluated in neither run is listed with both statuses, not as unchanged.
CREATE VIEW run_diff AS
  SELECT p.run_id, p.previous_run_id, m.inegi_code, m.name, m.state,
         prev.score AS previous_score, cur.score AS score,
         CASE WHEN cur.score IS NULL OR prev.score IS NULL THEN NULL ELSE round(
           (SELECT sum(points) FROM indicator_results WHERE scoring_id = p.scoring_id AND inegi_code = m.inegi_code) -
           (SELECT sum(points) FROM indicator_results WHERE scoring_id = p.previous_scoring_id AND inegi_code = m.inegi_code), 1) END AS delta,
         rp.rank AS previous_rank, rc.rank AS rank, rp.rank - rc.rank AS rank_change,
         coalesce(sp.status, 'pending') AS previous_status, coalesce(sc.status, 'pending') AS status,
         (SELECT count(*) FROM run_verdict_diff d WHERE d.run_id = p.run_id AND d.inegi_code = m.inegi_code) AS verdicts_changed
  FROM run_pairs p
  JOIN site_scores cur ON cur.scoring_id = p.scoring_id
  JOIN site_scores prev ON prev.scoring_id = p.previous_scoring_id AND prev.inegi_code = cur.inegi_code
  JOIN municipalities m ON m.inegi_code = cur.inegi_code
  LEFT JOIN ranking rc ON rc.scoring_id = p.scoring_id AND rc.inegi_code = m.inegi_code
  LEFT JOIN ranking rp ON rp.scoring_id = p.previous_scoring_id AND rp.inegi_code = m.inegi_code
  LEFT JOIN run_sites sc ON sc.run_id = p.run_id AND sc.inegi_code = m.inegi_code
  LEFT JOIN run_sites sp ON sp.run_id = p.previous_run_id AND sp.inegi_code = m.inegi_code;

-- What changed a verdict, from what the two scorings record:
--   review            the automatic verdicts agree, a reviewer's verdict differs;
--   portal            the site's pages differ and the rules (software version) are the same;
--   rules             the pages are byte for byte the same and the software version differs;
--   portal-and-rules  both differ: rescoring the earlier run with today's rules (mirador score --run) separates them;
--   as-of             same pages, same rules, another evaluation date (the freshness and weekly criteria move with it);
--   outside           same pages, rules and date: what else was fetched (feeds, probed files) answered otherwise.
CREATE VIEW run_verdict_diff AS
  WITH changed AS (
    SELECT p.run_id, p.previous_run_id, x.inegi_code, x.indicator_id,
           y.verdict AS previous_verdict, x.verdict AS verdict, x.points - y.points AS points_delta,
           coalesce(x.automatic_verdict, x.verdict) = coalesce(y.automatic_verdict, y.verdict) AS by_review,
           x.reviewer AS reviewer, y.reviewer AS previous_reviewer,
           sy.software_version AS previous_software_version, sx.software_version AS software_version,
           ry.as_of AS previous_as_of, rx.as_of AS as_of,
           EXISTS (SELECT html_sha256 FROM pages WHERE run_id = p.run_id AND inegi_code = x.inegi_code
                   EXCEPT SELECT html_sha256 FROM pages WHERE run_id = p.previous_run_id AND inegi_code = x.inegi_code)
             OR EXISTS (SELECT html_sha256 FROM pages WHERE run_id = p.previous_run_id AND inegi_code = x.inegi_code
                   EXCEPT SELECT html_sha256 FROM pages WHERE run_id = p.run_id AND inegi_code = x.inegi_code) AS pages_changed
    FROM run_pairs p
    JOIN scorings sx ON sx.id = p.scoring_id
    JOIN scorings sy ON sy.id = p.previous_scoring_id
    JOIN runs rx ON rx.id = p.run_id
    JOIN runs ry ON ry.id = p.previous_run_id
    JOIN indicator_results x ON x.scoring_id = p.scoring_id
    JOIN indicator_results y ON y.scoring_id = p.previous_scoring_id AND y.inegi_code = x.inegi_code AND y.indicator_id = x.indicator_id
    WHERE x.verdict <> y.verdict)
  SELECT run_id, previous_run_id, inegi_code, indicator_id, previous_verdict, verdict, points_delta,
         CASE
           WHEN by_review THEN 'review'
           WHEN pages_changed AND software_version = previous_software_version THEN 'portal'
           WHEN pages_changed THEN 'portal-and-rules'
           WHEN software_version <> previous_software_version THEN 'rules'
           WHEN as_of <> previous_as_of THEN 'as-of'
           ELSE 'outside'
         END AS cause,
         reviewer, previous_reviewer, previous_software_version, software_version
  FROM changed;
`,
  },
];
