package io.intelgraph.maestro.ui.sound;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the HUD's two sounds from sine waves, so they are the project's own (CC0): a break is a
 * falling minor third (E5 → C♯5), a fix a rising C major arpeggio that rings as a chord. 16-bit
 * mono PCM at 44.1 kHz, each note with a soft attack and an exponential decay (no clicks), and a
 * touch of the second harmonic so a small speaker carries it. Deterministic: the same bytes every
 * run, which {@link GeneratedSoundsTest} holds the committed files to.
 * {@code java SoundSynthesis.java <dir>} writes them (or the test with {@code -Dsounds.write=true}).
 */
public final class SoundSynthesis {

    static final int RATE = 44_100;
    private static final double E5 = 659.26;
    private static final double CS5 = 554.37;
    private static final double C5 = 523.25;
    private static final double G5 = 783.99;

    private SoundSynthesis() {
    }

    /** A note: frequency, start and length in seconds, loudness 0..1. */
    private record Note(double hz, double start, double length, double gain) {
    }

    /** The break: E5 then C♯5, a falling minor third, 0.6 s. */
    public static byte[] breakSound() {
        return wav(0.62, new Note(E5, 0, 0.26, 0.95), new Note(CS5, 0.24, 0.38, 0.95));
    }

    /** The fix: C5, E5, G5 one after another, each ringing on into the chord, 0.8 s. */
    public static byte[] fixSound() {
        return wav(0.82, new Note(C5, 0, 0.82, 0.5), new Note(E5, 0.11, 0.71, 0.5), new Note(G5, 0.22, 0.6, 0.5));
    }

    private static byte[] wav(double seconds, Note... notes) {
        int samples = (int) Math.round(seconds * RATE);
        double[] mix = new double[samples];
        for (Note note : notes) {
            int from = (int) Math.round(note.start() * RATE);
            int length = (int) Math.round(note.length() * RATE);
            for (int i = 0; i < length && from + i < samples; i++) {
                double t = (double) i / RATE;
                double attack = Math.min(1, t / 0.012);
                double release = Math.min(1, (length - i) / (0.03 * RATE));
                double envelope = attack * release * Math.exp(-3.2 * t);
                double wave = Math.sin(2 * Math.PI * note.hz() * t) + 0.25 * Math.sin(4 * Math.PI * note.hz() * t);
                mix[from + i] += note.gain() * envelope * wave / 1.25;
            }
        }
        ByteBuffer out = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + samples * 2).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
                .putShort((short) 2).putShort((short) 16);
        out.put("data".getBytes()).putInt(samples * 2);
        for (double v : mix) {
            out.putShort((short) Math.round(Math.max(-1, Math.min(1, v)) * 32_000));
        }
        return out.array();
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : GeneratedSoundsTest.DIR.toString()));
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("break.wav"), breakSound());
        Files.write(dir.resolve("fix.wav"), fixSound());
    }
}
