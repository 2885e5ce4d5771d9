package vn.thidua.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.movement.MovementService;
import vn.thidua.nomination.NominationService;

/** Linked movements must exist (they are province-wide); linked nominations must be in the caller's view. */
@ApplicationScoped
public class ServiceLinks implements LinkedRecords {
    @Inject
    MovementService movements;

    @Inject
    NominationService nominations;

    @Override
    public boolean movementVisible(long movementId) {
        return movements.exists(movementId);
    }

    @Override
    public boolean nominationVisible(long nominationId) {
        return nominations.visible(nominationId);
    }
}
