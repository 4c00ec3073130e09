package dev.tminus.golden;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as operators read them: four significant digits, Prometheus' NaN and ±Inf spellings. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
