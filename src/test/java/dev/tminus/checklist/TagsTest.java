package dev.tminus.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tminus.check.Area;
import dev.tminus.check.Areas;
import dev.tminus.fixture.TeamAreaFixture;
import io.qameta.allure.Epic;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

class TagsTest {

    @Test
    void the_tag_constants_and_the_area_annotations_are_the_areas_own() {
        // GIVEN the constants annotations need, and the composed annotation of each built-in area
        Map<String, Class<?>> annotations = Map.of(Tags.DNS, DnsChecklist.class, Tags.TLS, TlsChecklist.class,
                Tags.DB, DbChecklist.class, Tags.SILENCE, SilenceChecklist.class, Tags.CACHE, CacheChecklist.class,
                Tags.GATEWAY, GatewayChecklist.class, Tags.GOLDEN_HOUR, GoldenHourChecklist.class);

        // THEN they are Areas' tags in its order, and each annotation carries its area's tag and epic
        assertThat(List.of(Tags.DNS, Tags.TLS, Tags.DB, Tags.SILENCE, Tags.CACHE, Tags.GATEWAY, Tags.GOLDEN_HOUR)).isEqualTo(Areas.TAGS);
        for (Area area : Areas.BUILT_IN) {
            Class<?> annotation = annotations.get(area.tag());
            assertThat(AnnotationSupport.findRepeatableAnnotations(annotation, Tag.class)).extracting(Tag::value)
                    .as("@Tag of %s", annotation).containsExactly(area.tag());
            assertThat(annotation.getAnnotation(Epic.class).value()).as("@Epic of %s", annotation).isEqualTo(area.epic());
            assertThat(annotation.isAnnotationPresent(Checklist.class)).as("@Checklist on %s", annotation).isTrue();
        }
    }

    @Test
    void a_checklist_class_with_a_tag_of_its_own_is_a_team_area_after_the_built_in_ones() {
        // WHEN the area of a team's own check class is found
        Area area = AreaOf.type(TeamAreaFixture.class).orElseThrow();

        // THEN it carries the class's tag, epic and id prefix, its owner key is the tag, and it sorts last
        assertThat(area).isEqualTo(new Area("app", "Matchmaking service", "APP", Areas.BUILT_IN.size(), "app"));
        assertThat(AreaOf.type(TagsTest.class)).isEmpty();
        assertThat(Areas.isCheckId("APP-01")).isTrue();
        assertThat(Areas.ofCheckId("SIL-03").map(Area::tag)).contains(Tags.SILENCE);
        assertThat(Areas.byPrefix("GH").map(Area::tag)).contains(Tags.GOLDEN_HOUR);
    }
}
