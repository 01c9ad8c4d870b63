package org.livesurvey.ingest.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void formatsThePathRelativeToTheBaseWhenTheFileIsUnderIt() {
        Problem problem = new Problem(Path.of("taxonomy/papers/2504.17040.yaml"), 7, "published: bad");

        assertThat(problem.format(Path.of(""))).isEqualTo("taxonomy/papers/2504.17040.yaml:7: published: bad");
        assertThat(problem.format(Path.of("taxonomy"))).isEqualTo("papers/2504.17040.yaml:7: published: bad");
        assertThat(problem.format()).isEqualTo("taxonomy/papers/2504.17040.yaml:7: published: bad");
    }

    @Test
    void keepsThePathAsGivenWhenTheFileIsElsewhere() {
        Path elsewhere = Path.of("/somewhere/else/papers/x.yaml");

        assertThat(new Problem(elsewhere, 2, "m").format(Path.of("/work/main")))
                .isEqualTo("/somewhere/else/papers/x.yaml:2: m");
    }

    @Test
    void aWholeFileProblemHasNoLine() {
        assertThat(new Problem(Path.of("papers/README.md"), 0, "not a paper file").format(Path.of("")))
                .isEqualTo("papers/README.md: not a paper file");
    }

    @Test
    void aMessageIsOneLine() {
        assertThat(new Problem(Path.of("a.yaml"), 1, "first\n  second\r\nthird ").message())
                .isEqualTo("first second third");
    }

    @Test
    void sortsByFileThenLineThenMessage() {
        Problem b1 = new Problem(Path.of("b.yaml"), 1, "x");
        Problem a10 = new Problem(Path.of("a.yaml"), 10, "x");
        Problem a2y = new Problem(Path.of("a.yaml"), 2, "y");
        Problem a2x = new Problem(Path.of("a.yaml"), 2, "x");

        assertThat(Stream.of(b1, a10, a2y, a2x).sorted().toList()).isEqualTo(List.of(a2x, a2y, a10, b1));
    }

    @Test
    void rejectsNegativeLines() {
        assertThatThrownBy(() -> new Problem(Path.of("a.yaml"), -1, "m")).isInstanceOf(IllegalArgumentException.class);
    }
}
