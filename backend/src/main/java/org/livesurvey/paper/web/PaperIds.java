package org.livesurvey.paper.web;

/** What a paper id in a URL may look like: an arXiv id ({@code 2504.17040}), {@code doi-…} or a kebab-case slug. */
public final class PaperIds {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,199}";
    public static final String RULE = "must be a paper id: letters, digits, '.', '_' and '-', at most 200 characters";

    private PaperIds() {
    }
}
