package org.matchwise.audit.persistence;

import java.util.Optional;

/**
 * Tells the history which signed-in user makes the current change. The web layer implements it from its
 * security context, so persistence needs no security framework; without one, revisions have no actor.
 */
@FunctionalInterface
public interface CurrentActorProvider {

    /** The id of the user acting in this thread, if any (background jobs and start-up have none). */
    Optional<Long> currentUserId();
}
