package org.livesurvey.ingest.render;

/** Text from taxonomy files made safe for Markdown: it renders as written, never as markup or HTML. */
final class MarkdownText {

    private static final String MARKUP = "\\`*_{}[]()#+!|~";

    private MarkdownText() {
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("\\s+", " ").strip().toCharArray()) {
            if (c == '<') {
                escaped.append("&lt;");
            } else if (c == '&') {
                escaped.append("&amp;");
            } else {
                if (MARKUP.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A link target: spaces and parentheses would end a Markdown link early. */
    static String url(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
