package org.livesurvey.ingest.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import org.livesurvey.ingest.harvest.ArxivApiHarvester;
import org.livesurvey.ingest.harvest.ArxivQuery;
import org.livesurvey.ingest.harvest.HarvestCheckpoint;
import org.livesurvey.ingest.harvest.HarvestException;
import org.livesurvey.ingest.harvest.HarvestOutcome;
import org.livesurvey.ingest.harvest.HarvestSettings;
import org.livesurvey.ingest.harvest.OaiPmhHarvester;
import org.livesurvey.ingest.harvest.OaiQuery;
import org.livesurvey.ingest.harvest.Pacer;

/**
 * {@code harvest oai|arxiv ... --out DIR}: fetches arXiv's OAI-PMH pages or API search pages politely into DIR, one
 * file per page as the service sent it (what {@code add DIR} reads), with a checkpoint there so that a rerun after a
 * failure goes on where the last one stopped. A failed harvest is one line on standard error and exit status 1.
 */
final class HarvestCommand implements CliCommand {

    private static final String OUT = "--out";
    private static final String BASE_URL = "--base-url";
    private static final String USER_AGENT = "--user-agent";
    private static final String FROM = "--from";
    private static final String UNTIL = "--until";
    private static final String SET = "--set";
    private static final String PREFIX = "--prefix";
    private static final String QUERY = "--query";
    private static final String MAX = "--max";
    private static final String PAGE_SIZE = "--page-size";

    private static final Set<String> OAI_OPTIONS = Set.of(OUT, BASE_URL, USER_AGENT, FROM, UNTIL, SET, PREFIX);
    private static final Set<String> ARXIV_OPTIONS = Set.of(OUT, BASE_URL, USER_AGENT, QUERY, MAX, PAGE_SIZE);

    private static final String DEFAULT_PREFIX = "arXiv";
    private static final int DEFAULT_MAX = 1000;
    private static final int DEFAULT_PAGE_SIZE = 100;

    private final Pacer pacer;

    HarvestCommand() {
        this(Pacer.realTime());
    }

    HarvestCommand(Pacer pacer) {
        this.pacer = pacer;
    }

    @Override
    public String name() {
        return "harvest";
    }

    @Override
    public String usage() {
        return "harvest oai --from DATE [--until DATE] [--set SET] [--prefix arXiv|arXivRaw] --out DIR"
                + " | harvest arxiv --query QUERY [--max N] [--page-size N] --out DIR  (both: [--base-url URL]"
                + " [--user-agent TEXT])   fetch arXiv pages politely into DIR; a rerun resumes";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws HarvestException {
        String source = args.isEmpty() ? "" : args.get(0);
        return switch (source) {
            case "oai" -> harvestOai(ImportArguments.parse(args, OAI_OPTIONS), out);
            case "arxiv" -> harvestArxiv(ImportArguments.parse(args, ARXIV_OPTIONS), out);
            default -> throw new IllegalArgumentException("name what to harvest: oai or arxiv");
        };
    }

    private int harvestOai(ImportArguments arguments, PrintStream out) throws HarvestException {
        LocalDate from = date(arguments, FROM);
        if (from == null) {
            throw new IllegalArgumentException(FROM + " is required");
        }
        OaiQuery query = new OaiQuery(orDefault(arguments.text(PREFIX), DEFAULT_PREFIX), arguments.text(SET), from,
                date(arguments, UNTIL));
        HarvestSettings settings = settings(HarvestSettings.arxivOai(), arguments);
        HarvestFolder folder = new HarvestFolder(arguments.required(OUT), "oai");
        HarvestCheckpoint checkpoint = folder.checkpoint(query);
        boolean resumed = checkpoint.load().isPresent();
        HarvestOutcome outcome = new OaiPmhHarvester(settings, pacer).harvestFetched(query, checkpoint, folder::write);
        return report(outcome, resumed, settings, folder, out);
    }

    private int harvestArxiv(ImportArguments arguments, PrintStream out) throws HarvestException {
        String search = arguments.text(QUERY);
        if (search == null) {
            throw new IllegalArgumentException(QUERY + " is required");
        }
        ArxivQuery query = new ArxivQuery(search, number(arguments, PAGE_SIZE, DEFAULT_PAGE_SIZE),
                number(arguments, MAX, DEFAULT_MAX));
        HarvestSettings settings = settings(HarvestSettings.arxivApi(), arguments);
        HarvestFolder folder = new HarvestFolder(arguments.required(OUT), "arxiv");
        HarvestCheckpoint checkpoint = folder.checkpoint(query);
        boolean resumed = checkpoint.load().isPresent();
        HarvestOutcome outcome =
                new ArxivApiHarvester(settings, pacer).harvestFetched(query, checkpoint, folder::write);
        return report(outcome, resumed, settings, folder, out);
    }

    private static int report(HarvestOutcome outcome, boolean resumed, HarvestSettings settings, HarvestFolder folder,
                              PrintStream out) {
        out.println((resumed ? "resumed from the checkpoint, " : "") + "harvested " + outcome.pages()
                + (outcome.pages() == 1 ? " page (" : " pages (") + outcome.records() + " records) from "
                + settings.baseUrl() + " into " + folder.dir() + "; "
                + (outcome.complete() ? "complete" : "stopped before the end: rerun to go on"));
        return 0;
    }

    private static HarvestSettings settings(HarvestSettings defaults, ImportArguments arguments) {
        HarvestSettings settings = defaults;
        if (arguments.text(BASE_URL) != null) {
            settings = settings.withBaseUrl(URI.create(arguments.text(BASE_URL)));
        }
        if (arguments.text(USER_AGENT) != null) {
            settings = settings.withUserAgent(arguments.text(USER_AGENT));
        }
        return settings;
    }

    private static LocalDate date(ImportArguments arguments, String option) {
        String text = arguments.text(option);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date like 2026-02-01, not '" + text + "'");
        }
    }

    private static int number(ImportArguments arguments, String option, int defaultValue) {
        String text = arguments.text(option);
        try {
            return text == null ? defaultValue : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + text + "'");
        }
    }

    private static String orDefault(String value, String defaultValue) {
        return value == null ? defaultValue : value;
    }
}
