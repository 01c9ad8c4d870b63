package org.livesurvey.ingest.taxonomy;

import java.util.List;

/** Builds RFC 6901 JSON pointers and shows them to contributors as field paths such as {@code claims[0].id}. */
public final class JsonPointers {

    private JsonPointers() {
    }

    /** The pointer of a field or an array index below {@code parent}. */
    public static String child(String parent, Object nameOrIndex) {
        String token = nameOrIndex.toString().replace("~", "~0").replace("/", "~1");
        return parent + "/" + token;
    }

    /** The pointer made of the given field names (strings) and array indexes (integers). */
    public static String of(List<?> elements) {
        String pointer = "";
        for (Object element : elements) {
            pointer = child(pointer, element);
        }
        return pointer;
    }

    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /**
     * The field path as a contributor reads it: {@code /claims/0/id} becomes {@code claims[0].id}. Tokens made of
     * digits are shown as indexes; the documents we check have no such field names outside free-form parameters.
     */
    public static String display(String pointer) {
        StringBuilder out = new StringBuilder();
        if (pointer.isEmpty()) {
            return "";
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            String name = token.replace("~1", "/").replace("~0", "~");
            if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(name);
            }
        }
        return out.toString();
    }
}
