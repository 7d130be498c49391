#!/usr/bin/env bash
# A release's last step rehearsed: JReleaser (installers/jreleaser.yml) run as .github/workflows/release.yml runs it,
# with JRELEASER_DRY_RUN=true, on a clone of HEAD with the next version set in its poms (the working tree is not
# touched). It writes the changelog from the Conventional Commits, the checksums and the release notes, says the tag
# it would make and the files it would attach, and publishes nothing: the dry run does not call GitHub, so the token
# is a placeholder. Fails if JReleaser refuses the configuration, the tag is not v<next version> or a file to attach
# is missing from the checksums. Needs the network once (the plugin, from Maven Central).
# Usage: installers/release/dry-run.sh [DIST_DIR]
#   DIST_DIR: the files to attach (default: one-line placeholders named as a release's — the .deb, .rpm, .msi, .dmg, the
#   image archive, the SBOM and a Sigstore bundle for each).
# Prints the version, the tag, the changelog's sections with their entry counts and the files; the changelog is kept
# at target/release-dry-run/CHANGELOG.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dist_in=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone -q "$root" "$work/repo"
cd "$work/repo"
# JReleaser names the GitHub repository from the origin remote; a local clone's origin is a path.
repository=${GITHUB_REPOSITORY:-}
if [ -z "$repository" ]; then
  repository=$(git -C "$root" remote get-url origin 2>/dev/null | sed -n 's#^.*github\.com[:/]\(.*/[^/]*\)$#\1#p' | sed 's/\.git$//' || true)
fi
git remote set-url origin "https://github.com/${repository:-owner/maestro-build-hud}.git"

version=$(installers/release/next-version.sh)
./mvnw -B -q versions:set -DnewVersion="$version" -DgenerateBackupPoms=false >"$work/versions.log" 2>&1 ||
  { echo "versions:set failed; its log:" >&2; tail -20 "$work/versions.log" >&2; exit 1; }

mkdir dist
if [ -n "$dist_in" ]; then
  cp "$dist_in"/* dist/
else
  for file in "maestro_${version}_amd64.deb" "maestro-${version}-1.x86_64.rpm" "maestro-${version}.msi" \
      "maestro-${version}.dmg" "maestro-${version}-linux-x64.tar.gz" "maestro-${version}-sbom.cdx.json"; do
    # JReleaser refuses to checksum an empty file.
    echo "dry-run placeholder for $file" > "dist/$file"
    echo "{}" > "dist/$file.sigstore.json"
  done
fi

log="$work/jreleaser.log"
if ! JRELEASER_GITHUB_TOKEN=dry-run JRELEASER_DRY_RUN=true \
    ./mvnw -B -N org.jreleaser:jreleaser-maven-plugin:full-release >"$log" 2>&1; then
  echo "JReleaser failed; its log:" >&2
  grep -E '^\[(ERROR|WARNING)\]' "$log" | tail -30 >&2
  exit 1
fi

out=target/jreleaser
tag=$(sed -n 's/^tagName=//p' "$out/output.properties")
[ "$tag" = "v$version" ] || { echo "JReleaser would tag '$tag', not v$version" >&2; exit 1; }
checksums=$(ls "$out"/checksums/checksums_*.txt)
missing=0
for file in dist/*; do
  grep -q " $(basename "$file")\$" "$checksums" || { echo "not in $(basename "$checksums"): $(basename "$file")" >&2; missing=1; }
done
[ "$missing" -eq 0 ] || exit 1

mkdir -p "$root/target/release-dry-run"
cp "$out/release/CHANGELOG.md" "$root/target/release-dry-run/CHANGELOG.md"
echo "version   $version (installers/release/next-version.sh)"
echo "tag       $tag, release '$(sed -n 's/^releaseName=//p' "$out/output.properties")' on github.com/${repository:-owner/maestro-build-hud}"
echo "changelog target/release-dry-run/CHANGELOG.md:"
awk '/^## / { if (section) printf "  %-28s %d\n", section, n; section = substr($0, 4); n = 0; next } /^- / { n++ }
     END { if (section) printf "  %-28s %d\n", section, n }' "$out/release/CHANGELOG.md" | grep -v '^  Changelog '
echo "attached  $(grep -c 'uploading' "$log") files, $(basename "$checksums") listing $(wc -l <"$checksums"):"
sed -n 's/^.* - uploading /  /p' "$log"
