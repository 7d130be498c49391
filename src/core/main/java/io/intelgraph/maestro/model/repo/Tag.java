package io.intelgraph.maestro.model.repo;

/** A tag as {@code GET /repos/{o}/{r}/tags} lists it: its name and the commit it points at. */
public record Tag(String name, String sha) {
}
