package vn.thidua.communication;

import java.time.LocalDate;
import vn.thidua.activity.CheckStatus;

public record CommunicationFilter(Channel channel, Long orgUnitId, Long movementId, Long nominationId,
                                  CheckStatus status, String period, LocalDate from, LocalDate to, String q) {
}
