import { buildArtifacts, date, fileLink, runIndicatorCases, sectionPage } from '../build-artifacts.ts';

const pages = [sectionPage()];

runIndicatorCases('updated-1-month', [
  { name: 'pass: updated ten days ago', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-05-10' })] }) },
  { name: 'pass: window start (2016-04-20) is included', expected: 'pass', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-04-20' })] }) },
  { name: 'pass: a file modified last week', expected: 'pass', artifacts: buildArtifacts({ pages, fileLinks: [fileLink({ lastModified: '2016-05-13' })] }) },
  { name: 'fail: updated two months ago (passes the 6-month rule only)', expected: 'fail', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-03-15' })] }) },
  { name: 'fail: window start minus a day (2016-04-19)', expected: 'fail', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-04-19' })] }) },
  {
    name: 'decoy: the HTML page’s own Last-Modified header (dynamic pages send “now”)',
    expected: 'unknown',
    artifacts: buildArtifacts({ pages, dates: [date({ source: 'last-modified', date: '2016-05-20', text: 'Fri, 20 May 2016 09:00:00 GMT', labelledAsUpdate: false })] }),
  },
  { name: 'decoy: a clock widget printing today', expected: 'unknown', artifacts: buildArtifacts({ pages, dates: [date({ date: '2016-05-20', decoy: true, text: 'viernes 20 de mayo de 2016' })] }) },
  { name: 'fail: no open-data section', expected: 'fail', artifacts: buildArtifacts({ section: null }) },
]);
