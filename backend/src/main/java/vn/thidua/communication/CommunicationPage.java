package vn.thidua.communication;

import java.util.List;

public record CommunicationPage(List<CommunicationDto> items, int page, int size, long totalItems,
                                CommunicationTotals totals) {
}
