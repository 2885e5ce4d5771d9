package vn.thidua.communication;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a caller sends to create or update a communication output. orgUnitId defaults to the caller's unit. */
public record CommunicationWrite(
        @NotNull Channel channel,
        @NotBlank @Size(max = 300) String title,
        @NotNull LocalDate publishedOn,
        @Size(max = 300) String outlet,
        @Size(max = 1000) String url,
        Long orgUnitId,
        Long movementId,
        Long nominationId,
        @PositiveOrZero Integer audience,
        @PositiveOrZero Integer quantity) {
}
