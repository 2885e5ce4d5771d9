package vn.thidua.nomination;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.thidua.movement.MovementService;

/** Movements are province-wide: every caller sees every movement that exists. */
@DefaultBean
@ApplicationScoped
public class ExistingMovement implements MovementLookup {
    @Inject
    MovementService movements;

    @Override
    public boolean visible(long movementId) {
        return movements.exists(movementId);
    }
}
