package io.intelgraph.maestro.ui.style;

import io.intelgraph.maestro.ui.HudWindow;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.ParsedValue;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JavaFX loads {@code hud.bss} in place of {@code hud.css} when both are there: the build's binary copy must say
 * what the text says, rule for rule, or the window would not look as hud.css is written.
 */
class BinaryStylesheetTest {

    @Test
    void theBinaryStylesheetHasEveryRuleOfTheTextOne() throws Exception {
        URL text = HudWindow.class.getResource("hud.css");
        URL binary = HudWindow.class.getResource("hud.bss");
        assertNotNull(binary, "the build writes hud.bss beside hud.css (src/hud/pom.xml, exec-maven-plugin)");
        List<Rule> parsed = new CssParser().parse(text).getRules();
        List<Rule> loaded = Stylesheet.loadBinary(binary).getRules();
        assertTrue(parsed.size() > 50, "hud.css has its rules: " + parsed.size());
        assertEquals(parsed.size(), loaded.size());
        for (int i = 0; i < parsed.size(); i++) {
            // A binary rule decodes its declarations when first asked for them; toString alone does not ask.
            assertEquals(parsed.get(i).getSelectors().toString(), loaded.get(i).getSelectors().toString(), "rule " + i);
            assertEquals(describe(parsed.get(i).getDeclarations()), describe(loaded.get(i).getDeclarations()),
                    "rule " + i + ", " + parsed.get(i).getSelectors());
        }
    }

    /** Declarations as text, nested values and arrays spelled out (ParsedValue's own toString prints arrays' addresses). */
    private static String describe(List<Declaration> declarations) {
        StringBuilder text = new StringBuilder();
        for (Declaration declaration : declarations) {
            text.append(declaration.getProperty()).append(declaration.isImportant() ? " !important" : "").append(": ");
            describe(declaration.getParsedValue(), text);
            text.append(";\n");
        }
        return text.toString();
    }

    private static void describe(Object value, StringBuilder text) {
        switch (value) {
            case null -> text.append("null");
            case ParsedValue<?, ?> parsed -> {
                text.append(parsed.isContainsLookups() ? "lookup(" : "(");
                describe(parsed.getValue(), text);
                text.append(" by ").append(parsed.getConverter() == null ? "-" : parsed.getConverter().getClass().getName())
                        .append(')');
            }
            case Object[] array -> {
                text.append('[');
                for (Object item : array) {
                    describe(item, text);
                    text.append(' ');
                }
                text.append(']');
            }
            default -> text.append(value);
        }
    }
}
