package org.livesurvey.paper.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers of claims and measurements as readers see them: a few decimals, a true minus sign, the unit. */
final class Figures {

    /** Below this a value prints in scientific notation: exactness checks measure errors like 1e-12. */
    private static final double SMALLEST_PLAIN = 0.001;
    private static final String MINUS = "\u2212";

    private Figures() {
    }

    /** {@code 70.824}, {@code 1327.1}, {@code −3}, {@code 2.50e-12}: at most three decimals, none padded. */
    static String number(double value) {
        String text = value != 0 && Math.abs(value) < SMALLEST_PLAIN
                ? String.format(Locale.ROOT, "%.2e", value)
                : BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return text.startsWith("-") ? MINUS + text.substring(1) : text;
    }

    /** A difference: {@code +7.9}, {@code −2.3}, {@code 0}. */
    static String signed(double value) {
        String number = number(Math.abs(value));
        if (number.equals("0")) {
            return number;
        }
        return (value > 0 ? "+" : MINUS) + number;
    }

    /** {@code 84.5 %} for percent, {@code 89 tokens} for other units, the bare number without one. */
    static String withUnit(String number, String unit) {
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return number + ("percent".equals(unit) ? " %" : " " + unit);
    }

    /** A difference of percentages is in percentage points, not percent. */
    static String differenceWithUnit(String number, String unit) {
        return "percent".equals(unit) ? number + " points" : withUnit(number, unit);
    }

    /** {@code 8 s}, {@code 2 min 5 s}, {@code 1 h 3 min}. */
    static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        if (whole < 3600) {
            return whole / 60 + " min " + whole % 60 + " s";
        }
        return whole / 3600 + " h " + whole % 3600 / 60 + " min";
    }
}
