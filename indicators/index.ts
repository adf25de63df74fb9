/**
 * Every indicator of the project, in methodology order, each wrapped so that a site that was not crawled
 * yields `unknown` for all of them (one place instead of 22 copies).
 */
import type { FactName } from '../src/derive/index.ts';
import type { SiteArtifact } from '../src/gather/artifacts.ts';
import { unknown, type IndicatorDefinition } from './define.ts';
import { sharedMsg } from './shared-messages.ts';
import citizenCollaboration from './rules/citizen-collaboration.ts';
import citizenEvaluation from './rules/citizen-evaluation.ts';
import contactToolHome from './rules/contact-tool-home.ts';
import decisionUseful from './rules/decision-useful.ts';
import deviceLegible from './rules/device-legible.ts';
import fiveCollections from './rules/five-collections.ts';
import mayorSocial from './rules/mayor-social.ts';
import mobileApp from './rules/mobile-app.ts';
import openDataSection from './rules/open-data-section.ts';
import openFormatDownload from './rules/open-format-download.ts';
import participationContact from './rules/participation-contact.ts';
import participationInfo from './rules/participation-info.ts';
import plainLanguage from './rules/plain-language.ts';
import processedData from './rules/processed-data.ts';
import searchTool from './rules/search-tool.ts';
import socialAccount from './rules/social-account.ts';
import socialInteractionWeek from './rules/social-interaction-week.ts';
import socialRecentWeek from './rules/social-recent-week.ts';
import thematicCategories from './rules/thematic-categories.ts';
import updated1Month from './rules/updated-1-month.ts';
import updated6Months from './rules/updated-6-months.ts';
import videoChannel from './rules/video-channel.ts';

const NOT_CRAWLED = {
  unreachable: 'not-crawled-unreachable',
  refused: 'not-crawled-refused',
  'blocked-by-robots': 'not-crawled-blocked-by-robots',
} as const satisfies Record<Exclude<SiteArtifact['status'], 'ok'>, string>;

/** A site that was not crawled has no artifacts to judge: every indicator is unknown, with why. */
function onlyWhenCrawled(indicator: IndicatorDefinition): IndicatorDefinition {
  return {
    ...indicator,
    needs: indicator.needs.includes('site') ? indicator.needs : (['site', ...indicator.needs] as FactName[]),
    evaluate(facts, context) {
      const { status, seedUrl } = facts.site;
      if (status !== 'ok')
        return unknown(sharedMsg('not-crawled', { status, why: sharedMsg(NOT_CRAWLED[status]) }), [
          { url: seedUrl, text: '', note: sharedMsg('crawl-status', { status }) },
        ]);
      return indicator.evaluate(facts, context);
    },
  };
}

export const allIndicators: IndicatorDefinition[] = [
  openDataSection,
  contactToolHome,
  updated6Months,
  updated1Month,
  fiveCollections,
  thematicCategories,
  searchTool,
  plainLanguage,
  deviceLegible,
  decisionUseful,
  openFormatDownload,
  processedData,
  participationInfo,
  participationContact,
  citizenCollaboration,
  citizenEvaluation,
  socialAccount,
  socialRecentWeek,
  socialInteractionWeek,
  mayorSocial,
  videoChannel,
  mobileApp,
].map(onlyWhenCrawled);

export const indicatorById: ReadonlyMap<string, IndicatorDefinition> = new Map(allIndicators.map((i) => [i.id, i]));
