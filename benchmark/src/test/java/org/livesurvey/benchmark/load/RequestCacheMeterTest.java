package org.livesurvey.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.livesurvey.benchmark.load.RequestCacheMeter.Counters;

class RequestCacheMeterTest {

    @Test
    void aLevelCountsOnlyTheHitsAndMissesOfItsOwnWindow() {
        Counters window = new Counters(130, 70).since(new Counters(100, 10));

        assertThat(window).isEqualTo(new Counters(30, 60));
        assertThat(window.hitShare()).isEqualTo(1.0 / 3);
    }

    @Test
    void aWindowWithoutCacheableSearchesHasNoHitShare() {
        assertThat(new Counters(5, 5).since(new Counters(5, 5)).hitShare()).isNaN();
    }
}
