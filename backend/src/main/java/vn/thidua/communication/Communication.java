package vn.thidua.communication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.thidua.activity.CheckStatus;
import vn.thidua.activity.CheckedRecord;

@Entity
@Table(name = "communication")
public class Communication extends CheckedRecord {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public Channel channel;

    @Column(nullable = false, length = 300)
    public String title;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(length = 300)
    public String outlet;

    @Column(length = 1000)
    public String url;

    @Column(name = "org_unit_id", nullable = false)
    public Long orgUnitId;

    @Column(name = "movement_id")
    public Long movementId;

    @Column(name = "nomination_id")
    public Long nominationId;

    public Integer audience;

    public Integer quantity;


    /** Title and outlet folded for q. */
    @Column(name = "search_folded", nullable = false, length = 700)
    public String searchFolded;
}
