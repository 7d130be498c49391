# Dockerfile policy for IntelGraph images (conftest input: the Dockerfile's instructions).
#   conftest test --namespace docker --policy policy Dockerfile
package docker

import rego.v1

# Bases a final stage may run on: distroless, Chainguard, or nothing at all.
minimal_bases := ["gcr.io/distroless/", "cgr.dev/chainguard/", "scratch"]

oci_labels := [
	"org.opencontainers.image.title",
	"org.opencontainers.image.source",
	"org.opencontainers.image.revision",
	"org.opencontainers.image.licenses",
]

secret_name := `(?i)(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential)`

froms := [i | some i, instr in input; instr.Cmd == "from"]

final_stage := count(froms) - 1

final(instr) if instr.Stage == final_stage

# An image reference's tag, "" when it has none (a digest-only reference has none either).
tag(image) := t if {
	not contains(image, "@")
	parts := split(image, "/")
	last := parts[count(parts) - 1]
	contains(last, ":")
	t := split(last, ":")[1]
} else := ""

stage_names contains lower(instr.Value[2]) if {
	some instr in input
	instr.Cmd == "from"
	count(instr.Value) == 3
}

base_images contains instr.Value[0] if {
	some instr in input
	instr.Cmd == "from"
	not lower(instr.Value[0]) in stage_names
}

deny contains "Use a multi-stage build: compile in one stage, ship only the result from a minimal final stage" if {
	count(froms) < 2
}

deny contains msg if {
	some image in base_images
	image != "scratch"
	tag(image) == "latest"
	msg := sprintf("Base image %s uses the 'latest' tag: pin a version (and preferably a digest)", [image])
}

deny contains msg if {
	some image in base_images
	image != "scratch"
	not contains(image, "@")
	tag(image) == ""
	msg := sprintf("Base image %s has no tag: pin a version (and preferably a digest)", [image])
}

warn contains msg if {
	some image in base_images
	image != "scratch"
	not contains(image, "@sha256:")
	tag(image) != "latest"
	tag(image) != ""
	msg := sprintf("Base image %s is pinned by tag only: add @sha256:<digest> for a reproducible build", [image])
}

deny contains msg if {
	some instr in input
	instr.Cmd == "from"
	instr.Stage == final_stage
	image := instr.Value[0]
	not startswith_any(image, minimal_bases)
	msg := sprintf("Final stage runs on %s: use a distroless or minimal base (%s)", [image, concat(", ", minimal_bases)])
}

startswith_any(s, prefixes) if {
	some prefix in prefixes
	startswith(s, prefix)
}

final_users := [instr.Value[0] | some instr in input; instr.Cmd == "user"; final(instr)]

deny contains "The final stage must set a non-root USER" if {
	count(final_users) == 0
}

deny contains msg if {
	count(final_users) > 0
	user := final_users[count(final_users) - 1]
	split(user, ":")[0] in {"root", "0"}
	msg := sprintf("The final stage runs as %s: use a non-root USER", [user])
}

deny contains "The final stage must declare a HEALTHCHECK" if {
	not has_healthcheck
}

has_healthcheck if {
	some instr in input
	instr.Cmd == "healthcheck"
	final(instr)
	instr.Value[0] != "NONE"
}

labels contains instr.Value[i] if {
	some instr in input
	instr.Cmd == "label"
	some i in numbers.range(0, count(instr.Value) - 1)
	i % 2 == 0
}

warn contains msg if {
	some label in oci_labels
	not label in labels
	msg := sprintf("Missing OCI label %s", [label])
}

deny contains msg if {
	some instr in input
	instr.Cmd == "add"
	some source in array.slice(instr.Value, 0, count(instr.Value) - 1)
	regex.match(`^(https?|ftp)://`, source)
	msg := sprintf("ADD of a remote URL (%s): download with a verified checksum in a build stage instead", [source])
}

deny contains msg if {
	some instr in input
	instr.Cmd in {"env", "arg"}
	some name in secret_names(instr)
	msg := sprintf("%s %s looks like a secret: pass secrets with --mount=type=secret, never in the image", [
		upper(instr.Cmd), name,
	])
}

secret_names(instr) := {name |
	instr.Cmd == "env"
	some i in numbers.range(0, count(instr.Value) - 1)
	i % 2 == 0
	name := instr.Value[i]
	regex.match(secret_name, name)
} if instr.Cmd == "env"

secret_names(instr) := {name |
	some value in instr.Value
	name := split(value, "=")[0]
	regex.match(secret_name, name)
} if instr.Cmd == "arg"

deny contains msg if {
	some instr in input
	instr.Cmd == "run"
	some command in instr.Value
	regex.match(`(^|[;&|(\s])sudo\s`, command)
	msg := sprintf("RUN uses sudo: %s", [command])
}

deny contains msg if {
	some instr in input
	instr.Cmd == "run"
	some command in instr.Value
	regex.match(`(curl|wget)[^|;&]*\|\s*(sudo\s+)?(ba|z|da)?sh\b`, command)
	msg := sprintf("RUN pipes a download into a shell: %s", [command])
}
