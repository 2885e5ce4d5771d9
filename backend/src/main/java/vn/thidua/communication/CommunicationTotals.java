package vn.thidua.communication;

public record CommunicationTotals(long records, long audience, long quantity) {
}
