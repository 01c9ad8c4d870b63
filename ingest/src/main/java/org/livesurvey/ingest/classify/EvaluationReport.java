package org.livesurvey.ingest.classify;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The cross-validated figures of {@link ClassifierEvaluation}, and their plain-text table. */
public record EvaluationReport(List<String> branches, Map<Input, Ratio> branchAccuracy,
                               Map<String, Map<String, Integer>> confusion, Ratio secondLevelAccuracy,
                               Ratio exactPathAccuracy, Ratio filedRecall, Map<RelevanceLabel, int[]> listedVerdicts) {

    /** What the classifier was shown of a held-out filed paper. */
    public enum Input {
        AS_FILED("as filed (abstract where the file has one)"),
        TITLE_AND_ABSTRACT("title + abstract (papers with an abstract)"),
        TITLE_ONLY("title alone (every paper)");

        final String text;

        Input(String text) {
            this.text = text;
        }
    }

    public record Ratio(int hits, int total) {

        public double value() {
            return total == 0 ? 0 : (double) hits / total;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f %% (%d of %d)", 100 * value(), hits, total);
        }
    }

    /** Branch accuracy: the first predicted branch is one the paper is filed under. */
    public Ratio accuracy(Input input) {
        return branchAccuracy.get(input);
    }

    /** Precision of calling a listed paper relevant, counting borderline papers as in scope or not. */
    public Ratio relevancePrecision(boolean borderlineCounts) {
        int[] in = listedVerdicts.get(RelevanceLabel.IN);
        int[] borderline = listedVerdicts.get(RelevanceLabel.BORDERLINE);
        int[] out = listedVerdicts.get(RelevanceLabel.OUT);
        int hits = in[1] + (borderlineCounts ? borderline[1] : 0);
        return new Ratio(hits, in[1] + borderline[1] + out[1]);
    }

    /** Recall of listed papers labelled in scope (and borderline ones too, when they count). */
    public Ratio relevanceRecall(boolean borderlineCounts) {
        int[] in = listedVerdicts.get(RelevanceLabel.IN);
        int[] borderline = listedVerdicts.get(RelevanceLabel.BORDERLINE);
        return borderlineCounts ? new Ratio(in[1] + borderline[1], in[0] + in[1] + borderline[0] + borderline[1])
                : new Ratio(in[1], in[0] + in[1]);
    }

    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Cross-validated, %d folds; every figure from models trained without "
                + "the paper judged.%n%n", CrossValidation.FOLDS));
        out.append("Top-level branch (first prediction among the paper's filed branches):\n");
        for (Input input : Input.values()) {
            out.append(String.format(Locale.ROOT, "  %-44s %s%n", input.text, accuracy(input)));
        }
        out.append("\nPer branch, as filed (precision / recall):\n");
        for (String branch : branches) {
            out.append(String.format(Locale.ROOT, "  %-12s precision %s   recall %s%n", branch,
                    precision(branch), recall(branch)));
        }
        out.append("\nConfusion, as filed (rows: filed branch, columns: predicted):\n  ");
        out.append(String.format(Locale.ROOT, "%-12s", ""));
        branches.forEach(b -> out.append(String.format(Locale.ROOT, "%12s", abbreviate(b))));
        out.append('\n');
        for (String actual : branches) {
            out.append(String.format(Locale.ROOT, "  %-12s", actual));
            branches.forEach(p -> out.append(String.format(Locale.ROOT, "%12d", cell(actual, p))));
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%nSubcategories, as filed:%n  second level (papers filed below a "
                + "branch)  %s%n  exact path among the filed ones          %s%n", secondLevelAccuracy,
                exactPathAccuracy));
        out.append("\nRelevance (threshold: best F1 on held-out labelled listings of the training folds):\n");
        out.append(String.format(Locale.ROOT, "  filed papers with an abstract called relevant   %s%n", filedRecall));
        out.append(String.format(Locale.ROOT, "  hand-labelled listings: %d in scope, %d borderline, %d out%n",
                sum(RelevanceLabel.IN), sum(RelevanceLabel.BORDERLINE), sum(RelevanceLabel.OUT)));
        out.append(String.format(Locale.ROOT, "  precision, borderline = out of scope   %s%n", relevancePrecision(false)));
        out.append(String.format(Locale.ROOT, "  recall,    borderline = out of scope   %s%n", relevanceRecall(false)));
        out.append(String.format(Locale.ROOT, "  precision, borderline = in scope       %s%n", relevancePrecision(true)));
        out.append(String.format(Locale.ROOT, "  recall,    borderline = in scope       %s%n", relevanceRecall(true)));
        return out.toString();
    }

    private Ratio precision(String branch) {
        int predicted = branches.stream().mapToInt(a -> cell(a, branch)).sum();
        return new Ratio(cell(branch, branch), predicted);
    }

    private Ratio recall(String branch) {
        int filed = branches.stream().mapToInt(p -> cell(branch, p)).sum();
        return new Ratio(cell(branch, branch), filed);
    }

    private int cell(String actual, String predicted) {
        return confusion.getOrDefault(actual, Map.of()).getOrDefault(predicted, 0);
    }

    private int sum(RelevanceLabel label) {
        int[] verdicts = listedVerdicts.get(label);
        return verdicts[0] + verdicts[1];
    }

    private static String abbreviate(String branch) {
        return branch.length() <= 11 ? branch : branch.substring(0, 11);
    }

    static final class Builder {

        private final List<String> branches;
        private final Map<Input, int[]> accuracy = new EnumMap<>(Input.class);
        private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        private final int[] secondLevel = new int[2];
        private final int[] exactPath = new int[2];
        private final int[] filedRelevance = new int[2];
        private final Map<RelevanceLabel, int[]> listed = new EnumMap<>(RelevanceLabel.class);

        Builder(List<String> branches) {
            this.branches = branches;
            for (Input input : Input.values()) {
                accuracy.put(input, new int[2]);
            }
            for (RelevanceLabel label : RelevanceLabel.values()) {
                listed.put(label, new int[2]);
            }
        }

        /** Counted in the confusion matrix under the predicted branch when right, else under the primary. */
        void branch(Input input, String primary, Set<String> filed, String predicted) {
            boolean right = filed.contains(predicted);
            count(accuracy.get(input), right);
            if (input == Input.AS_FILED) {
                confusion.computeIfAbsent(right ? predicted : primary, k -> new LinkedHashMap<>())
                        .merge(predicted, 1, Integer::sum);
            }
        }

        void secondLevel(boolean right) {
            count(secondLevel, right);
        }

        void exactPath(boolean right) {
            count(exactPath, right);
        }

        void filedRelevance(boolean relevant) {
            count(filedRelevance, relevant);
        }

        /** verdicts[0]: called not relevant, verdicts[1]: called relevant. */
        void listed(RelevanceLabel label, boolean relevant) {
            listed.get(label)[relevant ? 1 : 0]++;
        }

        EvaluationReport build() {
            Map<Input, Ratio> ratios = new EnumMap<>(Input.class);
            accuracy.forEach((input, counts) -> ratios.put(input, ratioOf(counts)));
            return new EvaluationReport(branches, ratios, confusion, ratioOf(secondLevel), ratioOf(exactPath),
                    ratioOf(filedRelevance), listed);
        }

        private static void count(int[] counts, boolean hit) {
            counts[1]++;
            if (hit) {
                counts[0]++;
            }
        }

        private static Ratio ratioOf(int[] counts) {
            return new Ratio(counts[0], counts[1]);
        }
    }
}
