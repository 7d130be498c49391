package io.intelgraph.maestro.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TerminalTextTest {

    @Test
    void controlCharactersAndBidiOverridesAreShownNotObeyed() {
        assertEquals("evil\\u001B[2J\\nRegistered fake\\r\\t\\u0007\\u202E", TerminalText.escape("evil\u001b[2J\nRegistered fake\r\t\u0007\u202e"));
        assertEquals("\\u009B31m", TerminalText.escape("\u009b31m"), "the 8-bit CSI too");
    }

    @Test
    void ordinaryTextIsPrintedAsItIs() {
        String text = "feature/π-ünïcode ▲ promote 80 % C:\\path";
        assertEquals(text, TerminalText.escape(text));
    }

    @Test
    void aBlockKeepsItsLineBreaksOnly() {
        assertEquals("one\\u001B[1m\ntwo\\r\n", TerminalText.escapeKeepingLines("one\u001b[1m\ntwo\r\n"));
    }
}
