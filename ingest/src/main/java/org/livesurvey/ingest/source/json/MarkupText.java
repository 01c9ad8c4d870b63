package org.livesurvey.ingest.source.json;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles and abstracts of formats that carry markup in text: CSL's rich text (a small subset of HTML), Crossref's
 * JATS abstracts ({@code <jats:p>}), OpenAlex titles with {@code <i>}. Tags are removed and character references
 * decoded. Only known tag names count as tags, so that {@code a<b and c>d} in a formula stays as it is.
 */
public final class MarkupText {

    private static final Pattern TAG = Pattern.compile("</?(?:([a-z]+):)?([a-z][a-z0-9-]*)(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);",
            Pattern.CASE_INSENSITIVE);
    // blocks, and bold text (which sources use for headings such as "<b>Abstract</b>Human disease …"), end a word;
    // italics, sub- and superscripts and MathML are often inside one ("<i>k</i>-NN", "H<sub>2</sub>O")
    private static final Set<String> WORD_BREAKING = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3",
            "h4", "title", "sec", "abstract", "list", "list-item", "label", "b", "strong", "bold");
    private static final Set<String> IN_WORD = Set.of("i", "u", "em", "sub", "sup", "sc", "span", "a", "small",
            "italic", "underline", "monospace", "inline-formula", "tex-math");
    private static final Set<String> PREFIXES = Set.of("jats", "mml");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    private MarkupText() {
    }

    /** The plain text; {@code null} stays {@code null}. */
    public static String plain(String text) {
        if (text == null || text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        return decodeReferences(removeTags(text));
    }

    private static String removeTags(String text) {
        Matcher tag = TAG.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (tag.find()) {
            String prefix = tag.group(1) == null ? null : tag.group(1).toLowerCase(Locale.ROOT);
            String local = tag.group(2).toLowerCase(Locale.ROOT);
            boolean known = prefix == null ? WORD_BREAKING.contains(local) || IN_WORD.contains(local)
                    : PREFIXES.contains(prefix);
            String replacement = !known ? tag.group() : WORD_BREAKING.contains(local) ? " " : "";
            tag.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        tag.appendTail(out);
        return out.toString();
    }

    private static String decodeReferences(String text) {
        Matcher reference = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (reference.find()) {
            reference.appendReplacement(out, Matcher.quoteReplacement(decode(reference.group(1), reference.group())));
        }
        reference.appendTail(out);
        return out.toString();
    }

    private static String decode(String name, String whole) {
        if (name.charAt(0) != '#') {
            return NAMED.getOrDefault(name.toLowerCase(Locale.ROOT), whole);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        boolean character = Character.isValidCodePoint(codePoint) && codePoint != 0
                && Character.getType(codePoint) != Character.SURROGATE;
        return character ? Character.toString(codePoint) : whole;
    }
}
