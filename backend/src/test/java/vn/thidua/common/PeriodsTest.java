package vn.thidua.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    static Periods periods() {
        Periods p = new Periods();
        p.yearStart = "12-15";
        p.halfEnd = "06-14";
        return p;
    }

    @Test
    void decree09CutOffs() {
        Periods.Period s1 = periods().parse("2021S1");
        Periods.Period y = periods().parse("2021");
        assertEquals(LocalDate.of(2020, 12, 15), s1.from());
        assertEquals(LocalDate.of(2021, 6, 14), s1.to());
        assertEquals(LocalDate.of(2021, 12, 14), y.to());
        LocalDate dec20 = LocalDate.of(2020, 12, 20);
        assertTrue(s1.contains(dec20) && y.contains(dec20));
        LocalDate jun15 = LocalDate.of(2021, 6, 15);
        assertFalse(s1.contains(jun15));
        assertTrue(y.contains(jun15));
        assertEquals(jun15, periods().parse("2021S2").from());
    }

    @Test
    void badCodesAreRefused() {
        for (String bad : new String[]{"2021S3", "21", "2021-1", "", "abcd"}) {
            assertThrows(ProblemException.class, () -> periods().parse(bad));
        }
    }

    @Test
    void foldingMatchesWhatPeopleType() {
        assertEquals("tay ninh", TextFold.fold("TÂY  NINH"));
        assertEquals("duong", TextFold.fold("Đường"));
        assertEquals(TextFold.fold("Hòa Thành"), TextFold.fold("Hoà Thành"));
    }
}
