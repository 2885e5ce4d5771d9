package vn.thidua.communication;

public enum Channel {
    NEWSPAPER("Báo chí"),
    RADIO_TV("Phát thanh – truyền hình"),
    WEBSITE("Trang thông tin điện tử của Hội"),
    SOCIAL_MEDIA("Internet, mạng xã hội"),
    MEETING("Hội nghị, hội họp"),
    PRINTED("Ấn phẩm, pano, băng rôn, tờ rơi");

    public final String label;

    Channel(String label) {
        this.label = label;
    }

    /** Outputs that live at an address: a link is required. */
    public boolean needsUrl() {
        return this == WEBSITE || this == SOCIAL_MEDIA;
    }
}
