package org.livesurvey.search;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;

/** What the client sends the engine for a request object: its JSON body. */
final class EngineJson {

    private static final Jackson3JsonpMapper MAPPER = new Jackson3JsonpMapper();

    private EngineJson() {
    }

    static String of(Object request) {
        return JsonpUtils.toJsonString(request, MAPPER);
    }
}
