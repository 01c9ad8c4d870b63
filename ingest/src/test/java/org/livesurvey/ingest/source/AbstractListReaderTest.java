package org.livesurvey.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class AbstractListReaderTest {

    private final AbstractListReader reader = new AbstractListReader();

    @Test
    void joinsWrappedLinesAndKeepsParagraphs() {
        ReadResult<ListedAbstract> read = reader.read(Path.of("src/test/resources/source/abstracts-sample.txt"));

        assertThat(read.problems()).isEmpty();
        assertThat(read.items()).containsExactly(
                new ListedAbstract(1, "We study how a model can stop thinking early. Our method needs no training."),
                new ListedAbstract(4, "A second abstract on one line."),
                new ListedAbstract(7, "A third abstract whose first paragraph ends here.\n\n"
                        + "Its second paragraph follows a blank line."),
                new ListedAbstract(11, "A fourth abstract right after the third, without a blank line."));
    }

    @Test
    void reportsStrayTextAndEmptyAbstractsWithTheirLines() {
        Path broken = Path.of("src/test/resources/source/abstracts-broken.txt");

        ReadResult<ListedAbstract> read = reader.read(broken);

        assertThat(read.items()).containsExactly(new ListedAbstract(5, "Only this one is usable."));
        assertThat(read.problems()).extracting(ReadProblem::toString).containsExactly(
                broken + ":1: text before the first 'Abstract:' line",
                broken + ":3: empty abstract");
    }

    @Test
    void readsTheSeedListFormatOfOneLinePerAbstract() {
        ReadResult<ListedAbstract> read = reader.read(
                "\uFEFFAbstract:First.\r\nAbstract:Second, with Windows line ends.", "seed.txt");

        assertThat(read.items()).containsExactly(
                new ListedAbstract(1, "First."),
                new ListedAbstract(2, "Second, with Windows line ends."));
    }
}
