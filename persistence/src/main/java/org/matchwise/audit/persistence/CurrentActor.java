package org.matchwise.audit.persistence;

import java.util.Optional;

/**
 * The small holder the Envers revision listener reads: Envers creates its listener itself, so the actor
 * provider is handed over here once at start-up (see {@code ActorRevisionListener}).
 */
public final class CurrentActor {

    private static volatile CurrentActorProvider provider = Optional::empty;

    private CurrentActor() {
    }

    public static void use(CurrentActorProvider newProvider) {
        provider = newProvider == null ? Optional::empty : newProvider;
    }

    public static Optional<Long> userId() {
        return provider.currentUserId();
    }
}
