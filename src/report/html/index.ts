export { writeHtmlReport } from './write.ts';
