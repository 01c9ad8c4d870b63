package org.livesurvey.changes.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.livesurvey.changes.PaperChange;

/** The changes of one day (UTC), as the {@code /changes} page groups them. */
record ChangeDay(LocalDate day, List<PaperChange> changes) {

    /** @param changes newest first; the days keep that order */
    static List<ChangeDay> of(List<PaperChange> changes) {
        Map<LocalDate, List<PaperChange>> byDay = new LinkedHashMap<>();
        changes.forEach(change -> byDay.computeIfAbsent(change.changedAt().toLocalDate(), day -> new ArrayList<>())
                .add(change));
        return byDay.entrySet().stream().map(day -> new ChangeDay(day.getKey(), List.copyOf(day.getValue())))
                .toList();
    }
}
