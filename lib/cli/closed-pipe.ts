/**
 * `npm run extract -- FILE --json | head` closes stdout before the command is done: stop quietly
 * then, as Unix tools do, instead of dying with an unhandled EPIPE.
 */
export function exitQuietlyOnClosedPipe() {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
