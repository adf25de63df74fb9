import { Command } from 'commander';
import { DEFAULT_ARCHIVE_RATE_PER_MINUTE, defaultCrawlOptions, WAYBACK_ARCHIVE_URL, WAYBACK_WINDOW_DAYS } from '../crawl/defaults.ts';
import type { RankOptions } from '../run/rank-command.ts';
import { addLangOption, codeList, collect, DEFAULT_DB, isoDate, nonNegativeInteger, positiveInteger } from './options.ts';

export function addCrawlOptions(command: Command): Command {
  return command
    .option('--max-pages <n>', 'pages per site', positiveInteger('--max-pages'), defaultCrawlOptions.maxPages)
    .option('--max-depth <n>', 'link depth from the home page', nonNegativeInteger('--max-depth'), defaultCrawlOptions.maxDepth)
    .option('--concurrency <n>', 'requests in flight across all sites', positiveInteger('--concurrency'), defaultCrawlOptions.concurrency)
    .option('--delay <ms>', 'minimum gap between requests to one host (robots.txt Crawl-delay can raise it)', nonNegativeInteger('--delay'), defaultCrawlOptions.perHostDelayMs)
    .option('--max-memory <MB>', 'memory the sites in flight may hold (heap and buffers): no new site starts near it, and fewer run at once above it (the browser is bounded apart)', positiveInteger('--max-memory'), defaultCrawlOptions.maxMemoryMb)
    .option('--timeout <s>', 'seconds allowed for one response', positiveInteger('--timeout'), defaultCrawlOptions.timeoutMs / 1000)
    .option('--connect-to <HOST:PORT:HOST2:PORT2>', "send requests for HOST:PORT to HOST2:PORT2, keeping the URL and Host header (curl's --connect-to); repeatable", collect, [])
    .option('--connect-to-file <file>', 'read --connect-to rules from a file, one per line')
    .option('--allow-private', 'allow sites that resolve to loopback or private addresses', false)
    .option('--no-render', 'do not use the browser (static HTML only: faster, but misses menus built by JavaScript)')
    .option('--ignore-tls-errors', 'crawl sites whose certificate is invalid (the problem is still recorded)', false)
    .option('--wayback', 'evaluate the portals as they were on --as-of, fetching every page from a web archive (no browser rendering)', false)
    .option('--archive-url <base>', "web archive for --wayback: a host for the Internet Archive's layout (/cdx/search/cdx, /web/<ts>id_/), or a pywb collection URL (https://host/<coll>: /<coll>/cdx, /<coll>/<ts>id_/)", WAYBACK_ARCHIVE_URL)
    // No commander default: with --resume, a rate given now replaces the run's, and only when given.
    .option('--archive-rate <n>', `with --wayback, web-archive index lookups a minute for the whole run (default: ${DEFAULT_ARCHIVE_RATE_PER_MINUTE}; the Internet Archive states 30; a 429 pauses every request 60 s, doubling); with --resume, replaces the run's`, positiveInteger('--archive-rate'))
    .option('--wayback-window-days <n>', 'with --wayback, use captures up to this many days before --as-of', nonNegativeInteger('--wayback-window-days'), WAYBACK_WINDOW_DAYS);
}

export function rankCommand(): Command {
  const command = new Command('rank')
    .description('crawl the seeds, evaluate the 22 indicators, store the results and write the HTML report')
    .option('--seeds <csv>', 'seeds file (inegi_code,name,state,url,…)')
    .option('--db <file>', 'SQLite database', DEFAULT_DB)
    .option('--out <dir>', 'report folder (default: reports/run-<id>)')
    .option('--as-of <YYYY-MM-DD>', 'evaluation date for recency criteria (default: today)', isoDate)
    .option('--only <inegi,...>', 'rank only these INEGI codes', codeList)
    .option('--resume <run-id>', 'continue an interrupted run (same seeds and crawl options) without re-fetching finished sites', positiveInteger('--resume'))
    .option('--contest-until <YYYY-MM-DD>', 'mark the run preliminary, open to contest by the municipalities until this day (see mirador reviews window)', isoDate);
  return addLangOption(addCrawlOptions(command)).action(async (options: RankOptions) => {
    // Loaded when the command runs: --help and the other commands never load the crawler.
    const { runRankCommand } = await import('../run/rank-command.ts');
    const result = await runRankCommand(options);
    process.stdout.write(`${result.summary}\n`);
    // Sites that could not be saved: the run is not done, and a script must not take it for done.
    if (result.pending > 0) process.exitCode = 1;
  });
}
