package io.intelgraph.maestro.hub;

import io.intelgraph.maestro.github.GitHubPoller;
import io.intelgraph.maestro.model.build.Conclusion;
import io.intelgraph.maestro.model.build.RunStatus;
import io.intelgraph.maestro.model.repo.RepoId;
import io.intelgraph.maestro.store.BuildPlane;
import io.intelgraph.maestro.testing.SimHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static io.intelgraph.maestro.testing.Runs.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /cc.xml against cctray.org's published schema and example, and a real server's feed (see test/resources/hub/cctray/SOURCE.md). */
class CcTrayFeedTest {

    private static final Path DIR = Path.of("src/core/test/resources/hub/cctray");

    private static String publishedSchema() throws Exception {
        return Files.readString(DIR.resolve("cctray-1.xsd"));
    }

    /** The published schema with its one rule real feeds do not keep relaxed: {@code name} a string, as the page's table says. */
    private static String schemaWithNamesAsText() throws Exception {
        String published = publishedSchema();
        String rule = "<xs:attribute name=\"name\" type=\"xs:NMTOKEN\"";
        assertEquals(1, published.split(rule, -1).length - 1, "the schema still types name as NMTOKEN");
        return published.replace(rule, "<xs:attribute name=\"name\" type=\"xs:string\"");
    }

    /** Every problem the schema finds in {@code xml}. */
    private static List<String> problems(String schema, String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema compiled = factory.newSchema(new StreamSource(new StringReader(schema)));
        Validator validator = compiled.newValidator();
        List<String> problems = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            public void warning(SAXParseException e) {
                problems.add(e.getMessage());
            }

            public void error(SAXParseException e) {
                problems.add(e.getMessage());
            }

            public void fatalError(SAXParseException e) {
                problems.add(e.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        return problems;
    }

    @Test
    void theSpecsOwnExamplePassesThePublishedSchema() throws Exception {
        assertEquals(List.of(), problems(publishedSchema(), Files.readString(DIR.resolve("cctray-org-example.xml"))));
    }

    @Test
    void circleCisRealFeedBreaksOnlyTheNameRuleAsOursDoes() throws Exception {
        String circle = Files.readString(DIR.resolve("nevergreen-circle_ci.xml"));
        List<String> strict = problems(publishedSchema(), circle);
        assertFalse(strict.isEmpty(), "owner/example-service is not an NMTOKEN");
        assertTrue(strict.stream().allMatch(p -> p.contains("owner/example-service")), strict.toString());
        assertEquals(List.of(), problems(schemaWithNamesAsText(), circle));
    }

    @Test
    void theSimulatedOrganisationsFeedPassesTheSchemaAndOnlyItsNamesBreakTheStrictRule() throws Exception {
        SimHarness sim = new SimHarness(42);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        try {
            BuildPlane plane = HubPlanes.plane(sim);
            GitHubPoller poller = HubPlanes.poller(sim, plane, executor);
            poller.syncOnce();
            String xml = CcTrayFeed.xml(plane.snapshot());
            assertEquals(List.of(), problems(schemaWithNamesAsText(), xml));
            List<String> strict = problems(publishedSchema(), xml);
            assertFalse(strict.isEmpty(), "owner/repo@branch is not an NMTOKEN");
            assertTrue(strict.stream().allMatch(p -> p.contains("intelgraph-sim/")), strict.toString());
            assertEquals(plane.snapshot().tiles().size(), projects(xml).size());
            poller.close();
        } finally {
            executor.shutdownNow();
            sim.close();
        }
    }

    @ParameterizedTest
    @CsvSource({"COMPLETED, SUCCESS, Success", "COMPLETED, FAILURE, Failure", "COMPLETED, TIMED_OUT, Failure",
            "COMPLETED, STARTUP_FAILURE, Failure", "COMPLETED, CANCELLED, Exception", "COMPLETED, ACTION_REQUIRED, Exception",
            "COMPLETED, SKIPPED, Unknown", "COMPLETED, NEUTRAL, Unknown"})
    void eachOutcomeIsOneOfCctraysFour(RunStatus status, Conclusion conclusion, String expected) {
        assertEquals(expected, CcTrayFeed.status(run(1, "o/a", "main", "CI", status, conclusion, 0)));
    }

    @Test
    void aRunningBranchIsBuildingWithItsLastOutcomeAndAStaleOneIsUnknown() throws Exception {
        BuildPlane plane = HubHarness.emptyPlane();
        plane.putRuns(RepoId.parse("o/a"), List.of(
                run(1, "o/a", "main", "CI", RunStatus.COMPLETED, Conclusion.FAILURE, 0),
                run(2, "o/a", "main", "CI", RunStatus.IN_PROGRESS, Conclusion.NONE, 5),
                run(3, "o/b", "new & \"odd\"\u0007", "CI", RunStatus.QUEUED, Conclusion.NONE, 6),
                run(4, "o/c", "main", "CI", RunStatus.COMPLETED, Conclusion.SUCCESS, 7)));
        plane.repoFailed(RepoId.parse("o/c"), "GitHub answered 404");
        List<Element> projects = projects(CcTrayFeed.xml(plane.snapshot()));

        Element main = projects.get(0);
        assertEquals("o/a@main", main.getAttribute("name"));
        assertEquals("Building", main.getAttribute("activity"));
        assertEquals("Failure", main.getAttribute("lastBuildStatus"));
        assertEquals("1", main.getAttribute("lastBuildLabel"));
        assertEquals("https://github.com/o/a/actions/runs/1", main.getAttribute("webUrl"));

        Element odd = projects.get(1);
        assertEquals("o/b@new & \"odd\"\uFFFD", odd.getAttribute("name"), "escaped, and the control character replaced");
        assertEquals("Unknown", odd.getAttribute("lastBuildStatus"), "no build has completed");
        Element stale = projects.get(2);
        assertEquals("Sleeping", stale.getAttribute("activity"));
        assertEquals("Unknown", stale.getAttribute("lastBuildStatus"), "stale: the last known outcome is not current");
        assertEquals(Optional.empty(), Optional.ofNullable(stale.getAttributeNode("nextBuildTime")));
    }

    private static List<Element> projects(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("Project");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
