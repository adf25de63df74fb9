import { Command, CommanderError } from 'commander';
import { softwareVersion } from '../version.ts';
import { checkCommand } from './check.ts';
import { demoCommand } from './demo.ts';
import { exportCommand } from './export.ts';
import { fidelityCommand } from './fidelity.ts';
import { rankCommand } from './rank.ts';
import { reportCommand } from './report.ts';
import { reviewsCommand } from './reviews.ts';
import { scoreCommand } from './score.ts';

export function buildProgram(): Command {
  return new Command('mirador')
    .description(
      'Mirador: ranking automático de gobierno abierto en portales municipales de México (metodología AIDH 2016).\n' +
        'Automated open-government ranking of Mexican municipal portals (AIDH 2016 methodology).',
    )
    .version(softwareVersion)
    .addCommand(rankCommand())
    .addCommand(scoreCommand())
    .addCommand(reviewsCommand())
    .addCommand(reportCommand())
    .addCommand(exportCommand())
    .addCommand(checkCommand())
    .addCommand(demoCommand())
    .addCommand(fidelityCommand())
    .showHelpAfterError('(run with --help for usage)');
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride();
  for (const command of program.commands) {
    command.exitOverride();
    for (const sub of command.commands) sub.exitOverride();
  }
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    // Expected problems (bad seeds, missing run, unreadable file) get their message, not a stack trace. The seeds and
    // reviews errors, which name their file first, are told by name: importing their modules here would load them
    // (and zod) for every command, --help included.
    const named = error instanceof Error && (error.name === 'SeedsError' || error.name === 'ReviewsError');
    const message = named ? error.message : `mirador: ${(error as Error).message}`;
    process.stderr.write(`${message}\n`);
    if (process.env.MIRADOR_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = 1;
  }
}
