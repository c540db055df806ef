package org.matchwise.audit;

import java.util.Optional;
import org.matchwise.audit.persistence.CurrentActor;
import org.matchwise.audit.persistence.CurrentActorProvider;
import org.matchwise.security.CurrentUser;
import org.matchwise.security.MatchwiseUser;
import org.springframework.stereotype.Component;

/** Gives the history the signed-in user of the current thread; installed into Envers' holder at start-up. */
@Component
class SecurityContextActor implements CurrentActorProvider {

    private final CurrentUser currentUser;

    SecurityContextActor(CurrentUser currentUser) {
        this.currentUser = currentUser;
        CurrentActor.use(this);
    }

    @Override
    public Optional<Long> currentUserId() {
        return currentUser.get().map(MatchwiseUser::id);
    }
}
