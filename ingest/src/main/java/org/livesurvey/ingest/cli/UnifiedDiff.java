package org.livesurvey.ingest.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code git diff} shows it, so that {@code add --dry-run} reads like the change it
 * would make. Paper files are short: a longest-common-subsequence table is fast enough and always minimal.
 */
final class UnifiedDiff {

    private static final int CONTEXT = 2;

    private UnifiedDiff() {
    }

    /** @param before {@code null} for a new file; @param after {@code null} for a removed one */
    static String of(String path, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<String> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(before == null ? "/dev/null" : "a/" + path).append('\n');
        out.append("+++ ").append(after == null ? "/dev/null" : "b/" + path).append('\n');
        appendHunks(out, edits);
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }

    /** Each line of the result starts with ' ', '-' or '+'. */
    private static List<String> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                edits.add("+" + b.get(j++));
            } else {
                edits.add("-" + a.get(i++));
            }
        }
        return edits;
    }

    private static void appendHunks(StringBuilder out, List<String> edits) {
        int n = edits.size();
        int index = 0;
        while (index < n) {
            if (edits.get(index).startsWith(" ")) {
                index++;
                continue;
            }
            int start = Math.max(0, index - CONTEXT);
            int end = index;
            while (end < n) {
                int nextChange = end;
                while (nextChange < n && edits.get(nextChange).startsWith(" ")) {
                    nextChange++;
                }
                if (nextChange == n || nextChange - end > 2 * CONTEXT) {
                    end = Math.min(n, end + CONTEXT);
                    break;
                }
                end = nextChange + 1;
            }
            appendHunk(out, edits, start, end);
            index = end;
        }
    }

    private static void appendHunk(StringBuilder out, List<String> edits, int start, int end) {
        int oldStart = 1 + count(edits, 0, start, '+');
        int newStart = 1 + count(edits, 0, start, '-');
        int oldLength = count(edits, start, end, '+');
        int newLength = count(edits, start, end, '-');
        out.append("@@ -").append(oldLength == 0 ? oldStart - 1 : oldStart).append(',').append(oldLength)
                .append(" +").append(newLength == 0 ? newStart - 1 : newStart).append(',').append(newLength)
                .append(" @@\n");
        edits.subList(start, end).forEach(line -> out.append(line).append('\n'));
    }

    /** The lines in [from, to) that are not of the given kind: those that exist on the other side. */
    private static int count(List<String> edits, int from, int to, char excluded) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (edits.get(k).charAt(0) != excluded) {
                count++;
            }
        }
        return count;
    }
}
