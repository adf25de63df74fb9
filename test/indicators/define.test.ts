import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { defineIndicator, pass } from '../../indicators/define.ts';
import { defineMessages } from '../../indicators/messages.ts';
import { deriveFacts, type Facts } from '../../src/derive/index.ts';
import { HOME, buildArtifacts, context, homePage } from './build-artifacts.ts';

describe('a rule reads only what it declares', () => {
  it('does not compile when evaluate reads an input missing from needs', () => {
    const fixture = fileURLToPath(new URL('./fixtures/must-not-compile/undeclared-need.ts', import.meta.url));
    const config = ts.readConfigFile(fileURLToPath(new URL('../../tsconfig.json', import.meta.url)), ts.sys.readFile);
    const options = ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(new URL('../../', import.meta.url))).options;
    const program = ts.createProgram([fixture], { ...options, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === fixture);
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([
      expect.stringMatching(/Property 'forms' does not exist on type 'Pick<Facts, "pages">'/),
    ]);
  }, 60_000);

  it('throws when an undeclared input is read at run time (a cast got past the compiler)', () => {
    const messages = defineMessages('cast-past-the-compiler', {});
    const rule = defineIndicator({
      id: 'cast-past-the-compiler',
      needs: ['pages'],
      messages,
      evaluate(facts) {
        const forms = (facts as unknown as Facts).forms;
        return pass([{ url: HOME, text: String(forms.length) }]);
      },
    });
    const facts = deriveFacts(buildArtifacts({ pages: [homePage()] }), context);
    expect(() => rule.evaluate(facts, context)).toThrow(/indicator cast-past-the-compiler reads “forms” without declaring it in needs/);
  });

  it('refuses a message table of another indicator', () => {
    const messages = defineMessages('someone-else', {});
    expect(() => defineIndicator({ id: 'mine', needs: [], messages, evaluate: () => pass([{ url: HOME, text: 'x' }]) })).toThrow(/declares the messages of someone-else/);
  });
});
