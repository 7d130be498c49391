package io.intelgraph.maestro.ui.sound;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a 16-bit PCM WAV sounds like, as notes: for every 50 ms window loud enough to hear (above a
 * twentieth of the loudest), the semitone between A3 and C7 with the most energy (Goertzel), and
 * repeated notes collapsed. Streams the file, so a recording hours long is fine. Used to compare what
 * a sound card played with the sound the HUD ships.
 */
record NoteTrack(List<String> notes, double peak, double audibleSeconds) {

    private static final String[] NAMES = {"A", "A#", "B", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#"};
    private static final int LOWEST_A3 = 0;
    private static final int SEMITONES = 40; // A3 .. C7
    private static final double WINDOW_SECONDS = 0.05;

    /** Raw signed 16-bit little-endian PCM, interleaved (what a PulseAudio pipe sink writes). */
    static NoteTrack ofPcm(InputStream pcm, int channels, int rate) throws IOException {
        return read(new DataInputStream(new BufferedInputStream(pcm, 1 << 16)), channels, rate);
    }

    static NoteTrack ofWav(InputStream wav) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(wav, 1 << 16));
        if (!tag(in).equals("RIFF")) {
            throw new IOException("not a RIFF file");
        }
        in.readInt();
        if (!tag(in).equals("WAVE")) {
            throw new IOException("not a WAVE file");
        }
        int channels = 0;
        int rate = 0;
        while (true) {
            String chunk = tag(in);
            int size = Integer.reverseBytes(in.readInt());
            if (chunk.equals("fmt ")) {
                int format = Short.toUnsignedInt(Short.reverseBytes(in.readShort()));
                channels = Short.reverseBytes(in.readShort());
                rate = Integer.reverseBytes(in.readInt());
                in.skipNBytes(6);
                int bits = Short.reverseBytes(in.readShort());
                if (format != 1 || bits != 16) {
                    throw new IOException("only 16-bit PCM is read here (format " + format + ", " + bits + " bits)");
                }
                in.skipNBytes(size - 16);
            } else if (chunk.equals("data")) {
                break; // to the end of the file: a recording cut short may not have its final size written
            } else {
                in.skipNBytes(size + (size & 1));
            }
        }
        if (channels <= 0 || rate <= 0) {
            throw new IOException("no fmt chunk before the data");
        }
        return read(in, channels, rate);
    }

    private static NoteTrack read(DataInputStream in, int channels, int rate) throws IOException {
        int window = (int) (rate * WINDOW_SECONDS);
        double[] samples = new double[window];
        List<double[]> loudWindows = new ArrayList<>();
        List<Double> levels = new ArrayList<>();
        double peak = 0;
        while (fill(in, samples, channels)) {
            double sum = 0;
            for (double s : samples) {
                sum += s * s;
                peak = Math.max(peak, Math.abs(s));
            }
            double rms = Math.sqrt(sum / window);
            if (rms > 0.001) { // digital silence between and around the sounds is dropped as it streams past
                loudWindows.add(samples.clone());
                levels.add(rms);
            }
        }
        double loudest = levels.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<String> notes = new ArrayList<>();
        int audible = 0;
        for (int i = 0; i < loudWindows.size(); i++) {
            if (levels.get(i) < loudest / 20) {
                continue;
            }
            audible++;
            String note = strongestNote(loudWindows.get(i), rate);
            if (notes.isEmpty() || !notes.getLast().equals(note)) {
                notes.add(note);
            }
        }
        return new NoteTrack(List.copyOf(notes), peak, audible * WINDOW_SECONDS);
    }

    /** One window, mixed down to mono, in [-1, 1]; false at the end of the stream. */
    private static boolean fill(DataInputStream in, double[] samples, int channels) throws IOException {
        try {
            for (int i = 0; i < samples.length; i++) {
                double sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += Short.reverseBytes(in.readShort());
                }
                samples[i] = sum / channels / 32768.0;
            }
            return true;
        } catch (EOFException e) {
            return false;
        }
    }

    private static String strongestNote(double[] window, int rate) {
        int best = 0;
        double bestPower = -1;
        for (int n = LOWEST_A3; n < SEMITONES; n++) {
            double hz = 220.0 * Math.pow(2, n / 12.0);
            double power = goertzel(window, hz, rate);
            if (power > bestPower) {
                bestPower = power;
                best = n;
            }
        }
        int octave = 3 + (best + 9) / 12; // octaves are counted from C
        return NAMES[best % 12] + octave;
    }

    private static double goertzel(double[] x, double hz, int rate) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / rate);
        double s1 = 0;
        double s2 = 0;
        for (double v : x) {
            double s = v + coefficient * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }

    private static String tag(DataInputStream in) throws IOException {
        byte[] b = new byte[4];
        in.readFully(b);
        return new String(b, StandardCharsets.US_ASCII);
    }
}
