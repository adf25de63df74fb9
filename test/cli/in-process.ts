import { vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

/**
 * A command run in this process through main(), with what it wrote and its exit code (a `node bin/mirador.js` start
 * costs seconds on a small machine, and the CLI tests walk dozens of commands).
 */
export async function inProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    process.exitCode = 0;
    await main(['node', 'mirador', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = 0;
  }
}
