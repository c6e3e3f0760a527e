#!/usr/bin/env node
// `npx sen-widgets check <widget> <file-or-url> [--json] [--lang en]`: the widgets' own data rules
// (dist/check.js) on the command line, for a site's CI. Exit 0 all valid, 1 some dropped, 2 unusable.
import { run } from './check-command.js';

process.exitCode = await run(process.argv.slice(2), { out: process.stdout, err: process.stderr });
