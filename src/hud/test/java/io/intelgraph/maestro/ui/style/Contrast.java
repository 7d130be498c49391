package io.intelgraph.maestro.ui.style;

import javafx.scene.paint.Color;

/**
 * Colour arithmetic for the contrast test: WCAG 2 relative luminance and contrast ratio, colour-vision
 * deficiency simulation (Machado, Oliveira and Fernandes 2009, severity 1.0, in linear RGB) and the
 * CIE76 colour difference in CIELAB. SOURCE: WCAG 2.2 §1.4.3/§1.4.11 definitions (w3.org/TR/WCAG22,
 * "relative luminance", "contrast ratio"); Machado et al., "A Physiologically-based Model for
 * Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009, table of matrices at severity 1.0.
 */
final class Contrast {

    private static final double[][] PROTANOPIA = {
            {0.152286, 1.052583, -0.204868},
            {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}};
    private static final double[][] DEUTERANOPIA = {
            {0.367322, 0.860646, -0.227968},
            {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}};

    /** Which vision a colour is seen with. */
    enum Vision {
        TYPICAL(null), PROTANOPIA(Contrast.PROTANOPIA), DEUTERANOPIA(Contrast.DEUTERANOPIA);

        private final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        Color see(Color c) {
            if (matrix == null) {
                return c;
            }
            double[] lin = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
            double[] out = new double[3];
            for (int i = 0; i < 3; i++) {
                out[i] = Math.max(0, Math.min(1, matrix[i][0] * lin[0] + matrix[i][1] * lin[1] + matrix[i][2] * lin[2]));
            }
            return Color.color(gamma(out[0]), gamma(out[1]), gamma(out[2]));
        }
    }

    private Contrast() {
    }

    static double linear(double channel) {
        return channel <= 0.04045 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    private static double gamma(double linear) {
        return linear <= 0.0031308 ? linear * 12.92 : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
    }

    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    /** (L1 + 0.05) / (L2 + 0.05), the lighter over the darker: 1 to 21. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** CIELAB (D65) of an sRGB colour. */
    static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIE76 ΔE*ab: about 2.3 is just noticeable; over 10, different at a glance. */
    static double deltaE(Color a, Color b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }
}
