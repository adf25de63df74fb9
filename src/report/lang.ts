/** The report's two languages, Spanish first; a leaf module, so that any part of the report can name them. */
export type Lang = 'es' | 'en';

export interface Bilingual {
  es: string;
  en: string;
}
