/** Fails when custom-elements.json is not what `npm run analyze` would write now. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// The analyzer joins --outdir to the working directory, so the scratch folder lives inside the repository.
const dir = join('node_modules', '.cache', `cem-check-${process.pid}`);
mkdirSync(dir, { recursive: true });
try {
  execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', dir], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fresh = readFileSync(join(dir, 'custom-elements.json'), 'utf8');
  const committed = readFileSync('custom-elements.json', 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  const tags = JSON.parse(fresh)
    .modules.flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName);
  console.log(`custom-elements.json is fresh (${tags.length} elements: ${tags.join(', ')}).`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
