package io.intelgraph.maestro.ui.previews;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the previews view says when an action fails. */
class PreviewsViewModelTest {

    @Test
    void aFailureWithoutAMessageIsStillASentence() {
        assertEquals("an unexpected NullPointerException (no details given)", PreviewsViewModel.reason(new NullPointerException()));
        assertEquals("namespace pr-7 is protected", PreviewsViewModel.reason(new IllegalStateException("namespace pr-7 is protected")));
    }
}
