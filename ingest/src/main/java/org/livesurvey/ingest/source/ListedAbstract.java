package org.livesurvey.ingest.source;

/**
 * One abstract of a plain abstract list.
 *
 * @param line the line its {@code Abstract:} marker is on
 * @param text the abstract, hard line breaks joined with spaces and paragraphs separated by a blank line
 */
public record ListedAbstract(int line, String text) {
}
