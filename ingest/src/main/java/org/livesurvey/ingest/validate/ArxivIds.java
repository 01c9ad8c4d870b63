package org.livesurvey.ingest.validate;

import java.util.regex.Pattern;

/** How arXiv ids appear as paper ids: {@code 2504.17040}, and old-style {@code hep-th/9901001} as {@code hep-th-9901001}. */
final class ArxivIds {

    private static final Pattern NEW_STYLE = Pattern.compile("\\d{4}\\.\\d{4,5}");
    private static final Pattern OLD_STYLE_AS_ID = Pattern.compile("[a-z]+(-[a-z]+)*(\\.[A-Z]{2})?-\\d{7}");

    private ArxivIds() {
    }

    static boolean isArxivPaperId(String paperId) {
        return NEW_STYLE.matcher(paperId).matches() || OLD_STYLE_AS_ID.matcher(paperId).matches();
    }

    /** The paper id an arXiv id gives: the id itself, with the slash of old-style ids as a hyphen. */
    static String toPaperId(String arxivId) {
        return arxivId.replace('/', '-');
    }
}
