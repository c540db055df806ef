package org.matchwise.audit.persistence;

import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the acting user from {@link CurrentActor}. */
public class ActorRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((RevisionEntity) revisionEntity).setUserId(CurrentActor.userId().orElse(null));
    }
}
