package org.livesurvey.reproduction;

import java.util.function.Function;
import java.util.stream.Stream;

/** Reads the enums of this feature back from the keys the database stores. */
final class Keys {

    private Keys() {
    }

    static <E> E find(E[] values, String key, Function<E, String> keyOf) {
        return Stream.of(values).filter(value -> keyOf.apply(value).equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown key '" + key + "' among "
                        + Stream.of(values).map(keyOf).toList()));
    }
}
