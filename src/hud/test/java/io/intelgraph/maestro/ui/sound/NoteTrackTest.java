package io.intelgraph.maestro.ui.sound;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notes scripts/sound-check.sh listens for: the shipped sounds are the notes SOUNDS.md names. */
class NoteTrackTest {

    private static NoteTrack shipped(String name) throws IOException {
        try (InputStream in = NoteTrackTest.class.getResourceAsStream("sounds/" + name)) {
            return NoteTrack.ofWav(in);
        }
    }

    @Test
    void theShippedSoundsAreTheirNotes() throws IOException {
        NoteTrack broke = shipped("break.wav");
        assertEquals(List.of("E5", "C#5"), broke.notes(), "a falling minor third");
        assertTrue(broke.audibleSeconds() >= 0.5 && broke.audibleSeconds() <= 0.7, "" + broke.audibleSeconds());
        NoteTrack fixed = shipped("fix.wav");
        assertEquals(List.of("C5", "E5", "G5"), fixed.notes(), "a rising C major arpeggio");
        assertTrue(broke.peak() > 0.7 && fixed.peak() > 0.7, "loud enough for a room: " + broke.peak() + ", " + fixed.peak());
    }

    @Test
    void aStereoRecordingAtHalfLevelAmidSilenceHasTheSameNotes() throws IOException {
        byte[] wav = SoundSynthesis.breakSound();
        ByteBuffer mono = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        int silence = 44_100; // a second either side, as a sound card plays between sounds
        ByteBuffer stereo = ByteBuffer.allocate((wav.length - 44 + 2 * silence * 2) * 2).order(ByteOrder.LITTLE_ENDIAN);
        stereo.position(silence * 4);
        while (mono.hasRemaining()) {
            short half = (short) (mono.getShort() / 2);
            stereo.putShort(half).putShort(half);
        }
        NoteTrack heard = NoteTrack.ofPcm(new ByteArrayInputStream(stereo.array()), 2, 44_100);
        assertEquals(List.of("E5", "C#5"), heard.notes());
        assertEquals(shipped("break.wav").peak() / 2, heard.peak(), 0.01);
    }

    @Test
    void silenceHasNoNotesAndNotAWaveIsSaid() throws IOException {
        assertEquals(List.of(), NoteTrack.ofPcm(new ByteArrayInputStream(new byte[44_100 * 4]), 2, 44_100).notes());
        IOException e = assertThrows(IOException.class, () -> NoteTrack.ofWav(new ByteArrayInputStream("RIFX....".getBytes())));
        assertEquals("not a RIFF file", e.getMessage());
    }
}
