package io.intelgraph.maestro.supplychain;

import java.io.IOException;

/** A report that cannot be read as what it claims to be; the message names the file and the problem. */
public final class ReportFormatException extends IOException {

    private final String file;
    private final String problem;

    public ReportFormatException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    public ReportFormatException(String file, String problem) {
        this(file, problem, null);
    }

    public String file() {
        return file;
    }

    public String problem() {
        return problem;
    }
}
