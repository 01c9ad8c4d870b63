package org.livesurvey.embedded.postgres;

import java.nio.file.Path;

/** A process that starts a server, commits a row, reports it and waits to be killed. */
final class PostgresOwner {

    static final String READY = "READY";

    private PostgresOwner() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.start(Path.of(args[0]));
        EmbeddedPostgresTest.execute(postgres.jdbcUrl(), "create table note (text text)",
                "insert into note values ('committed before the kill')");
        System.out.println(READY + " " + postgres.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
