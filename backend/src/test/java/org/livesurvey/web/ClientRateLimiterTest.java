package org.livesurvey.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.livesurvey.LiveSurveyProperties.RateLimit;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final ClientRateLimiter limiter = new ClientRateLimiter(new RateLimit(true, 3, 2), now::get);

    @Test
    void aClientMaySendItsBurstAtOnceAndThenWaits() {
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();

        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void tokensComeBackAtTheConfiguredRate() {
        exhaust("10.0.0.1");

        advanceMillis(499);
        assertThat(limiter.acquire("10.0.0.1")).as("half a token is not enough").isEqualTo(1);
        advanceMillis(1);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        ClientRateLimiter slow = new ClientRateLimiter(new RateLimit(true, 1, 0.1), now::get);
        slow.acquire("10.0.0.1");

        assertThat(slow.acquire("10.0.0.1")).isEqualTo(10);
        advanceMillis(2_500);
        assertThat(slow.acquire("10.0.0.1")).isEqualTo(8);
    }

    @Test
    void aBucketNeverHoldsMoreThanTheBurst() {
        advanceMillis(3_600_000);

        exhaust("10.0.0.1");
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void clientsHaveTheirOwnBuckets() {
        exhaust("10.0.0.1");

        assertThat(limiter.acquire("2001:db8::1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void refilledBucketsAreForgottenOnceManyClientsAreTracked() {
        for (int i = 0; i < ClientRateLimiter.TRACKED_CLIENTS_BEFORE_CLEANUP; i++) {
            limiter.acquire("client-" + i);
        }
        exhaust("busy");
        assertThat(limiter.trackedClients()).isEqualTo(ClientRateLimiter.TRACKED_CLIENTS_BEFORE_CLEANUP + 1);

        advanceMillis(1_000);
        limiter.acquire("newcomer");

        assertThat(limiter.trackedClients()).as("only the busy client and the newcomer are left").isEqualTo(2);
        assertThat(exhaust("busy")).as("the busy client keeps its bucket, refilled by 2 of 3 tokens").isEqualTo(2);
    }

    @Test
    void theCleanupScansAtMostOnceASecond() {
        for (int i = 0; i < ClientRateLimiter.TRACKED_CLIENTS_BEFORE_CLEANUP; i++) {
            limiter.acquire("client-" + i);
        }
        advanceMillis(1_000);
        limiter.acquire("first");
        for (int i = 0; i < ClientRateLimiter.TRACKED_CLIENTS_BEFORE_CLEANUP; i++) {
            limiter.acquire("again-" + i);
        }

        advanceMillis(999);
        limiter.acquire("second");
        assertThat(limiter.trackedClients()).isEqualTo(ClientRateLimiter.TRACKED_CLIENTS_BEFORE_CLEANUP + 2);
        advanceMillis(1);
        limiter.acquire("third");
        assertThat(limiter.trackedClients()).as("second (not refilled yet) and third").isEqualTo(2);
    }

    /** @return how many tokens there were */
    private int exhaust(String client) {
        int taken = 0;
        while (limiter.acquire(client) == 0) {
            taken++;
        }
        return taken;
    }

    private void advanceMillis(long millis) {
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
    }
}
