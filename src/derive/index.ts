/**
 * The derive stage: facts computed once per site from its artifacts, between gather and the indicators
 * (after Lighthouse's computed artifacts). A fact is computed the first time something asks for it and
 * then kept, so the 22 rules share one reading of the site template, the section's scope or whose each
 * social account is. Each fact lives in its own module and reads only the artifacts and facts it declares.
 */
import type { Artifacts, EvaluationContext, PageArtifact } from '../gather/artifacts.ts';
import { deriveHomePage } from './home-page.ts';
import { deriveMunicipalityNames, type MunicipalityNames } from './municipality-names.ts';
import { deriveParticipationPages, type ParticipationPages } from './participation-pages.ts';
import { deriveSectionDates, type UpdateDate } from './section-dates.ts';
import { deriveSectionScope, type SectionScope } from './section-scope.ts';
import { deriveSiteTemplate, type SiteTemplate } from './site-template.ts';
import { deriveSocialAccounts, type SocialAccounts } from './social-accounts.ts';
import { deriveSocialWeek, type SocialWeek } from './social-week.ts';

export interface DerivedFacts {
  homePage: PageArtifact | null;
  municipalityNames: MunicipalityNames;
  sectionScope: SectionScope;
  sectionDates: UpdateDate[];
  siteTemplate: SiteTemplate;
  socialAccounts: SocialAccounts;
  socialWeek: SocialWeek;
  participationPages: ParticipationPages;
}

/** What a rule may read: the gatherers' artifacts and the derived facts. */
export type Facts = Artifacts & DerivedFacts;
export type FactName = keyof Facts;

interface FactDefinition<K extends keyof DerivedFacts, N extends FactName> {
  needs: readonly N[];
  derive(input: Pick<Facts, N>, context: EvaluationContext): DerivedFacts[K];
}

function fact<K extends keyof DerivedFacts, const N extends FactName>(definition: FactDefinition<K, N>): FactDefinition<K, N> {
  return definition;
}

const FACTS: { [K in keyof DerivedFacts]: FactDefinition<K, FactName> } = {
  homePage: fact({ needs: ['pages'], derive: deriveHomePage }),
  municipalityNames: fact({ needs: ['site'], derive: deriveMunicipalityNames }),
  sectionScope: fact({ needs: ['section', 'pages', 'fileLinks', 'forms', 'links'], derive: deriveSectionScope }),
  sectionDates: fact({ needs: ['sectionScope', 'dates'], derive: (input, context) => deriveSectionDates(input, context.asOf) }),
  siteTemplate: fact({ needs: ['pages', 'links', 'socialLinks', 'contacts'], derive: deriveSiteTemplate }),
  socialAccounts: fact({ needs: ['socialLinks', 'pages', 'siteTemplate', 'municipalityNames'], derive: deriveSocialAccounts }),
  socialWeek: fact({ needs: ['posts', 'socialAccounts'], derive: (input, context) => deriveSocialWeek(input, context.asOf) }),
  participationPages: fact({ needs: ['pages'], derive: deriveParticipationPages }),
} as { [K in keyof DerivedFacts]: FactDefinition<K, FactName> };

export const DERIVED_FACT_NAMES = Object.keys(FACTS) as (keyof DerivedFacts)[];

/** What each derived fact reads (for documentation and the tests). */
export function factNeeds(name: keyof DerivedFacts): readonly FactName[] {
  return FACTS[name].needs;
}

/**
 * A site's facts: its artifacts as they are, and each derived fact computed on first read and kept. A
 * derived fact sees only what it declares, like a rule.
 */
export function deriveFacts(artifacts: Artifacts, context: EvaluationContext): Facts {
  const facts = { ...artifacts } as Facts;
  for (const name of DERIVED_FACT_NAMES) {
    let value: unknown;
    let computing = false;
    let done = false;
    Object.defineProperty(facts, name, {
      enumerable: true,
      get() {
        if (!done) {
          if (computing) throw new Error(`fact ${name} depends on itself`);
          computing = true;
          value = FACTS[name].derive(restrict(facts, FACTS[name].needs, `fact ${name}`), context);
          done = true;
        }
        return value;
      },
    });
  }
  return facts;
}

/**
 * The facts seen through what a reader declared: reading anything else throws, so an input that is not
 * declared is found by the first test that runs the reader, not by a wrong verdict.
 */
export function restrict<N extends FactName>(facts: Facts, needs: readonly N[], reader: string): Pick<Facts, N> {
  const allowed = new Set<PropertyKey>(needs);
  return new Proxy(facts, {
    get(target, key, receiver) {
      if (typeof key === 'string' && !allowed.has(key)) throw new Error(`${reader} reads “${key}” without declaring it in needs`);
      return Reflect.get(target, key, receiver);
    },
  });
}

export type { SectionScope, FoundSection } from './section-scope.ts';
