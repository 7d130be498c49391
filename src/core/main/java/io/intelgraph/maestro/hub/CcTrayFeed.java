package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.model.build.BuildState;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.build.WorkflowRun;
import io.intelgraph.maestro.store.BuildSnapshot;
import io.intelgraph.maestro.store.BuildTile;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.Optional;

/**
 * {@code GET /cc.xml}: the tiles in the cctray format (cctray.org/v1) that CCMenu, Nevergreen,
 * BuildNotify and CCTray poll. One {@code <Project>} per tile, named {@code owner/repo@branch}.
 * The last build is the branch's newest completed run; while a run is going the project is
 * {@code Building} with the previous outcome, as a CI server reports it. A stale tile's outcome is
 * {@code Unknown}: the feed, like the HUD, never presents the last known state as current.
 */
public final class CcTrayFeed {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private CcTrayFeed() {
    }

    public static String xml(BuildSnapshot snapshot) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("Projects");
            xml.writeCharacters("\n");
            for (BuildTile tile : snapshot.tiles()) {
                project(xml, tile);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cc.xml could not be written: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void project(XMLStreamWriter xml, BuildTile tile) throws XMLStreamException {
        Optional<WorkflowRun> last = tile.history().stream().filter(r -> r.status() == RunStatus.COMPLETED)
                .max(Comparator.comparing(WorkflowRun::updatedAt));
        WorkflowRun shown = last.orElse(tile.headline());
        xml.writeCharacters("  ");
        xml.writeEmptyElement("Project");
        xml.writeAttribute("name", clean(tile.key().toString()));
        xml.writeAttribute("activity", tile.state().isActive() ? "Building" : "Sleeping");
        xml.writeAttribute("lastBuildStatus", tile.stale() ? "Unknown" : last.map(CcTrayFeed::status).orElse("Unknown"));
        xml.writeAttribute("lastBuildLabel", Long.toString(shown.runNumber()));
        xml.writeAttribute("lastBuildTime", (last.isPresent() ? shown.updatedAt() : shown.createdAt()).toString());
        xml.writeAttribute("webUrl", clean(shown.htmlUrl()));
        xml.writeCharacters("\n");
    }

    /** cctray's four outcomes: a failed build is Failure; one that could not finish normally is Exception. */
    static String status(WorkflowRun run) {
        BuildState state = run.state();
        return switch (state) {
            case PASSED -> "Success";
            case FAILED -> "Failure";
            case CANCELLED, ACTION_REQUIRED -> "Exception";
            case SKIPPED, RUNNING, WAITING, QUEUED -> "Unknown";
        };
    }

    /** XML 1.0 cannot carry most control characters, even escaped; GitHub's text is outside text. */
    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c != 0xFFFE
                && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF) ? c : 0xFFFD));
        return out.toString();
    }
}
