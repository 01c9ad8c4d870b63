package org.livesurvey.search.engine;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external cluster was configured with {@code spring.elasticsearch.uris}. */
class NoElasticsearchUrisCondition extends SpringBootCondition {

    static final String URIS_PROPERTY = "spring.elasticsearch.uris";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        // the list form (uris[0]=...) binds too; either spelling counts as configured
        String uris = context.getEnvironment().getProperty(URIS_PROPERTY,
                context.getEnvironment().getProperty(URIS_PROPERTY + "[0]", ""));
        return StringUtils.hasText(uris)
                ? ConditionOutcome.noMatch(URIS_PROPERTY + " is set: using that cluster")
                : ConditionOutcome.match(URIS_PROPERTY + " is not set: starting the embedded Elasticsearch node");
    }
}
