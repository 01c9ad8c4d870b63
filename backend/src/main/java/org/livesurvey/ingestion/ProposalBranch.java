package org.livesurvey.ingestion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.livesurvey.ingest.importer.FileChange;

/**
 * Commits paper files on a branch of the repository that holds the taxonomy directory, ready for a pull request,
 * without checking the branch out: the commit's tree is the branch tip's (HEAD's when the branch is new) with the
 * files put in, built in memory, and only the branch's ref moves. The working tree, the index and the branch checked
 * out stay as they are.
 */
final class ProposalBranch {

    /** A commit made on a branch, and what the branch pointed to before ({@code null}: it did not exist). */
    record Commit(Path gitDir, String branch, ObjectId previousTip, ObjectId id) {
    }

    private ProposalBranch() {
    }

    /**
     * @param changes files under {@code taxonomyDir}, with their new text ({@code null}: removed)
     * @return empty when the taxonomy directory is not in a git working tree
     * @throws IOException when the repository cannot be read or written, or the branch moved meanwhile
     */
    static Optional<Commit> commit(Path taxonomyDir, List<FileChange> changes, String branch, String message,
                                   PersonIdent author) throws IOException {
        FileRepositoryBuilder found = new FileRepositoryBuilder().findGitDir(taxonomyDir.toAbsolutePath().toFile());
        if (found.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = found.build()) {
            if (repository.isBare()) {
                return Optional.empty();
            }
            String ref = Constants.R_HEADS + branch;
            if (ref.equals(repository.getFullBranch())) {
                throw new IOException("the branch " + branch + " is checked out in " + repository.getWorkTree()
                        + "; committing on it would leave that working tree behind its branch");
            }
            Ref existing = repository.exactRef(ref);
            ObjectId previousTip = existing == null ? null : existing.getObjectId();
            ObjectId parent = previousTip != null ? previousTip : repository.resolve(Constants.HEAD);
            Path inRepository = repository.getWorkTree().toPath().toRealPath()
                    .relativize(taxonomyDir.toRealPath());
            try (ObjectInserter inserter = repository.newObjectInserter();
                 ObjectReader reader = repository.newObjectReader();
                 RevWalk walk = new RevWalk(reader)) {
                DirCache tree = parent == null ? DirCache.newInCore()
                        : DirCache.read(reader, walk.parseCommit(parent).getTree());
                DirCacheEditor editor = tree.editor();
                for (FileChange change : changes) {
                    String path = gitPath(inRepository.resolve(taxonomyDir.relativize(change.path())));
                    if (change.after() == null) {
                        editor.add(new DirCacheEditor.DeletePath(path));
                    } else {
                        ObjectId blob = inserter.insert(Constants.OBJ_BLOB,
                                change.after().getBytes(StandardCharsets.UTF_8));
                        editor.add(new DirCacheEditor.PathEdit(path) {
                            @Override
                            public void apply(DirCacheEntry entry) {
                                entry.setFileMode(FileMode.REGULAR_FILE);
                                entry.setObjectId(blob);
                            }
                        });
                    }
                }
                editor.finish();
                CommitBuilder commit = new CommitBuilder();
                commit.setTreeId(tree.writeTree(inserter));
                if (parent != null) {
                    commit.setParentId(parent);
                }
                commit.setAuthor(author);
                commit.setCommitter(author);
                commit.setMessage(message);
                ObjectId id = inserter.insert(commit);
                inserter.flush();
                move(repository, ref, previousTip, id, walk);
                return Optional.of(new Commit(repository.getDirectory().toPath(), branch, previousTip, id));
            }
        }
    }

    /** Puts the branch back where it was before the commit (removes it if the commit created it). */
    static void undo(Commit commit) throws IOException {
        try (Repository repository = new FileRepositoryBuilder().setGitDir(commit.gitDir().toFile()).build()) {
            RefUpdate update = repository.updateRef(Constants.R_HEADS + commit.branch());
            update.setExpectedOldObjectId(commit.id());
            update.setForceUpdate(true);
            RefUpdate.Result result;
            if (commit.previousTip() == null) {
                result = update.delete();
            } else {
                update.setNewObjectId(commit.previousTip());
                result = update.update();
            }
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                throw new IOException("the branch " + commit.branch() + " could not be put back: " + result);
            }
        }
    }

    private static void move(Repository repository, String ref, ObjectId previousTip, ObjectId id, RevWalk walk)
            throws IOException {
        RefUpdate update = repository.updateRef(ref);
        update.setNewObjectId(id);
        update.setExpectedOldObjectId(previousTip == null ? ObjectId.zeroId() : previousTip);
        update.setRefLogMessage("commit: accepted proposal", false);
        RefUpdate.Result result = update.update(walk);
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("the branch " + ref + " could not be moved to the new commit: " + result);
        }
    }

    private static String gitPath(Path path) {
        if (path.startsWith("..")) {
            throw new IllegalArgumentException(path + " is outside the repository's working tree");
        }
        return path.toString().replace('\\', '/');
    }
}
