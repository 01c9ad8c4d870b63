package org.livesurvey.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jgit.lib.PersonIdent;
import org.livesurvey.LiveSurveyProperties;
import org.livesurvey.ingest.importer.ExistingTaxonomy;
import org.livesurvey.ingest.importer.FileChange;
import org.livesurvey.ingest.importer.ImportReport;
import org.livesurvey.ingest.importer.IncomingPaper;
import org.livesurvey.ingest.importer.KnownPapers;
import org.livesurvey.ingest.importer.MergePolicy;
import org.livesurvey.ingest.importer.PaperImporter;
import org.livesurvey.ingest.importer.RecordToPaper;
import org.livesurvey.ingest.importer.TitleKeywordClassifier;
import org.livesurvey.ingest.taxonomy.PaperFileWriter;
import org.livesurvey.ingest.taxonomy.TaxonomyReader;
import org.livesurvey.taxonomy.SyncInProgressException;
import org.livesurvey.taxonomy.TaxonomyInvalidException;
import org.livesurvey.taxonomy.TaxonomySyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepting a proposal, step by step: its paper file is written by the importer of {@code ./livesurvey add} (merged
 * into a filed paper if one has appeared since, the harvest credited in {@code sources}); when the taxonomy is in a git
 * working tree the file is committed on the day's proposals branch ({@link ProposalBranch}); the taxonomy is synced, so
 * the paper is in the database and the search index. A step that fails undoes the ones before it, and the proposal
 * stays pending with the failure as its last error. The proposal's row stays locked throughout, and one accept runs at
 * a time in this instance, so two maintainers cannot file one paper twice.
 */
@Component
class ProposalAcceptance {

    private static final Logger log = LoggerFactory.getLogger(ProposalAcceptance.class);

    private final ProposalStore proposals;
    private final TaxonomySyncService sync;
    private final LiveSurveyProperties application;
    private final ReviewProperties settings;
    private final TransactionTemplate transactions;
    private final PaperFileWriter writer = new PaperFileWriter();
    private final ReentrantLock writing = new ReentrantLock();

    ProposalAcceptance(ProposalStore proposals, TaxonomySyncService sync, LiveSurveyProperties application,
                       ReviewProperties settings, TransactionTemplate transactions) {
        this.proposals = proposals;
        this.sync = sync;
        this.application = application;
        this.settings = settings;
        this.transactions = transactions;
    }

    /**
     * @throws ProposalNotFoundException when there is no such proposal
     * @throws InvalidDecisionException  when it is decided already or a category is not in the tree
     * @throws AcceptFailedException     when a step failed; nothing was changed but the proposal's last error
     */
    void accept(long id, List<String> categories, String maintainer) {
        writing.lock();
        try {
            transactions.executeWithoutResult(status -> acceptLocked(id, categories, maintainer));
        } catch (AcceptFailedException e) {
            log.warn("Accepting proposal {} failed: {}", id, e.getMessage());
            proposals.recordError(id, e.getMessage());
            throw e;
        } finally {
            writing.unlock();
        }
    }

    private void acceptLocked(long id, List<String> categories, String maintainer) {
        ProposalStore.LockedProposal proposal = proposals.lock(id)
                .orElseThrow(() -> ProposalNotFoundException.forId(id));
        if (proposal.status() != ProposalStatus.PENDING) {
            throw InvalidDecisionException.alreadyDecided(id, proposal.status());
        }
        Path taxonomyDir = application.taxonomyDir();
        ExistingTaxonomy taxonomy = readTaxonomy(taxonomyDir);
        IncomingPaper incoming = new RecordToPaper(new TitleKeywordClassifier(taxonomy.categoriesByPath().values()))
                .convert(proposal.record(), proposal.source())
                .withCategories(checked(categories, taxonomy.categoryPaths()));
        ImportReport plan = new PaperImporter(writer, true)
                .importPapers(taxonomyDir, taxonomy.papers(), List.of(incoming), MergePolicy.KEEP_EXISTING);
        String paperId = paperId(plan, taxonomy, incoming);
        write(taxonomyDir, taxonomy, incoming, plan.changes());
        Optional<ProposalBranch.Commit> commit = commit(taxonomyDir, plan.changes(), proposal, paperId, maintainer);
        try {
            sync.syncForReview();
        } catch (RuntimeException e) {
            commit.ifPresent(ProposalAcceptance::undo);
            restore(plan.changes());
            throw AcceptFailedException.at("Syncing the taxonomy", syncFailure(e), e);
        }
        proposals.markAccepted(id, incoming.paper().categories(), paperId, maintainer);
        log.info("Proposal {} accepted by {} as {}{}", id, maintainer, paperId,
                commit.map(c -> ", committed on " + c.branch()).orElse(""));
    }

    private static ExistingTaxonomy readTaxonomy(Path taxonomyDir) {
        try {
            return ExistingTaxonomy.read(taxonomyDir);
        } catch (ExistingTaxonomy.TaxonomyNotImportableException e) {
            throw AcceptFailedException.at("Reading the taxonomy", "it has " + e.problems().size()
                    + " problem(s), the first: " + e.problems().get(0).format(), e);
        }
    }

    /** The maintainer's paths, in their order, without repeats; each one a node of the tree. */
    private static List<String> checked(List<String> categories, Set<String> tree) {
        Set<String> paths = new LinkedHashSet<>();
        categories.stream().map(String::strip).filter(path -> !path.isEmpty()).forEach(paths::add);
        if (paths.isEmpty()) {
            throw InvalidDecisionException.noCategory();
        }
        List<String> unknown = paths.stream().filter(path -> !tree.contains(path)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidDecisionException.unknownCategories(unknown);
        }
        return List.copyOf(paths);
    }

    /** The paper the import writes, or the filed one it already equals; a contradicted record writes nothing. */
    private static String paperId(ImportReport plan, ExistingTaxonomy taxonomy, IncomingPaper incoming) {
        if (!plan.errors().isEmpty() || !plan.conflicts().isEmpty() && plan.changes().isEmpty()) {
            String why = plan.errors().isEmpty() ? plan.conflicts().get(0) : plan.errors().get(0);
            throw AcceptFailedException.at("Writing the paper file", why, null);
        }
        Optional<String> written = plan.written().stream().findFirst().map(TaxonomyReader::idOf);
        return written.or(() -> KnownPapers.of(taxonomy.papers()).find(incoming).map(KnownPapers.Match::id))
                .orElseThrow(() -> AcceptFailedException.at("Writing the paper file",
                        "the importer neither wrote nor found the paper", null));
    }

    /** The same import as the plan, for real; a failure part-way puts back the files it had written. */
    private void write(Path taxonomyDir, ExistingTaxonomy taxonomy, IncomingPaper incoming, List<FileChange> changes) {
        try {
            new PaperImporter(writer).importPapers(taxonomyDir, taxonomy.papers(), List.of(incoming),
                    MergePolicy.KEEP_EXISTING);
        } catch (UncheckedIOException e) {
            restore(changes);
            throw AcceptFailedException.at("Writing the paper file", e.getMessage(), e);
        }
    }

    private Optional<ProposalBranch.Commit> commit(Path taxonomyDir, List<FileChange> changes,
                                                   ProposalStore.LockedProposal proposal, String paperId,
                                                   String maintainer) {
        if (!settings.commitToGit() || changes.isEmpty()) {
            return Optional.empty();
        }
        String branch = settings.branchPrefix() + LocalDate.now(ZoneOffset.UTC);
        String message = "Add " + paperId + ": " + proposal.record().title() + "\n\nAccepted by " + maintainer
                + " from the review queue (proposal " + proposal.id() + ", found by " + proposal.source() + ").\n";
        try {
            return ProposalBranch.commit(taxonomyDir, changes, branch, message,
                    new PersonIdent(settings.commitAuthorName(), settings.commitAuthorEmail()));
        } catch (IOException | RuntimeException e) {
            restore(changes);
            throw AcceptFailedException.at("Committing on the branch " + branch, String.valueOf(e.getMessage()), e);
        }
    }

    private static void undo(ProposalBranch.Commit commit) {
        try {
            ProposalBranch.undo(commit);
        } catch (IOException e) {
            log.error("The branch {} keeps commit {} of a proposal that was not accepted; remove it by hand",
                    commit.branch(), commit.id().name(), e);
        }
    }

    /** Puts each file back as it was before the import: its old text, or no file. */
    private static void restore(List<FileChange> changes) {
        List<FileChange> newestFirst = new ArrayList<>(changes);
        Collections.reverse(newestFirst);
        for (FileChange change : newestFirst) {
            try {
                if (change.before() == null) {
                    Files.deleteIfExists(change.path());
                } else {
                    Path temp = Files.createTempFile(change.path().getParent(), ".restoring-", ".tmp");
                    Files.writeString(temp, change.before(), StandardCharsets.UTF_8);
                    Files.move(temp, change.path(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                log.error("Could not put {} back as it was before a failed accept; check it by hand", change.path(), e);
            }
        }
    }

    private static String syncFailure(RuntimeException e) {
        if (e instanceof TaxonomyInvalidException invalid) {
            return "the taxonomy with the new file has " + invalid.problems().size() + " problem(s), the first: "
                    + invalid.problems().get(0);
        }
        if (e instanceof SyncInProgressException) {
            return "another sync is running; accept again in a moment";
        }
        return "the sync stopped (" + e.getClass().getSimpleName() + "); the log has the details";
    }
}
