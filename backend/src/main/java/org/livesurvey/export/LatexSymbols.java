package org.livesurvey.export;

import java.util.HashMap;
import java.util.Map;

/**
 * LaTeX commands for the non-ASCII characters that ML titles use and pdfLaTeX cannot print from UTF-8: Greek letters
 * ({@code α-CROWN}, {@code π0}) and mathematical symbols ({@code ≤}, {@code ∞}). pdfLaTeX stops at the first such
 * character with "Unicode character not set up for use with LaTeX", failing the whole bibliography. Accented Latin
 * letters, dashes and quotes need no entry: pdfLaTeX prints them from UTF-8. Each command is wrapped in
 * {@code {\ensuremath{…}}} so that it works in text and math and BibTeX's case changes leave it alone.
 */
final class LatexSymbols {

    private static final Map<Integer, String> COMMANDS = new HashMap<>();

    static {
        String[] lowerGreek = {"alpha", "beta", "gamma", "delta", "varepsilon", "zeta", "eta", "theta", "iota",
                "kappa", "lambda", "mu", "nu", "xi", null, "pi", "rho", "varsigma", "sigma", "tau", "upsilon",
                "varphi", "chi", "psi", "omega"};
        for (int i = 0; i < lowerGreek.length; i++) {
            if (lowerGreek[i] != null) {
                COMMANDS.put(0x03B1 + i, "\\" + lowerGreek[i]);
            }
        }
        COMMANDS.put(0x03BF, "o");
        COMMANDS.put(0x03D1, "\\vartheta");
        COMMANDS.put(0x03D5, "\\phi");
        COMMANDS.put(0x03D6, "\\varpi");
        COMMANDS.put(0x03F1, "\\varrho");
        COMMANDS.put(0x03F5, "\\epsilon");
        // capitals that look like Latin letters have no command of their own in LaTeX
        String[] upperGreek = {"A", "B", "\\Gamma", "\\Delta", "E", "Z", "H", "\\Theta", "I", "K", "\\Lambda", "M",
                "N", "\\Xi", "O", "\\Pi", "P", null, "\\Sigma", "T", "\\Upsilon", "\\Phi", "X", "\\Psi", "\\Omega"};
        for (int i = 0; i < upperGreek.length; i++) {
            if (upperGreek[i] != null) {
                COMMANDS.put(0x0391 + i, upperGreek[i]);
            }
        }
        put('−', "-");
        put('≤', "\\leq");
        put('≥', "\\geq");
        put('≠', "\\neq");
        put('≈', "\\approx");
        put('∼', "\\sim");
        put('≡', "\\equiv");
        put('≪', "\\ll");
        put('≫', "\\gg");
        put('∝', "\\propto");
        put('∞', "\\infty");
        put('√', "\\surd");
        put('∈', "\\in");
        put('∉', "\\notin");
        put('⊂', "\\subset");
        put('⊆', "\\subseteq");
        put('∩', "\\cap");
        put('∪', "\\cup");
        put('∀', "\\forall");
        put('∃', "\\exists");
        put('∂', "\\partial");
        put('∇', "\\nabla");
        put('∑', "\\sum");
        put('∏', "\\prod");
        put('∫', "\\int");
        put('⊕', "\\oplus");
        put('⊗', "\\otimes");
        put('∘', "\\circ");
        put('⋅', "\\cdot");
        put('∗', "\\ast");
        put('⇒', "\\Rightarrow");
        put('⇐', "\\Leftarrow");
        put('⇔', "\\Leftrightarrow");
        put('←', "\\leftarrow");
        put('↔', "\\leftrightarrow");
        put('↑', "\\uparrow");
        put('↓', "\\downarrow");
    }

    private LatexSymbols() {
    }

    /** The character's command wrapped for a BibTeX field, or {@code null} when UTF-8 is printed as it is. */
    static String forCodePoint(int codePoint) {
        String command = COMMANDS.get(codePoint);
        if (command == null) {
            return null;
        }
        return command.startsWith("\\") ? "{\\ensuremath{" + command + "}}" : command;
    }

    private static void put(char character, String command) {
        COMMANDS.put((int) character, command);
    }
}
