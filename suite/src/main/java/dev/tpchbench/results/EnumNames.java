package dev.tpchbench.results;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads an enum constant from what a person typed (a knob, a JMH parameter): case and surrounding
 * blanks do not matter, and '-' or '.' may stand for '_' ({@code phase-1.5} is {@code PHASE_1_5}).
 * Anything else is refused as {@code unknown <what> '<text>'; accepted: a, b, c}.
 */
public final class EnumNames {
    private EnumNames() {
    }

    /** By the constants' own names. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        return parse(type, what, text, Enum::name);
    }

    /** By the names {@code name} gives the constants, which are also the ones the message lists. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String text, Function<E, String> name) {
        E[] constants = type.getEnumConstants();
        if (text != null) {
            String wanted = normalized(text);
            for (E constant : constants) {
                if (normalized(name.apply(constant)).equals(wanted)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + text + "'; accepted: "
                + Arrays.stream(constants).map(name).collect(Collectors.joining(", ")));
    }

    private static String normalized(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    }
}
