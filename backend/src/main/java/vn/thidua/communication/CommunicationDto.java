package vn.thidua.communication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.activity.CheckStatus;

public record CommunicationDto(Long id, Channel channel, String title, LocalDate publishedOn, String outlet, String url,
                               Long orgUnitId, String orgUnitName, Long movementId, Long nominationId,
                               Integer audience, Integer quantity, CheckStatus status, String reviewComment,
                               String reviewedBy, Instant reviewedAt, String createdBy, boolean editable,
                               List<String> allowedActions, long version, Instant createdAt, Instant updatedAt) {
}
