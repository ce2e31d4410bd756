package com.nabaa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page's lead and its teaser at another page's foot are told as one, with or without the desk's dateline. */
class LeadKeyTest {
    private static final String SUMMARY = "كشف مصرف الإمارات المركزي، عن ارتفاع أسعار الفائدة على التعاملات بالدرهم بين البنوك.";

    @Test
    void aLeadAndItsTeaserWithoutTheDatelineHaveOneKey() {
        String lead = "دبي، الإمارات العربية المتحدة (CNN)-- " + SUMMARY;

        assertThat(LeadKey.of(lead)).isPresent().isEqualTo(LeadKey.of(SUMMARY));
    }

    @Test
    void theKeyIsTheLeadsFirstLettersWhateverFollows() {
        String longer = SUMMARY + " وقال محلل مالي إن الأفراد هم أكثر المستفيدين.";

        assertThat(LeadKey.of(longer)).isEqualTo(LeadKey.of(SUMMARY));
        assertThat(LeadKey.of("قفز معدل التضخم في السودان إلى 68% خلال شهر سبتمبر الماضي"))
                .isPresent().isNotEqualTo(LeadKey.of(SUMMARY));
    }

    @Test
    void aTeaserGluedBeforeTheDatelineIsNotTheLead() {
        String glued = "طالب المرشد الإيراني سلطات الدولة بقرارات حاسمة. دبي، الإمارات العربية المتحدة (CNN)-- " + SUMMARY;

        assertThat(LeadKey.of(glued)).isEqualTo(LeadKey.of(SUMMARY));
    }

    @Test
    void aShortLineNamesNoLead() {
        assertThat(LeadKey.of("شاهد الفيديو كاملا")).isEmpty();
        assertThat(LeadKey.of("دبي، الإمارات العربية المتحدة (CNN)--")).isEmpty();
    }
}
