package org.livesurvey.ingest.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field's main venues under one name with their year ("NIPS 2024", "Advances in Neural Information Processing
 * Systems 37", "The Thirteenth International Conference on Learning Representations" → "NeurIPS 2024", …, "ICLR
 * 2025"), a track kept in brackets ("ACL 2025 (Findings)"). A venue outside the table is kept as written.
 */
public final class Venues {

    /** A venue: its short name, the patterns that name it, and the year of its first meeting (for ordinals). */
    private record Venue(String name, Pattern pattern, int firstYear) {
    }

    private static final List<Venue> TABLE = List.of(
            venue("NeurIPS", "neurips|nips|neural information processing systems", 1987),
            venue("ICLR", "iclr|international conference on learning representations", 2013),
            venue("ICML", "icml|international conference on machine learning", 1984),
            venue("EMNLP", "emnlp|empirical methods in natural language processing", 1996),
            venue("NAACL", "naacl|north american chapter of the association for computational linguistics", 2000),
            venue("EACL", "eacl|european chapter of the association for computational linguistics", 1983),
            venue("COLING", "coling|international conference on computational linguistics", 1965),
            venue("ACL", "acl|annual meeting of the association for computational linguistics", 1963),
            venue("COLM", "colm|conference on language modeling", 2024),
            venue("AAAI", "aaai", 1980),
            venue("IJCAI", "ijcai|international joint conference on artificial intelligence", 1969),
            venue("CVPR", "cvpr|computer vision and pattern recognition", 1983),
            venue("ICCV", "iccv|international conference on computer vision", 1987),
            venue("ECCV", "eccv|european conference on computer vision", 1990),
            venue("TMLR", "tmlr|trans(actions|\\.)? (on )?mach(ine|\\.)? learn(ing|\\.)? res(earch|\\.)?", 2022),
            venue("JMLR", "jmlr|journal of machine learning research", 2000),
            venue("TACL", "tacl|transactions of the association for computational linguistics", 2013),
            venue("KDD", "kdd|knowledge discovery and data mining", 1995),
            venue("AISTATS", "aistats|artificial intelligence and statistics", 1985),
            venue("WWW", "www|the web conference", 1994),
            venue("SIGIR", "sigir", 1978));

    private static final Map<String, Pattern> TRACKS = new LinkedHashMap<>();

    static {
        TRACKS.put("Findings", Pattern.compile("(?<![a-z])findings(?![a-z])", Pattern.CASE_INSENSITIVE));
        TRACKS.put("Workshop", Pattern.compile("(?<![a-z])work ?shops?(?![a-z])", Pattern.CASE_INSENSITIVE));
        TRACKS.put("Industry", Pattern.compile("(?<![a-z])industry(?![a-z])", Pattern.CASE_INSENSITIVE));
        TRACKS.put("Demos", Pattern.compile("(?<![a-z])demo(nstration)?s?(?![a-z])", Pattern.CASE_INSENSITIVE));
        TRACKS.put("Short", Pattern.compile("(?<![a-z])short(?![a-z])", Pattern.CASE_INSENSITIVE));
        TRACKS.put("Submitted", Pattern.compile("\\b(submission|submitted|under review)\\b", Pattern.CASE_INSENSITIVE));
    }

    private static final Pattern ACCEPTED = Pattern.compile(
            "\\b(accepted|accept(ed)? (at|to|by|in)|to appear|published|camera[- ]ready|proceedings)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})(?!\\d)");
    private static final Pattern APOSTROPHE_YEAR = Pattern.compile("['\u2019](\\d{2})\\b");
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b(?:(twenty|thirty|forty)[- ]?)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                    + "eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                    + "twentieth|thirtieth|fortieth)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_ORDINAL = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final List<String> UNITS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final Pattern NEURIPS_VOLUME = Pattern.compile(
            "advances in neural information processing systems,? (\\d{1,2})\\b", Pattern.CASE_INSENSITIVE);

    private Venues() {
    }

    private static Venue venue(String name, String pattern, int firstYear) {
        return new Venue(name, Pattern.compile("(?<![a-z])(" + pattern + ")(?![a-z])", Pattern.CASE_INSENSITIVE),
                firstYear);
    }

    /**
     * The venue's canonical name, e.g. {@code NeurIPS 2024} or {@code ACL 2025 (Findings)}; {@code null} for none or
     * for "arXiv" (a preprint has no venue); a venue outside the table as written, whitespace tidied.
     *
     * @param fallbackYear the paper's year, used when the venue names its meeting without one; may be {@code null}
     */
    public static String normalize(String text, Integer fallbackYear) {
        String clean = Texts.orNull(text);
        if (clean == null || clean.toLowerCase(Locale.ROOT).matches("arxiv( preprint)?.*|corr")) {
            return null;
        }
        for (Venue venue : TABLE) {
            if (venue.pattern().matcher(clean).find()) {
                Integer year = yearOf(clean, venue);
                return venue.name() + (year == null ? (fallbackYear == null ? "" : " " + fallbackYear) : " " + year)
                        + track(clean, venue);
            }
        }
        return clean;
    }

    /**
     * The venue as given, or {@code null} when it names arXiv ({@code arXiv}, {@code ArXiv}, {@code arXiv.org},
     * {@code arXiv (Cornell University)}): an arXiv preprint has no venue, whichever source describes it.
     */
    public static String unlessArxiv(String venue) {
        if (venue == null || venue.strip().toLowerCase(Locale.ROOT).startsWith("arxiv")) {
            return null;
        }
        return venue;
    }

    /**
     * The venue an arXiv comment announces ("Accepted to ICLR 2025", "NeurIPS 2024 camera-ready"), or {@code null}:
     * only a venue of the table with a year counts, and only next to a word that says the paper was accepted.
     */
    public static String fromComment(String comment) {
        String clean = Texts.orNull(comment);
        if (clean == null || !ACCEPTED.matcher(clean).find()) {
            return null;
        }
        for (Venue venue : TABLE) {
            Matcher name = venue.pattern().matcher(clean);
            if (name.find()) {
                String around = clean.substring(name.start(), Math.min(clean.length(), name.end() + 40));
                Integer year = yearOf(around, venue);
                return year == null ? null : venue.name() + " " + year + track(around, venue);
            }
        }
        return null;
    }

    private static Integer yearOf(String text, Venue venue) {
        Matcher year = YEAR.matcher(text);
        if (year.find()) {
            return Integer.valueOf(year.group(1));
        }
        Matcher glued = Pattern.compile("[a-z]((?:19|20)\\d{2})", Pattern.CASE_INSENSITIVE).matcher(text);
        if (glued.find()) {
            return Integer.valueOf(glued.group(1));
        }
        Matcher shortYear = APOSTROPHE_YEAR.matcher(text);
        if (shortYear.find()) {
            return 2000 + Integer.parseInt(shortYear.group(1));
        }
        Matcher volume = NEURIPS_VOLUME.matcher(text);
        if (volume.find() && venue.name().equals("NeurIPS")) {
            // volume 1 is the 1988 proceedings of the 1987 meeting, so volume n appeared in 1987 + n
            return 1987 + Integer.parseInt(volume.group(1));
        }
        Matcher numbered = NUMERIC_ORDINAL.matcher(text);
        if (numbered.find()) {
            return venue.firstYear() + Integer.parseInt(numbered.group(1)) - 1;
        }
        Matcher ordinal = ORDINAL.matcher(text);
        if (ordinal.find()) {
            return venue.firstYear() + ordinalValue(ordinal.group(1), ordinal.group(2)) - 1;
        }
        return null;
    }

    private static int ordinalValue(String tens, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        int base = tens == null ? 0 : switch (tens.toLowerCase(Locale.ROOT)) {
            case "twenty" -> 20;
            case "thirty" -> 30;
            default -> 40;
        };
        int value = switch (u) {
            case "twentieth" -> 20;
            case "thirtieth" -> 30;
            case "fortieth" -> 40;
            default -> UNITS.indexOf(u) + 1;
        };
        return base + value;
    }

    private static String track(String text, Venue venue) {
        if (text.contains("@")) {
            return " (Workshop)";
        }
        for (Map.Entry<String, Pattern> track : TRACKS.entrySet()) {
            String withoutName = venue.pattern().matcher(text).replaceAll(" ");
            if (track.getValue().matcher(withoutName).find()) {
                return " (" + track.getKey() + ")";
            }
        }
        return "";
    }
}
