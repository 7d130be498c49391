package docker

import rego.v1

# A hardened Dockerfile as the parser gives it; each test breaks one thing.
good := [
	{"Cmd": "from", "Value": ["maven:3.9-eclipse-temurin-21@sha256:aaaa", "AS", "build"], "Stage": 0},
	{"Cmd": "run", "Value": ["mvn -B package"], "Stage": 0},
	{"Cmd": "from", "Value": ["gcr.io/distroless/java21-debian12:nonroot@sha256:bbbb"], "Stage": 1},
	{"Cmd": "label", "Value": [
		"org.opencontainers.image.title", "\"server\"",
		"org.opencontainers.image.source", "\"https://github.com/intelgraph/intelgraph\"",
		"org.opencontainers.image.revision", "\"abc\"",
		"org.opencontainers.image.licenses", "\"Apache-2.0\"",
	], "Stage": 1},
	{"Cmd": "copy", "Flags": ["--from=build"], "Value": ["/app/target/app.jar", "/app/app.jar"], "Stage": 1},
	{"Cmd": "user", "Value": ["65532:65532"], "Stage": 1},
	{"Cmd": "healthcheck", "Value": ["CMD", "java", "-cp", "/app/app.jar", "Health"], "Stage": 1},
	{"Cmd": "entrypoint", "JSON": true, "Value": ["java", "-jar", "/app/app.jar"], "Stage": 1},
]

replace_at(list, i, item) := array.concat(array.concat(array.slice(list, 0, i), [item]), array.slice(list, i + 1, count(list)))

without(list, i) := array.concat(array.slice(list, 0, i), array.slice(list, i + 1, count(list)))

test_hardened_dockerfile_passes if {
	count(deny) == 0 with input as good
	count(warn) == 0 with input as good
}

test_single_stage_denied if {
	single := [
		{"Cmd": "from", "Value": ["gcr.io/distroless/static-debian12:nonroot@sha256:cccc"], "Stage": 0},
		{"Cmd": "user", "Value": ["65532"], "Stage": 0},
		{"Cmd": "healthcheck", "Value": ["CMD", "/health"], "Stage": 0},
	]
	"Use a multi-stage build: compile in one stage, ship only the result from a minimal final stage" in deny with input as single
}

test_latest_tag_denied if {
	bad := replace_at(good, 0, {"Cmd": "from", "Value": ["maven:latest", "AS", "build"], "Stage": 0})
	"Base image maven:latest uses the 'latest' tag: pin a version (and preferably a digest)" in deny with input as bad
}

test_untagged_denied if {
	bad := replace_at(good, 0, {"Cmd": "from", "Value": ["maven", "AS", "build"], "Stage": 0})
	"Base image maven has no tag: pin a version (and preferably a digest)" in deny with input as bad
}

test_tag_without_digest_warned if {
	bad := replace_at(good, 0, {"Cmd": "from", "Value": ["maven:3.9", "AS", "build"], "Stage": 0})
	count(deny) == 0 with input as bad
	"Base image maven:3.9 is pinned by tag only: add @sha256:<digest> for a reproducible build" in warn with input as bad
}

test_fat_final_base_denied if {
	bad := replace_at(good, 2, {"Cmd": "from", "Value": ["eclipse-temurin:21-jre@sha256:dddd"], "Stage": 1})
	some msg in deny with input as bad
	startswith(msg, "Final stage runs on eclipse-temurin:21-jre@sha256:dddd")
}

test_missing_user_denied if {
	"The final stage must set a non-root USER" in deny with input as without(good, 5)
}

test_root_user_denied if {
	bad := replace_at(good, 5, {"Cmd": "user", "Value": ["root"], "Stage": 1})
	"The final stage runs as root: use a non-root USER" in deny with input as bad
}

test_user_in_build_stage_only_is_not_enough if {
	bad := array.concat([good[0], {"Cmd": "user", "Value": ["1000"], "Stage": 0}], without(array.slice(good, 1, 8), 4))
	"The final stage must set a non-root USER" in deny with input as bad
}

test_missing_healthcheck_denied if {
	"The final stage must declare a HEALTHCHECK" in deny with input as without(good, 6)
}

test_healthcheck_none_denied if {
	bad := replace_at(good, 6, {"Cmd": "healthcheck", "Value": ["NONE"], "Stage": 1})
	"The final stage must declare a HEALTHCHECK" in deny with input as bad
}

test_missing_oci_labels_warned if {
	warnings := warn with input as without(good, 3)
	count(warnings) == 4
	"Missing OCI label org.opencontainers.image.source" in warnings
}

test_remote_add_denied if {
	bad := array.concat(good, [{"Cmd": "add", "Value": ["https://example.com/tool.tgz", "/opt/"], "Stage": 1}])
	"ADD of a remote URL (https://example.com/tool.tgz): download with a verified checksum in a build stage instead" in deny with input as bad
}

test_local_add_allowed if {
	ok := array.concat(good, [{"Cmd": "add", "Value": ["vendor.tgz", "/opt/"], "Stage": 1}])
	count(deny) == 0 with input as ok
}

test_secret_env_denied if {
	bad := array.concat(good, [{"Cmd": "env", "Value": ["DB_PASSWORD", "hunter2", "MODE", "prod"], "Stage": 1}])
	"ENV DB_PASSWORD looks like a secret: pass secrets with --mount=type=secret, never in the image" in deny with input as bad
}

test_secret_arg_denied if {
	bad := array.concat([{"Cmd": "arg", "Value": ["GITHUB_TOKEN=abc"], "Stage": 0}], good)
	"ARG GITHUB_TOKEN looks like a secret: pass secrets with --mount=type=secret, never in the image" in deny with input as bad
}

test_harmless_env_allowed if {
	ok := array.concat(good, [{"Cmd": "env", "Value": ["JAVA_TOOL_OPTIONS", "-Xmx512m"], "Stage": 1}])
	count(deny) == 0 with input as ok
}

test_sudo_denied if {
	bad := replace_at(good, 1, {"Cmd": "run", "Value": ["sudo apt-get install -y git"], "Stage": 0})
	"RUN uses sudo: sudo apt-get install -y git" in deny with input as bad
}

test_curl_pipe_shell_denied if {
	bad := replace_at(good, 1, {"Cmd": "run", "Value": ["curl -fsSL https://get.example.sh | sh"], "Stage": 0})
	"RUN pipes a download into a shell: curl -fsSL https://get.example.sh | sh" in deny with input as bad
}

test_wget_pipe_sudo_bash_denied if {
	bad := replace_at(good, 1, {"Cmd": "run", "Value": ["apt-get update && wget -qO- https://get.example.sh | sudo  bash -s"], "Stage": 0})
	"RUN pipes a download into a shell: apt-get update && wget -qO- https://get.example.sh | sudo  bash -s" in deny with input as bad
}

test_download_piped_through_a_filter_then_shell_allowed if {
	# Only the stage right after the download counts, as before: curl | tar is not a shell.
	ok := replace_at(good, 1, {"Cmd": "run", "Value": ["curl -fsSL https://example.com/t.tgz | tar xz; echo done | shasum"], "Stage": 0})
	count(deny) == 0 with input as ok
}

test_download_then_later_pipe_into_shell_allowed if {
	# The download and the pipe are in different commands of the list: not a download piped into a shell.
	ok := replace_at(good, 1, {"Cmd": "run", "Value": ["curl -fsSLo i.sh https://example.com/i.sh && cat i.sh | sh"], "Stage": 0})
	count(deny) == 0 with input as ok
}

test_or_fallback_is_not_a_pipe if {
	ok := replace_at(good, 1, {"Cmd": "run", "Value": ["curl -fsSLo f https://example.com/f || sh -c 'exit 1'"], "Stage": 0})
	count(deny) == 0 with input as ok
}

test_pipe_into_zsh_in_second_command_denied if {
	bad := replace_at(good, 1, {"Cmd": "run", "Value": ["set -e; curl -s https://x.example | zsh"], "Stage": 0})
	"RUN pipes a download into a shell: set -e; curl -s https://x.example | zsh" in deny with input as bad
}

test_curl_to_file_allowed if {
	ok := replace_at(good, 1, {"Cmd": "run", "Value": ["curl -fsSLo tool.tgz https://example.com/tool.tgz && sha256sum -c tool.sha256"], "Stage": 0})
	count(deny) == 0 with input as ok
}
