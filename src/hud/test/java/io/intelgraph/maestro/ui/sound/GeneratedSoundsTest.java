package io.intelgraph.maestro.ui.sound;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed sounds are exactly what {@link SoundSynthesis} makes: nothing in them came from elsewhere. */
class GeneratedSoundsTest {

    static final Path DIR = Path.of("src/hud/main/resources/io/intelgraph/maestro/ui/sound/sounds");

    @Test
    void theCommittedSoundsAreTheGeneratedOnes() throws Exception {
        if (Boolean.getBoolean("sounds.write")) {
            SoundSynthesis.write(DIR);
        }
        assertArrayEquals(SoundSynthesis.breakSound(), Files.readAllBytes(DIR.resolve("break.wav")), "break.wav");
        assertArrayEquals(SoundSynthesis.fixSound(), Files.readAllBytes(DIR.resolve("fix.wav")), "fix.wav");
    }

    @Test
    void theSoundsAreShortAndLoudEnoughWithoutClipping() {
        for (byte[] wav : new byte[][] {SoundSynthesis.breakSound(), SoundSynthesis.fixSound()}) {
            ByteBuffer data = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(SoundSynthesis.RATE, data.getInt(24));
            int samples = data.getInt(40) / 2;
            assertTrue(samples < SoundSynthesis.RATE, "under a second: " + samples + " samples");
            int peak = 0;
            for (int i = 0; i < samples; i++) {
                peak = Math.max(peak, Math.abs(data.getShort(44 + 2 * i)));
            }
            assertTrue(peak > 8_000 && peak < 32_000, "peak " + peak);
            assertTrue(Math.abs(data.getShort(44)) < 200 && Math.abs(data.getShort(44 + 2 * (samples - 1))) < 200,
                    "starts and ends near silence: no click");
        }
    }
}
