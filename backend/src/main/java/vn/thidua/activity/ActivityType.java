package vn.thidua.activity;

public enum ActivityType {
    EXCHANGE("Giao lưu"),
    EXPERIENCE_LEARNING("Học tập kinh nghiệm"),
    FIELD_VISIT("Tham quan thực tế"),
    GIFT_VISIT("Thăm hỏi tặng quà");

    public final String label;

    ActivityType(String label) {
        this.label = label;
    }
}
