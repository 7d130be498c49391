#!/usr/bin/env bash
# The next release's version from the Conventional Commits since the last release tag (vMAJOR.MINOR.PATCH), as
# semantic-release and git-cliff --bumped-version count them:
#   a breaking change (`type!:` or a `BREAKING CHANGE:` footer)  major (minor while the major is 0)
#   feat                                                         minor
#   anything else (fix, perf, refactor, docs, …)                 patch
# No tag yet: the version in the root pom without -SNAPSHOT (0.1.0). Nothing since the tag: exit 1.
# Usage: installers/release/next-version.sh [REVISION]   (default HEAD); prints the version alone on stdout.
set -euo pipefail
cd "$(dirname "$0")/../.."
head=${1:-HEAD}

last=$(git describe --tags --abbrev=0 --match 'v[0-9]*.[0-9]*.[0-9]*' "$head" 2>/dev/null || true)
if [ -z "$last" ]; then
  sed -n 's:^  <version>\([0-9]*\.[0-9]*\.[0-9]*\).*</version>:\1:p' pom.xml | head -1
  exit 0
fi
range="$last..$head"
if [ -z "$(git rev-list "$range")" ]; then
  echo "no commits since $last: nothing to release" >&2
  exit 1
fi

bump=patch
if git log --format='%s' "$range" | grep -qE '^[a-z]+(\([^)]*\))?!:' ||
   git log --format='%b' "$range" | grep -qE '^BREAKING[ -]CHANGE:'; then
  bump=major
elif git log --format='%s' "$range" | grep -qE '^feat(\([^)]*\))?:'; then
  bump=minor
fi

IFS=. read -r major minor patch <<<"${last#v}"
case "$bump" in
  major) if [ "$major" -eq 0 ]; then minor=$((minor + 1)); patch=0; else major=$((major + 1)); minor=0; patch=0; fi ;;
  minor) minor=$((minor + 1)); patch=0 ;;
  patch) patch=$((patch + 1)) ;;
esac
echo "$major.$minor.$patch"
