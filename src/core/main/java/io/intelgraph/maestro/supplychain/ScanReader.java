package io.intelgraph.maestro.supplychain;

import io.intelgraph.maestro.model.evidence.ScanReport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a scan report, telling Trivy JSON from SARIF by the file's first bytes. */
public final class ScanReader {

    private static final int SNIFF = 64 * 1024;

    public ScanReport read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    public ScanReport read(String name, InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        String head = new String(in.readNBytes(SNIFF), StandardCharsets.UTF_8);
        in.reset();
        // Trivy writes "SchemaVersion" first; a SARIF log starts with "$schema"/"version" and holds "runs".
        boolean sarif = name.endsWith(".sarif") || name.endsWith(".sarif.json")
                || !head.contains("\"SchemaVersion\"") && (head.contains("\"runs\"") || head.contains("sarif"));
        return sarif ? new SarifReader().read(name, in) : new TrivyReportReader().read(name, in);
    }
}
