#!/usr/bin/env node
// Usage: node scripts/check-links.mjs [root]
// Checks every relative link in the README, CONTRIBUTING.md and docs/: the file must exist, and
// a #heading must be one of that file's headings, slugged as GitHub slugs them. The files are
// processed together (unified-engine), so a link to a heading in another file is checked too.
// remark and its plugins are ESM-only, so this runs as its own process. Prints each broken link
// and exits 1 when there is any.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remark } from 'remark';
import remarkValidateLinks from 'remark-validate-links';
import { engine } from 'unified-engine';

// The project's root, or another folder laid out the same way (the tests give one with broken links).
const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'));
const files = ['README.md', 'CONTRIBUTING.md', ...readdirSync(path.join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

engine(
  {
    processor: remark(),
    files,
    cwd: root,
    extensions: ['md'],
    // `repository: false`: links are files in this checkout, never URLs of a code host.
    plugins: [[remarkValidateLinks, { repository: false }]],
    frail: true,
    quiet: true,
    color: false,
    ignoreName: '.remarkignore',
    out: false,
  },
  (error, code) => {
    if (error) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    console.log(code === 0 ? `All relative links resolve in ${files.length} files.` : 'Some relative links do not resolve (above).');
    process.exitCode = code;
  },
);
