package vn.thidua.activity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** POST /{id}/transitions: the action and, for FLAG, the comment the author will see. */
public record Transition(@NotNull CheckAction action, @Size(max = 2000) String comment) {
}
