package org.livesurvey.changes.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.livesurvey.changes.ChangeCursor;
import org.livesurvey.changes.ChangePage;
import org.livesurvey.changes.ChangeQuery;
import org.livesurvey.changes.PaperChange;
import org.livesurvey.changes.PaperChangeLog;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /changes}, "What's new": the last week's additions and changes, grouped by day, newest first, with old and
 * new values of the short fields; older ones of the week on further pages ({@code ?cursor=}).
 */
@Controller
class ChangesPageController {

    static final String PATH = "/changes";
    static final int PAGE_SIZE = 100;

    private final PaperChangeLog changes;

    ChangesPageController(PaperChangeLog changes) {
        this.changes = changes;
    }

    @GetMapping(PATH)
    String changes(@RequestParam(required = false) String cursor, Model model) {
        ChangeCursor after = cursor == null ? null : ChangeCursor.decode(cursor)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Instant since = ChangeParameters.since(null, Instant.now());
        ChangePage page = changes.changes(new ChangeQuery(since, null, null, PAGE_SIZE, after));
        model.addAttribute("days", ChangeDay.of(page.changes()));
        model.addAttribute("total", page.total());
        model.addAttribute("since", since.atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES));
        model.addAttribute("firstPage", after == null);
        model.addAttribute("nextCursor", page.next() == null ? null : page.next().encode());
        return "changes";
    }

    /** The fragment of the change's entry on this page. */
    static String anchor(PaperChange change) {
        return "change-" + change.id();
    }
}
