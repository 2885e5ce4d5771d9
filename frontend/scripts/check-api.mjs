// Fails when src/api/schema.d.ts is not what openapi-typescript makes from ../openapi.yaml today.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'thidua-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync(
    join(root, 'node_modules', '.bin', 'openapi-typescript'),
    [join(root, '..', 'openapi.yaml'), '-o', fresh],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const committed = readFileSync(join(root, 'src', 'api', 'schema.d.ts'), 'utf8');
  if (readFileSync(fresh, 'utf8') !== committed) {
    console.error('src/api/schema.d.ts is out of date with ../openapi.yaml: run `npm run gen:api`.');
    process.exit(1);
  }
  console.log('src/api/schema.d.ts matches ../openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
