/**
 * Runs `fn` and returns every console.error call and uncaught error that happened meanwhile (restoring both
 * afterwards), so a test can assert that nothing went wrong.
 */
export async function collectErrors(fn: () => Promise<void>): Promise<unknown[]> {
  const errors: unknown[] = [];
  const orig = console.error;
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  console.error = (...a: unknown[]) => errors.push(a);
  window.addEventListener('error', onError);
  try {
    await fn();
  } finally {
    console.error = orig;
    window.removeEventListener('error', onError);
  }
  return errors;
}
