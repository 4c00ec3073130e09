package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.report.ChecklistAreas;
import org.junit.jupiter.api.Test;

class ChecklistAreasTest {

    @Test
    void the_report_orders_areas_like_the_checklist_tags_and_names_them_alike() {
        assertThat(ChecklistAreas.ORDER).isEqualTo(Tags.ALL);
        for (String tag : Tags.ALL) {
            assertThat(ChecklistAreas.title(tag)).isEqualTo(Tags.epic(tag));
        }
        assertThat(ChecklistAreas.tagOf("SIL-03")).contains(Tags.SILENCE);
        assertThat(ChecklistAreas.tagOf("GH-01")).contains(Tags.GOLDEN_HOUR);
    }
}
