package vn.kynangso.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.kynangso.catalog.Skill;

class CoverageRuleTest {

    @Test
    void one_member_with_all_five_skills_covers_the_household() {
        assertThat(CoverageRule.covers(EnumSet.allOf(Skill.class))).isTrue();
    }

    @Test
    void four_skills_do_not_cover_whichever_is_missing() {
        for (Skill missing : Skill.values()) {
            Set<Skill> four = EnumSet.complementOf(EnumSet.of(missing));
            assertThat(CoverageRule.covers(four)).as("without %s", missing).isFalse();
        }
        assertThat(CoverageRule.covers(Set.of())).isFalse();
    }

    @Test
    void the_sql_form_counts_every_skill_of_the_enum_and_nothing_else() {
        String sql = CoverageRule.coversSql("pr.skill");
        for (Skill skill : Skill.values()) {
            assertThat(sql).contains("'" + skill.name() + "'");
        }
        assertThat(sql)
                .startsWith("COUNT(DISTINCT CASE WHEN pr.skill IN (")
                .endsWith(" THEN pr.skill END) = " + Skill.values().length);
    }
}
